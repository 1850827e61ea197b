import { database } from './database';
import { toWriteError } from './errors';
import { HOLDS_BACK, pickNext, SETTLED, supersededBy } from './queue-order';
import type { ClaimedUpload, OutboxRow, OutboxStatus } from './types';

/**
 * The outbox's write verbs: part of the one write path (with ./writes.ts, which
 * enqueues on finish). Each verb is one Dexie transaction. None of them deletes
 * a row: a finished revision leaves the outbox only through deleteReview, which
 * refuses while it is unsent. The uploader in src/lib/sync drives these verbs;
 * screens only call retryNow. The rules they apply (order, what is settled) are
 * the pure ./queue-order.ts; what a reply means is decided above, in sync/.
 */

export type OutboxKey = [reviewId: string, revision: number];

const iso = (ms: number) => new Date(ms).toISOString();

async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toWriteError(error);
	}
}

/**
 * At start: rows a closed tab or crash left 'uploading' go back to 'pending' (the PUT is
 * idempotent), and failed rows a later confirmed revision overtook before superseding
 * existed are settled, so no retry button is left that can only meet 409.
 */
export function recoverInterrupted(now: number): Promise<number> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, async () => {
			const recovered = await db.outbox.where('status').equals('uploading').modify({ status: 'pending', nextAttemptAt: now, updatedAt: iso(now) });
			// Only a review with an open row can have anything to settle: read those reviews'
			// rows, not every confirmed row on the device (one query each, thousands after years).
			const open = await rowsWithStatus(['pending', 'failed', 'paused']);
			for (const reviewId of new Set(open.map((r) => r.reviewId))) {
				const rows = await db.outbox.where('reviewId').equals(reviewId).toArray();
				for (const confirmed of rows.filter((r) => r.status === 'uploaded')) await supersedeEarlier(confirmed, iso(now));
			}
			return recovered;
		})
	);
}

/** Takes the oldest due row (revisions of one review in order) and marks it 'uploading', or returns null. */
export function claimNextDue(now: number): Promise<ClaimedUpload | null> {
	const db = database();
	return guarded(() => db.transaction('rw', db.outbox, db.payloads, () => claimIn(now)));
}

/** Inside a transaction on the outbox and the payloads: claimNextDue's work. */
async function claimIn(now: number): Promise<ClaimedUpload | null> {
	const db = database();
	// Uploaded and failed rows can neither go nor hold anything back, so they are not read.
	// One equality read per status, not anyOf: Dexie walks anyOf with a cursor, one event-loop
	// hop per row, so each claim cost a hop per queued row and a 200-review drain ~20,000 hops.
	const next = pickNext(await rowsWithStatus(HOLDS_BACK), now);
	if (!next) return null;
	const payload = await db.payloads.get([next.reviewId, next.revision]);
	const claimed: OutboxRow = { ...next, status: 'uploading', attempts: next.attempts + 1, updatedAt: iso(now) };
	if (!payload) {
		// Cannot happen through the write path; say so on the row rather than send nothing forever.
		const failed: OutboxRow = { ...claimed, status: 'failed', lastError: { kind: 'rejected', message: 'document missing on this device', status: null } };
		await db.outbox.put(failed);
		return null;
	}
	await db.outbox.put(claimed);
	return { ...claimed, doc: payload.doc };
}

/** Rows in any of `statuses`, each status read in one request (getAll on the index). */
async function rowsWithStatus(statuses: readonly OutboxStatus[]): Promise<OutboxRow[]> {
	const table = database().outbox;
	return (await Promise.all(statuses.map((s) => table.where('status').equals(s).toArray()))).flat();
}

/**
 * Writes what one attempt came to: `next` turns the stored row into its new state
 * (the uploader passes sync/outcome.ts's applyOutcome, so this layer never reads a
 * reply). A pause is for the connection, so every pending row pauses with it; a
 * confirmation settles the earlier revisions the receiver will now never store.
 * Returns the row as stored, or null if it no longer exists.
 */
