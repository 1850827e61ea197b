import { compareIso } from '../review/order';
import { isUnsent } from '../db/queue-order';
import type { OutboxRow } from '../db/types';
import type { DrainResult } from './uploader';

/**
 * What the screens say about the queue, derived from the outbox rows and the
 * scheduler's last pass: never stored, so it cannot drift from the rows.
 */

/** One finished revision, as ReviewSyncStatus shows it. */
export type EntryView =
	| { kind: 'waiting'; revision: number; nextAttemptAt: number; attempts: number; lastMessage: string | null }
	| { kind: 'uploading'; revision: number }
	| { kind: 'uploaded'; revision: number; at: string | null; receiptId: string | null }
	| { kind: 'failed'; revision: number; message: string; status: number | null; notProtocol: boolean }
	| { kind: 'conflict'; revision: number; latestRevision: number | null; message: string }
	/** Never sent and never will be: the receiver holds `by` (null when it did not say which). No retry. */
	| { kind: 'superseded'; revision: number; by: number | null }
	| { kind: 'paused'; revision: number; status: number | null; reason: PauseReason | null };

/** Why the whole queue waits for the connection settings. */
export type PauseReason = 'unauthorized' | 'redirect' | 'bad-token';

function pauseReason(row: OutboxRow): PauseReason | null {
	const kind = row.lastError?.kind;
	return kind === 'unauthorized' || kind === 'redirect' || kind === 'bad-token' ? kind : null;
}

export function entryView(row: OutboxRow, queuePaused: boolean): EntryView {
	const { revision, lastError } = row;
	switch (row.status) {
		case 'uploading':
			return { kind: 'uploading', revision };
		case 'uploaded': {
			const receiptId = typeof row.receipt?.receiptId === 'string' ? row.receipt.receiptId : null;
			return { kind: 'uploaded', revision, at: row.uploadedAt, receiptId };
		}
		case 'superseded':
			return { kind: 'superseded', revision, by: row.supersededBy ?? null };
		case 'paused':
			return { kind: 'paused', revision, status: lastError?.status ?? null, reason: pauseReason(row) };
		case 'failed':
			if (lastError?.kind === 'conflict') {
				return { kind: 'conflict', revision, latestRevision: lastError.latestRevision ?? null, message: lastError.message };
			}
			return { kind: 'failed', revision, message: lastError?.message ?? '', status: lastError?.status ?? null, notProtocol: lastError?.kind === 'bad-reply' };
		case 'pending':
			// Finished while the queue is paused: it waits for the same fix as the others.
			if (queuePaused) return { kind: 'paused', revision, status: null, reason: null };
			return { kind: 'waiting', revision, nextAttemptAt: row.nextAttemptAt, attempts: row.attempts, lastMessage: lastError?.message ?? null };
	}
}

/** `pausedFor`: null when nothing is paused; the latest pause's reason otherwise. */
export type QueueSummary = { unsent: number; uploading: number; failed: number; pausedFor: PauseReason | null };

export function summarize(rows: readonly OutboxRow[]): QueueSummary {
	const paused = rows.filter((r) => r.status === 'paused').sort((a, b) => compareIso(b.updatedAt, a.updatedAt));
	return {
		unsent: rows.filter(isUnsent).length,
		uploading: rows.filter((r) => r.status === 'uploading').length,
		failed: rows.filter((r) => r.status === 'failed').length,
		pausedFor: paused.length === 0 ? null : (paused.map(pauseReason).find((r) => r !== null) ?? 'unauthorized')
	};
}

/** Whether an endpoint and a token are stored; 'unknown' until the settings have been read. */
export type ConnectionState = 'unknown' | 'set' | 'not-set';

/** The header badge: one state, most urgent first. */
export type BadgeState =
	/** The outbox or the settings are not read yet: claim nothing (not even "all sent"). */
	| { kind: 'checking' }
	| { kind: 'not-configured'; unsent: number }
	| { kind: 'paused'; unsent: number; reason: PauseReason }
	| { kind: 'offline'; unsent: number }
	| { kind: 'sending'; unsent: number }
	| { kind: 'unsent'; unsent: number; failed: number }
	| { kind: 'all-sent' };

export type BadgeContext = { online: boolean; running: boolean; lastResult: DrainResult | null; connection: ConnectionState };

/** `summary` is null until the outbox has been read. */
export function badgeState(summary: QueueSummary | null, context: BadgeContext): BadgeState {
	if (summary === null || context.connection === 'unknown') return { kind: 'checking' };
	const { unsent, failed } = summary;
	if (context.connection === 'not-set' || context.lastResult?.kind === 'not-configured') return { kind: 'not-configured', unsent };
	if (summary.pausedFor !== null || context.lastResult?.kind === 'paused') {
		return { kind: 'paused', unsent, reason: summary.pausedFor ?? 'unauthorized' };
	}
	if (unsent === 0) return { kind: 'all-sent' };
	if (!context.online && unsent > failed) return { kind: 'offline', unsent };
	if (context.running || summary.uploading > 0) return { kind: 'sending', unsent };
	return { kind: 'unsent', unsent, failed };
}
