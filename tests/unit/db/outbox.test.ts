import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	applyOutcome,
	claimNextDue,
	countUnsent,
	recordOutcome,
	recoverInterrupted,
	resumePaused,
	retryNow
} from '../../../src/lib/db/outbox';
import { database } from '../../../src/lib/db/database';
import type { OutboxRow } from '../../../src/lib/db/types';
import type { UploadOutcome } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { closeDatabase, enqueue, freshDatabase, rowOf, T0 } from '../sync/seed';

beforeEach(freshDatabase);
afterEach(closeDatabase);

const receipt = (doc: { id: string; revision: number }) => ({
	receiptId: 'r-1',
	reviewId: doc.id,
	revision: doc.revision,
	storedAt: '2026-11-20T08:00:01.000Z',
	duplicate: false,
	serverTotals: buildFreshReview().totals!,
	totalsMatch: true
});

describe('applyOutcome: every outcome kind leaves the row in the right state', () => {
	const doc = buildFreshReview();
	const uploading = { status: 'uploading', attempts: 2, nextAttemptAt: 0, service: doc.meta.service, reviewId: doc.id, revision: 1, lastError: null, receipt: null, enqueuedAt: '', updatedAt: '', uploadedAt: null } as OutboxRow;
	const half = () => 0.5;
	it.each<[string, UploadOutcome, Partial<OutboxRow>]>([
		['stored', { kind: 'stored', receipt: receipt(doc) }, { status: 'uploaded', uploadedAt: new Date(T0).toISOString(), lastError: null, receipt: receipt(doc) }],
		['server error', { kind: 'retry', reason: 'server', status: 503, retryAfterMs: null, message: 'x' }, { status: 'pending', nextAttemptAt: T0 + 5_000, lastError: { kind: 'retry', message: 'x', status: 503 } }],
		['network', { kind: 'retry', reason: 'network', status: 0, retryAfterMs: null, message: 'network failure' }, { status: 'pending', nextAttemptAt: T0 + 5_000 }],
		['429 with Retry-After', { kind: 'retry', reason: 'rate-limited', status: 429, retryAfterMs: 120_000, message: 'slow' }, { status: 'pending', nextAttemptAt: T0 + 120_000 }],
		['422', { kind: 'rejected', status: 422, message: 'totals missing', issues: [{ path: 'totals', message: 'missing' }] }, { status: 'failed', lastError: { kind: 'rejected', status: 422, message: 'totals missing', issues: [{ path: 'totals', message: 'missing' }] } }],
		['409', { kind: 'conflict', message: 'revision 3 is stored', latestRevision: 3 }, { status: 'failed', lastError: { kind: 'conflict', status: 409, message: 'revision 3 is stored', latestRevision: 3 } }],
		['bad reply', { kind: 'bad-reply', status: 200, message: 'not a receipt' }, { status: 'failed', lastError: { kind: 'bad-reply', status: 200, message: 'not a receipt' } }],
		['401', { kind: 'unauthorized', status: 401, message: 'no' }, { status: 'paused', lastError: { kind: 'unauthorized', status: 401, message: 'no' } }],
		['403', { kind: 'unauthorized', status: 403, message: 'read only' }, { status: 'paused' }]
	])('%s', (_name, outcome, expected) => {
		const next = applyOutcome(uploading, outcome, T0, half);
		expect(next).toMatchObject(expected);
		expect(next.attempts).toBe(2);
		expect(next.reviewId).toBe(doc.id);
	});
});

