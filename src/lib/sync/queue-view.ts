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
	| { kind: 'paused'; revision: number; status: number | null };

export function entryView(row: OutboxRow, queuePaused: boolean): EntryView {
	const { revision, lastError } = row;
	switch (row.status) {
		case 'uploading':
			return { kind: 'uploading', revision };
		case 'uploaded': {
			const receiptId = typeof row.receipt?.receiptId === 'string' ? row.receipt.receiptId : null;
			return { kind: 'uploaded', revision, at: row.uploadedAt, receiptId };
		}
		case 'paused':
			return { kind: 'paused', revision, status: lastError?.status ?? null };
		case 'failed':
			if (lastError?.kind === 'conflict') {
				return { kind: 'conflict', revision, latestRevision: lastError.latestRevision ?? null, message: lastError.message };
			}
			return { kind: 'failed', revision, message: lastError?.message ?? '', status: lastError?.status ?? null, notProtocol: lastError?.kind === 'bad-reply' };
		case 'pending':
			// Finished while the queue is paused: it waits for the same fix as the others.
			if (queuePaused) return { kind: 'paused', revision, status: null };
			return { kind: 'waiting', revision, nextAttemptAt: row.nextAttemptAt, attempts: row.attempts, lastMessage: lastError?.message ?? null };
	}
}

export type QueueSummary = { unsent: number; uploading: number; failed: number; paused: boolean };

export function summarize(rows: readonly OutboxRow[]): QueueSummary {
	return {
		unsent: rows.filter((r) => r.status !== 'uploaded').length,
		uploading: rows.filter((r) => r.status === 'uploading').length,
		failed: rows.filter((r) => r.status === 'failed').length,
		paused: rows.some((r) => r.status === 'paused')
	};
}

/** The header badge: one state, most urgent first. */
export type BadgeState =
	| { kind: 'not-configured'; unsent: number }
	| { kind: 'paused'; unsent: number }
	| { kind: 'offline'; unsent: number }
	| { kind: 'sending'; unsent: number }
	| { kind: 'unsent'; unsent: number; failed: number }
	| { kind: 'all-sent' };

export function badgeState(summary: QueueSummary, context: { online: boolean; running: boolean; lastResult: DrainResult | null }): BadgeState {
	const { unsent, failed } = summary;
	if (context.lastResult?.kind === 'not-configured') return { kind: 'not-configured', unsent };
	if (summary.paused || context.lastResult?.kind === 'paused') return { kind: 'paused', unsent };
	if (unsent === 0) return { kind: 'all-sent' };
	if (!context.online && unsent > failed) return { kind: 'offline', unsent };
	if (context.running || summary.uploading > 0) return { kind: 'sending', unsent };
	return { kind: 'unsent', unsent, failed };
}
