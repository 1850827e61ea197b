import { compareIso } from '../review/order';
import type { OutboxRow, OutboxStatus } from './types';

/**
 * The queue's rules, pure: which finished revision goes next (shared by the claim
 * in ./outbox.ts and by the scheduler's wake-up timer, so the timer never wakes
 * for a row the claim would refuse), and which rows are settled. They live in db/
 * because the outbox verbs apply them inside their transactions; sync/ reads them.
 */

/** Rows that will never be sent again: confirmed, or overtaken by a later confirmed revision. */
export const SETTLED: readonly OutboxStatus[] = ['uploaded', 'superseded'];

/** A finished revision the receiver has not confirmed and still could. */
export const isUnsent = (row: Pick<OutboxRow, 'status'>): boolean => !SETTLED.includes(row.status);

/**
 * Once revision n of a review is confirmed, the receiver answers 409 newer-revision
 * for every lower revision it has not stored, forever (docs/protocol.md). Those rows,
 * unless confirmed or in flight, are superseded by n: retrying them can only fail.
 * An in-flight one is settled by its own reply (the same 409).
 */
export function supersededBy(rows: readonly OutboxRow[], confirmed: Pick<OutboxRow, 'reviewId' | 'revision'>): OutboxRow[] {
	return rows.filter(
		(r) =>
			r.reviewId === confirmed.reviewId &&
			r.revision < confirmed.revision &&
			(r.status === 'pending' || r.status === 'failed' || r.status === 'paused')
	);
}

/**
 * Earlier revisions that still hold back later ones of the same review, so the
 * receiver sees 1 before 2 (sent the other way round, 1 would meet 409 and be lost).
 * A 'failed' revision does not: it waits for the reviewer, and the queue must not stall behind it.
 */
export const HOLDS_BACK: readonly OutboxStatus[] = ['pending', 'uploading', 'paused'];

function heldBack(row: OutboxRow, rows: readonly OutboxRow[]): OutboxRow[] {
	return rows.filter((o) => o.reviewId === row.reviewId && o.revision < row.revision && HOLDS_BACK.includes(o.status));
}

const byAge = (a: OutboxRow, b: OutboxRow) => compareIso(a.enqueuedAt, b.enqueuedAt) || a.revision - b.revision;

/** The oldest pending row that is due and not held back by an earlier revision. */
export function pickNext(rows: readonly OutboxRow[], now: number): OutboxRow | null {
	const due = rows.filter((r) => r.status === 'pending' && r.nextAttemptAt <= now).sort(byAge);
	return due.find((r) => heldBack(r, rows).length === 0) ?? null;
}

/**
 * When the next claim can succeed, or null when nothing is waiting for time alone
 * (everything sent, failed, paused, or behind a revision in flight).
 */
export function nextDueAt(rows: readonly OutboxRow[]): number | null {
	let earliest: number | null = null;
	for (const row of rows) {
		if (row.status !== 'pending') continue;
		const before = heldBack(row, rows);
		// Behind an upload in flight or a pause: its turn comes from that row's outcome, not from the clock.
		if (before.some((o) => o.status !== 'pending')) continue;
		const at = Math.max(row.nextAttemptAt, ...before.map((o) => o.nextAttemptAt));
		earliest = earliest === null ? at : Math.min(earliest, at);
	}
	return earliest;
}