describe('the outbox verbs', () => {
	it('claims the oldest due row, marks it uploading and counts the attempt', async () => {
		const first = await enqueue();
		await enqueue();
		const claimed = await claimNextDue(T0);
		expect(claimed).toMatchObject({ reviewId: first.reviewId, status: 'uploading', attempts: 1 });
		expect((await rowOf(first.doc))?.status).toBe('uploading');
	});

	it('leaves a row alone until its nextAttemptAt', async () => {
		await enqueue(undefined, { nextAttemptAt: T0 + 1 });
		expect(await claimNextDue(T0)).toBeNull();
		expect(await claimNextDue(T0 + 1)).not.toBeNull();
	});

	it('never claims a later revision while an earlier one of the same review is unsent', async () => {
		const r1 = buildFreshReview();
		const r2 = { ...r1, revision: 2 };
		await enqueue(r2); // enqueued first on purpose: order within a review wins over age
		await enqueue(r1, { nextAttemptAt: T0 + 60_000 });
		expect(await claimNextDue(T0)).toBeNull();
		const first = await claimNextDue(T0 + 60_000);
		expect(first?.revision).toBe(1);
		expect(await claimNextDue(T0 + 60_000)).toBeNull(); // 1 is in flight, 2 still waits
		await recordOutcome([r1.id, 1], { kind: 'stored', receipt: receipt(r1) }, T0 + 60_000);
		expect((await claimNextDue(T0 + 60_000))?.revision).toBe(2);
	});

	it('does not stall a later revision behind one the receiver refused', async () => {
		const r1 = buildFreshReview();
		await enqueue(r1, { status: 'failed' });
		await enqueue({ ...r1, revision: 2 });
		expect((await claimNextDue(T0))?.revision).toBe(2);
	});

	it('recovers rows a closed tab left uploading, keeping their attempt count', async () => {
		const row = await enqueue(undefined, { status: 'uploading', attempts: 1 });
		expect(await recoverInterrupted(T0)).toBe(1);
		expect(await rowOf(row.doc)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: T0 });
	});

	it('pauses every pending row when the credentials are refused', async () => {
		const a = await enqueue();
		const b = await enqueue();
		const failed = await enqueue(undefined, { status: 'failed' });
		await claimNextDue(T0);
		await recordOutcome([a.reviewId, 1], { kind: 'unauthorized', status: 401, message: 'no' }, T0);
		expect((await rowOf(a.doc))?.status).toBe('paused');
		expect((await rowOf(b.doc))?.status).toBe('paused');
		expect((await rowOf(failed.doc))?.status).toBe('failed');
		expect(await claimNextDue(T0)).toBeNull();
	});

	it('resumes paused rows and endpoint failures, but not refused documents', async () => {
		const paused = await enqueue(undefined, { status: 'paused', lastError: { kind: 'unauthorized', message: 'no', status: 401 } });
		const badReply = await enqueue(undefined, { status: 'failed', lastError: { kind: 'bad-reply', message: 'html', status: 200 } });
		const rejected = await enqueue(undefined, { status: 'failed', lastError: { kind: 'rejected', message: '422', status: 422 } });
		expect(await resumePaused(T0)).toBe(2);
		expect(await rowOf(paused.doc)).toMatchObject({ status: 'pending', lastError: null });
		expect((await rowOf(badReply.doc))?.status).toBe('pending');
		expect((await rowOf(rejected.doc))?.status).toBe('failed');
	});

	it('retryNow makes a failed or waiting row due now, but never touches an uploaded one', async () => {
		const failed = await enqueue(undefined, { status: 'failed', attempts: 3 });
		const waiting = await enqueue(undefined, { nextAttemptAt: T0 + 900_000 });
		const done = await enqueue(undefined, { status: 'uploaded' });
		expect(await retryNow([failed.reviewId, 1], T0)).toBe(true);
		expect(await retryNow([waiting.reviewId, 1], T0)).toBe(true);
		expect(await retryNow([done.reviewId, 1], T0)).toBe(false);
		expect(await rowOf(failed.doc)).toMatchObject({ status: 'pending', nextAttemptAt: T0, attempts: 3 });
		expect((await rowOf(waiting.doc))?.nextAttemptAt).toBe(T0);
		expect((await rowOf(done.doc))?.status).toBe('uploaded');
	});

	it('keeps every row whatever happens, and counts what is unsent', async () => {
		const a = await enqueue();
		await enqueue();
		await enqueue(undefined, { status: 'uploaded' });
		await claimNextDue(T0);
		await recordOutcome([a.reviewId, 1], { kind: 'rejected', status: 422, message: 'bad', issues: [] }, T0);
		expect(await countUnsent()).toBe(2);
		expect(await database().outbox.count()).toBe(3);
	});

	it('records nothing for a row that is gone', async () => {
		expect(await recordOutcome(['nope', 1], { kind: 'bad-reply', status: 200, message: 'x' }, T0)).toBeNull();
	});
});
