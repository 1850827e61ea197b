import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	claimNextDue,
	countUnsent,
	recordOutcome,
	recoverInterrupted,
	resumePaused,
	retryNow
} from '../../../src/lib/db/outbox';
import { database } from '../../../src/lib/db/database';
import { applyOutcome } from '../../../src/lib/sync/outcome';
import type { UploadOutcome } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { closeDatabase, enqueue, freshDatabase, receiptFor as receipt, rowOf, T0 } from '../sync/seed';

beforeEach(freshDatabase);

/** What the uploader does with a reply: the row's next state from sync/outcome.ts, stored by the verb. */
const record = (key: [string, number], outcome: UploadOutcome, now: number) => recordOutcome(key, (row) => applyOutcome(row, outcome, now, Math.random));
afterEach(closeDatabase);


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
		await record([r1.id, 1], { kind: 'stored', receipt: receipt(r1) }, T0 + 60_000);
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
		await record([a.reviewId, 1], { kind: 'unauthorized', status: 401, message: 'no' }, T0);
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
		await record([a.reviewId, 1], { kind: 'rejected', status: 422, message: 'bad', issues: [] }, T0);
		expect(await countUnsent()).toBe(2);
		expect(await database().outbox.count()).toBe(3);
	});

	it('records nothing for a row that is gone', async () => {
		expect(await record(['nope', 1], { kind: 'bad-reply', status: 200, message: 'x' }, T0)).toBeNull();
	});

	it('a confirmed revision supersedes earlier ones the receiver will now refuse, and only those', async () => {
		const r1 = buildFreshReview();
		const other = buildFreshReview();
		await enqueue(r1, { status: 'failed', lastError: { kind: 'bad-reply', message: 'html', status: 200 } });
		await enqueue(other, { status: 'failed', lastError: { kind: 'bad-reply', message: 'html', status: 200 } });
		const r2 = { ...r1, revision: 2 };
		await enqueue(r2);
		await enqueue({ ...r1, revision: 3 });
		expect((await claimNextDue(T0))?.revision).toBe(2);
		await record([r1.id, 2], { kind: 'stored', receipt: receipt(r2) }, T0);
		expect(await rowOf(r1)).toMatchObject({ status: 'superseded', supersededBy: 2, lastError: null });
		expect((await rowOf(other))?.status).toBe('failed'); // another review
		expect((await rowOf({ id: r1.id, revision: 3 }))?.status).toBe('pending'); // a later one still goes
		expect(await retryNow([r1.id, 1], T0)).toBe(false); // never sent again
		expect(await countUnsent()).toBe(2); // other's failed row and revision 3
	});

	it('a 409 newer-revision settles the row as superseded by the receiver\'s revision', async () => {
		const r1 = await enqueue();
		await claimNextDue(T0);
		await record([r1.reviewId, 1], { kind: 'superseded', message: 'revision 2 is stored', latestRevision: 2 }, T0);
		expect(await rowOf(r1.doc)).toMatchObject({ status: 'superseded', supersededBy: 2 });
		expect(await claimNextDue(T0 + 3_600_000)).toBeNull();
		expect(await resumePaused(T0)).toBe(0);
	});

	it('at start, settles failed rows a confirmed later revision overtook before superseding existed', async () => {
		const r1 = buildFreshReview();
		await enqueue(r1, { status: 'failed', lastError: { kind: 'conflict', message: 'newer', status: 409, latestRevision: 2 } });
		await enqueue({ ...r1, revision: 2 }, { status: 'uploaded' });
		await recoverInterrupted(T0);
		expect(await rowOf(r1)).toMatchObject({ status: 'superseded', supersededBy: 2 });
	});

	it('at start, settles every open row a confirmed later revision overtook, and only those', async () => {
		const a = buildFreshReview();
		await enqueue(a, { status: 'paused' });
		await enqueue({ ...a, revision: 2 }, { status: 'uploading', attempts: 1 }); // a closed tab mid-upload
		await enqueue({ ...a, revision: 3 }, { status: 'uploaded' });
		await enqueue({ ...a, revision: 4 }); // after the confirmed one: still goes
		const b = buildFreshReview();
		await enqueue(b, { status: 'uploaded' });
		await enqueue({ ...b, revision: 2 }, { status: 'failed', lastError: { kind: 'rejected', message: 'too large', status: 413 } });
		expect(await recoverInterrupted(T0)).toBe(1);
		expect(await rowOf(a)).toMatchObject({ status: 'superseded', supersededBy: 3 });
		expect(await rowOf({ id: a.id, revision: 2 })).toMatchObject({ status: 'superseded', supersededBy: 3 });
		expect((await rowOf({ id: a.id, revision: 3 }))?.status).toBe('uploaded');
		expect((await rowOf({ id: a.id, revision: 4 }))?.status).toBe('pending');
		expect((await rowOf(b))?.status).toBe('uploaded');
		expect((await rowOf({ id: b.id, revision: 2 }))?.status).toBe('failed'); // later than b's confirmed revision
	});

	it('a refused redirect pauses the whole queue, like refused credentials', async () => {
		const a = await enqueue();
		const b = await enqueue();
		await claimNextDue(T0);
		await record([a.reviewId, 1], { kind: 'misconfigured', problem: 'redirect', status: 0, message: 'redirects' }, T0);
		expect(await rowOf(a.doc)).toMatchObject({ status: 'paused', lastError: { kind: 'redirect' } });
		expect(await rowOf(b.doc)).toMatchObject({ status: 'paused', lastError: { kind: 'redirect' } });
		expect(await claimNextDue(T0 + 3_600_000)).toBeNull(); // no hot loop: nothing goes until the settings change
		expect(await resumePaused(T0)).toBe(2);
	});
});
