import type { UploadOutcome } from '../sync/protocol';
import { retryDelay } from '../sync/backoff';
import { HOLDS_BACK, pickNext } from '../sync/queue-order';
import { database } from './database';
import { toWriteError } from './errors';
import type { ClaimedUpload, OutboxFailure, OutboxRow } from './types';

/**
 * The outbox's write verbs: part of the one write path (with ./writes.ts, which
 * enqueues on finish). Each verb is one Dexie transaction. None of them deletes
 * a row: a finished revision leaves the outbox only through deleteReview, which
 * refuses while it is unsent. The uploader in src/lib/sync drives these verbs;
 * screens only call retryNow.
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

/** At start: rows a closed tab or crash left 'uploading' go back to 'pending' (the PUT is idempotent). */
export function recoverInterrupted(now: number): Promise<number> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, () =>
			db.outbox.where('status').equals('uploading').modify({ status: 'pending', nextAttemptAt: now, updatedAt: iso(now) })
		)
	);
}

/** Takes the oldest due row (revisions of one review in order) and marks it 'uploading', or returns null. */
export function claimNextDue(now: number): Promise<ClaimedUpload | null> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, db.payloads, async () => {
			// Uploaded and failed rows can neither go nor hold anything back, so they are not read.
			const next = pickNext(await db.outbox.where('status').anyOf([...HOLDS_BACK]).toArray(), now);
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
		})
	);
}

/** Writes what one attempt came to. Returns the row as stored, or null if it no longer exists. */
export function recordOutcome(
	key: OutboxKey,
	outcome: UploadOutcome,
	now: number,
	random: () => number = Math.random
): Promise<OutboxRow | null> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, async () => {
			const row = await db.outbox.get(key);
			if (!row) return null;
			const next = applyOutcome(row, outcome, now, random);
			await db.outbox.put(next);
			if (outcome.kind === 'unauthorized') {
				// The credentials are wrong for every row: pause them all rather than try each one.
				await db.outbox.where('status').equals('pending').modify({ status: 'paused', lastError: next.lastError, updatedAt: iso(now) });
			}
			return next;
		})
	);
}

/** The row after one attempt. Pure, so the table of outcomes is tested without a database. */
export function applyOutcome(row: OutboxRow, outcome: UploadOutcome, now: number, random: () => number): OutboxRow {
	const base = { ...row, updatedAt: iso(now) };
	switch (outcome.kind) {
		case 'stored':
			return { ...base, status: 'uploaded', receipt: { ...outcome.receipt }, uploadedAt: iso(now), lastError: null, nextAttemptAt: 0 };
		case 'retry':
			return {
				...base,
				status: 'pending',
				nextAttemptAt: now + retryDelay(row.attempts, outcome.retryAfterMs, random),
				lastError: failure('retry', outcome.message, outcome.status)
			};
		case 'rejected':
			return { ...base, status: 'failed', lastError: { ...failure('rejected', outcome.message, outcome.status), issues: outcome.issues } };
		case 'conflict':
			return { ...base, status: 'failed', lastError: { ...failure('conflict', outcome.message, 409), latestRevision: outcome.latestRevision } };
		case 'bad-reply':
			return { ...base, status: 'failed', lastError: failure('bad-reply', outcome.message, outcome.status) };
		case 'unauthorized':
			return { ...base, status: 'paused', lastError: failure('unauthorized', outcome.message, outcome.status) };
	}
}

function failure(kind: OutboxFailure['kind'], message: string, status: number): OutboxFailure {
	return { kind, message, status };
}

/** The reviewer's "try again": due now, whatever the backoff said. Uploaded or in-flight rows are left alone. */
export function retryNow(key: OutboxKey, now: number = Date.now()): Promise<boolean> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', db.outbox, async () => {
			const row = await db.outbox.get(key);
			if (!row || row.status === 'uploaded' || row.status === 'uploading') return false;
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

/** Finished revisions the receiver has not confirmed. */
export function countUnsent(): Promise<number> {
	return database().outbox.where('status').noneOf(['uploaded']).count();
}
