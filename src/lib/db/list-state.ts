import { isUnsent } from './queue-order';
import type { OutboxRow, SummaryRow } from './types';

/**
 * The one state the reviews list shows for a review. A union, derived from the
 * review row and its outbox rows, never stored, so it can't drift from them.
 */
export type ListState =
	| { kind: 'draft'; revision: number; uploadedRevision: number | null }
	| { kind: 'queued'; revision: number; attempts: number; nextAttemptAt: number }
	| { kind: 'uploading'; revision: number }
	| { kind: 'uploaded'; revision: number; at: string | null }
	| { kind: 'failed'; revision: number; message: string; status: OutboxRow['status'] }
	| { kind: 'finished'; revision: number };

/** Outbox rows by review, each review's oldest revision first (the order its uploads go in). */
export function outboxByReview(outbox: OutboxRow[]): Map<string, OutboxRow[]> {
	const byReview = new Map<string, OutboxRow[]>();
	for (const o of outbox) {
		const list = byReview.get(o.reviewId);
		if (list) list.push(o);
		else byReview.set(o.reviewId, [o]);
	}
	for (const list of byReview.values()) list.sort((a, b) => a.revision - b.revision);
	return byReview;
}

export function listState(row: Pick<SummaryRow, 'status' | 'revision'>, outbox: OutboxRow[]): ListState {
	const uploaded = outbox.filter((o) => o.status === 'uploaded').map((o) => o.revision);
	const lastUploaded = uploaded.length ? Math.max(...uploaded) : null;
	if (row.status === 'draft') return { kind: 'draft', revision: row.revision, uploadedRevision: lastUploaded };
	const entry = outbox.find((o) => o.revision === row.revision);
	if (!entry) return { kind: 'finished', revision: row.revision };
	switch (entry.status) {
		case 'pending':
			return { kind: 'queued', revision: entry.revision, attempts: entry.attempts, nextAttemptAt: entry.nextAttemptAt };
		case 'uploading':
			return { kind: 'uploading', revision: entry.revision };
		case 'uploaded':
			return { kind: 'uploaded', revision: entry.revision, at: entry.uploadedAt };
		case 'failed':
		case 'paused':
		// The receiver holds a later revision from elsewhere: this one needs the reviewer's eye.
		case 'superseded':
			return { kind: 'failed', revision: entry.revision, message: entry.lastError?.message ?? '', status: entry.status };
	}
}

/** Finished revisions the receiver has not confirmed. */
export function unsentCount(outbox: OutboxRow[]): number {
	return outbox.filter(isUnsent).length;
}
