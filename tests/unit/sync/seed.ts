import 'fake-indexeddb/auto';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import type { ClaimedUpload, OutboxRow, SyncSettings } from '../../../src/lib/db/types';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';

/** Shared set-up for the queue's unit tests: a fresh fake IndexedDB per test and rows as finishReview writes them. */

export const T0 = Date.parse('2026-11-20T08:00:00.000Z');

export function freshDatabase(): void {
	useDatabase(openDatabase(`outbox-${crypto.randomUUID()}`));
}

export function closeDatabase(): void {
	database().close();
	useDatabase(null);
}

/** A controllable clock: tests move time, nothing sleeps. */
export function clock(start = T0) {
	let t = start;
	return { now: () => t, advance: (ms: number) => (t += ms), set: (ms: number) => (t = ms) };
}

let order = 0;

/** Queues a finished revision the way writes.finishReview does, `enqueuedAt` increasing call by call. */
export async function enqueue(doc: ReviewDocument = buildFreshReview(), patch: Partial<OutboxRow> = {}): Promise<ClaimedUpload> {
	const enqueuedAt = new Date(T0 - 3_600_000 + order++ * 1000).toISOString();
	const row: OutboxRow = {
		reviewId: doc.id,
		revision: doc.revision,
		service: doc.meta.service,
		status: 'pending',
		attempts: 0,
		nextAttemptAt: 0,
		lastError: null,
		receipt: null,
		enqueuedAt,
		updatedAt: enqueuedAt,
		uploadedAt: null,
		...patch
	};
	await database().outbox.put(row);
	await database().payloads.put({ reviewId: doc.id, revision: doc.revision, doc });
	return { ...row, doc };
}

export function rowOf(doc: Pick<ReviewDocument, 'id' | 'revision'>): Promise<OutboxRow | undefined> {
	return database().outbox.get([doc.id, doc.revision]);
}

export const BASE = 'https://kerays.example.fi/api/v1';

export function syncSettings(patch: Partial<SyncSettings> = {}): SyncSettings {
	return { key: 'sync', endpoint: BASE, token: 'test-token', changedAt: '2026-11-01T00:00:00.000Z', ...patch };
}

/** The receipt a receiver gives for `doc` (valid against the protocol's Receipt). */
export function receiptFor(doc: Pick<ReviewDocument, 'id' | 'revision'>) {
	return {
		receiptId: 'r-1',
		reviewId: doc.id,
		revision: doc.revision,
		storedAt: '2026-11-20T08:00:01.000Z',
		duplicate: false,
		serverTotals: buildFreshReview().totals!,
		totalsMatch: true
	};
}
