import type { OutboxRow, OutboxStatus } from '../db/types';

/**
 * Which finished revision goes next. Pure, shared by the claim in
 * src/lib/db/outbox.ts and by the scheduler's wake-up timer, so the timer never
 * wakes for a row the claim would refuse.
 */

/**
 * Earlier revisions that still hold back later ones of the same review, so the
 * receiver sees 1 before 2 (sent the other way round, 1 would meet 409 and be lost).
 * A 'failed' revision does not: it waits for the reviewer, and the queue must not stall behind it.
 */
export const HOLDS_BACK: readonly OutboxStatus[] = ['pending', 'uploading', 'paused'];

function heldBack(row: OutboxRow, rows: readonly OutboxRow[]): OutboxRow[] {
	return rows.filter((o) => o.reviewId === row.reviewId && o.revision < row.revision && HOLDS_BACK.includes(o.status));
}

const byAge = (a: OutboxRow, b: OutboxRow) => a.enqueuedAt.localeCompare(b.enqueuedAt) || a.revision - b.revision;

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