export function recordOutcome(key: OutboxKey, next: (row: OutboxRow) => OutboxRow): Promise<OutboxRow | null> {
	const db = database();
	return guarded(() => db.transaction('rw', db.outbox, () => recordIn(key, next)));
}

/**
 * recordOutcome, then (unless `claimAt` is null) claimNextDue at `claimAt`, in ONE
 * transaction: between two uploads of a lane, one commit and one wake-up of the
 * outbox's watchers instead of two. The claim sees the outcome just recorded (a
 * confirmed revision 1 lets revision 2 go). If the transaction fails nothing of it
 * is stored, the outcome included; the caller records it alone then.
 */
export function recordAndClaim(
	key: OutboxKey,
	next: (row: OutboxRow) => OutboxRow,
	claimAt: number | null
): Promise<{ recorded: OutboxRow | null; claimed: ClaimedUpload | null }> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, db.payloads, async () => {
			const recorded = await recordIn(key, next);
			return { recorded, claimed: claimAt === null ? null : await claimIn(claimAt) };
		})
	);
}

/** Inside a transaction on the outbox: recordOutcome's work. */
async function recordIn(key: OutboxKey, next: (row: OutboxRow) => OutboxRow): Promise<OutboxRow | null> {
	const db = database();
	const row = await db.outbox.get(key);
	if (!row) return null;
	const after = next(row);
	await db.outbox.put(after);
	if (after.status === 'paused') {
		// The credentials or the address are wrong for every row: pause them all rather than try each one.
		await db.outbox.where('status').equals('pending').modify({ status: 'paused', lastError: after.lastError, updatedAt: after.updatedAt });
	}
	if (after.status === 'uploaded') await supersedeEarlier(after, after.updatedAt);
	return after;
}

/** Inside a transaction on the outbox: marks the revisions `confirmed` overtakes as superseded by it. */
async function supersedeEarlier(confirmed: OutboxRow, at: string): Promise<number> {
	const rows = await database().outbox.where('reviewId').equals(confirmed.reviewId).toArray();
	const overtaken = supersededBy(rows, confirmed);
	for (const row of overtaken) {
		await database().outbox.put({ ...row, status: 'superseded', supersededBy: confirmed.revision, lastError: null, nextAttemptAt: 0, updatedAt: at });
	}
	return overtaken.length;
}

/** The reviewer's "try again": due now, whatever the backoff said. Settled or in-flight rows are left alone. */
export function retryNow(key: OutboxKey, now: number = Date.now()): Promise<boolean> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, async () => {
			const row = await db.outbox.get(key);
			// Settled rows are never sent again; an in-flight one is the uploader's.
			if (!row || SETTLED.includes(row.status) || row.status === 'uploading') return false;
			await db.outbox.put({ ...row, status: 'pending', nextAttemptAt: now, updatedAt: iso(now) });
			return true;
		})
	);
}

/**
 * After the endpoint or token changed: rows paused for credentials, and rows that
 * failed because the old endpoint did not speak the protocol, are due again.
 * Rows the receiver refused on their content stay failed.
 */
export function resumePaused(now: number = Date.now()): Promise<number> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, () =>
			db.outbox
				.where('status')
				.anyOf(['paused', 'failed'])
				.filter((r) => r.status === 'paused' || r.lastError?.kind === 'bad-reply')
				.modify({ status: 'pending', nextAttemptAt: now, lastError: null, updatedAt: iso(now) })
		)
	);
}

/** When the queue was paused for credentials (the latest pause), or null when it is not paused. */
export async function pausedSince(): Promise<string | null> {
	const paused = await database().outbox.where('status').equals('paused').toArray();
	return paused.reduce<string | null>((latest, r) => (latest === null || r.updatedAt > latest ? r.updatedAt : latest), null);
}

/** Finished revisions the receiver has not confirmed and still could. */
export function countUnsent(): Promise<number> {
	return database().outbox.where('status').noneOf([...SETTLED]).count();
}
