import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countUnsent, recoverInterrupted, resumePaused, retryNow } from '../../../src/lib/db/outbox';
import type { SyncSettings } from '../../../src/lib/db/types';
import { FakeTransport } from '../../../src/lib/sync/fake-transport';
import { createUploader, type UploadLog } from '../../../src/lib/sync/uploader';
import { buildFreshReview } from '../../fixtures/review-builder';
import { clock, closeDatabase, enqueue, freshDatabase, rowOf, syncSettings, T0 } from './seed';

beforeEach(freshDatabase);
afterEach(closeDatabase);

function setup(options: { settings?: Partial<SyncSettings>; tokens?: Record<string, boolean> } = {}) {
	const time = clock();
	const server = new FakeTransport({ now: time.now, tokens: options.tokens });
	let settings = syncSettings(options.settings);
	const logs: UploadLog[] = [];
	const uploader = createUploader({
		transport: server,
		now: time.now,
		random: () => 1, // the longest wait backoff allows, so "not before" checks are strict
		settings: async () => settings,
		log: (entry) => logs.push(entry)
	});
	const changeSettings = (patch: Partial<SyncSettings>) => (settings = { ...settings, ...patch });
	return { time, server, uploader, logs, changeSettings };
}

describe('the uploader', () => {
	it('uploads a finished review exactly once after the server failed twice', async () => {
		const { time, server, uploader } = setup();
		const row = await enqueue();
		server.fault({ mode: 'fail', status: 503 }, { mode: 'fail', status: 502 });

		await uploader.drain();
		expect(await rowOf(row.doc)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: T0 + 5_000 });
		time.advance(4_999);
		await uploader.drain();
		expect(server.puts).toHaveLength(1); // not before the backoff
		time.advance(1);
		await uploader.drain();
		expect(await rowOf(row.doc)).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: T0 + 15_000 });
		time.set(T0 + 15_000);
		await uploader.drain();

		expect(server.copies(row.reviewId)).toBe(1);
		expect(server.puts.map((c) => c.status)).toEqual([503, 502, 201]);
		expect(new Set(server.puts.map((c) => c.url)).size).toBe(1); // the same idempotency key every time
		expect(await rowOf(row.doc)).toMatchObject({ status: 'uploaded', attempts: 3, lastError: null, receipt: { reviewId: row.reviewId, duplicate: false } });
	});

	it('takes the duplicate receipt after a commit whose reply was lost, and keeps one copy', async () => {
		const { time, server, uploader } = setup();
		const row = await enqueue();
		server.fault({ mode: 'commit-then-drop' });
		const first = await uploader.drain();
		expect(first).toMatchObject({ kind: 'done', networkFailure: true });
		expect(server.copies(row.reviewId)).toBe(1);
		expect((await rowOf(row.doc))?.status).toBe('pending');

		time.advance(5_000);
		await uploader.drain();
		expect(server.copies(row.reviewId)).toBe(1);
		expect(await rowOf(row.doc)).toMatchObject({ status: 'uploaded', receipt: { receiptId: 'fake-1', duplicate: true } });
	});

	it('makes no attempt before a 429 Retry-After has passed', async () => {
		const { time, server, uploader } = setup();
		const row = await enqueue();
		server.fault({ mode: 'rate-limit', retryAfter: '120' });
		await uploader.drain();
		expect((await rowOf(row.doc))?.nextAttemptAt).toBe(T0 + 120_000);
		time.advance(119_999);
		expect(await uploader.drain()).toMatchObject({ kind: 'holding', until: T0 + 120_000 });
		expect(await uploader.drain({ manual: true })).toMatchObject({ kind: 'done', attempted: 0 }); // the row itself is not due
		expect(server.puts).toHaveLength(1);
		time.advance(1);
		await uploader.drain();
		expect((await rowOf(row.doc))?.status).toBe('uploaded');
	});

	it('marks a 422 failed with the server message and does not retry it on later passes', async () => {
		const { time, server, uploader } = setup();
		const row = await enqueue();
		server.fault({ mode: 'reply', status: 422, body: JSON.stringify({ error: { code: 'unknown-edition', message: 'unknown edition fi-1999', issues: [{ path: 'edition', message: 'unknown' }] } }) });
		await uploader.drain();
		expect(await rowOf(row.doc)).toMatchObject({ status: 'failed', lastError: { kind: 'rejected', status: 422, message: 'unknown edition fi-1999', issues: [{ path: 'edition', message: 'unknown' }] } });
		time.advance(24 * 3_600_000);
		await uploader.drain();
		await uploader.drain({ manual: true });
		expect(server.puts).toHaveLength(1);
	});

	it('pauses the whole queue on 401 until the credentials change', async () => {
		const { time, server, uploader, changeSettings } = setup({ settings: { token: 'wrong' } });
		const a = await enqueue();
		const b = await enqueue();
		await uploader.drain();
		expect(server.puts).toHaveLength(1); // the second review is not tried with the same bad token
		expect((await rowOf(b.doc))?.status).toBe('paused');
		const c = await enqueue(); // finished while paused

		time.advance(3_600_000);
		expect(await uploader.drain({ manual: true })).toMatchObject({ kind: 'paused' });
		expect(server.puts).toHaveLength(1);

		changeSettings({ token: 'test-token', changedAt: new Date(time.now()).toISOString() });
		await uploader.drain();
		for (const row of [a, b, c]) expect((await rowOf(row.doc))?.status).toBe('uploaded');
		expect(server.puts).toHaveLength(4);
	});

	it('pauses on 403 (a read-only token) and resumes through resumePaused', async () => {
		const { time, server, uploader } = setup({ tokens: { 'test-token': false } });
		const row = await enqueue();
		await uploader.drain();
		expect(await rowOf(row.doc)).toMatchObject({ status: 'paused', lastError: { kind: 'unauthorized', status: 403 } });
		expect(await resumePaused(time.now())).toBe(1);
		await uploader.drain();
		expect(server.puts.map((p) => p.status)).toEqual([403, 403]);
	});

	it('never marks a review uploaded from a reply that is not a receipt', async () => {
		const { server, uploader } = setup();
		const row = await enqueue();
		server.fault({ mode: 'reply', status: 200, body: '<html>Kirjaudu verkkoon</html>', headers: { 'content-type': 'text/html' } });
		await uploader.drain();
		expect(await rowOf(row.doc)).toMatchObject({ status: 'failed', lastError: { kind: 'bad-reply', status: 200 } });
	});

	it('settles a revision the receiver answers 409 newer-revision as superseded, and leaves the newer one alone', async () => {
		const { server, uploader } = setup();
		const r1 = buildFreshReview();
		await enqueue({ ...r1, revision: 2 });
		await uploader.drain(); // revision 2 reaches the receiver (e.g. from another device)
		await enqueue(r1);
		await uploader.drain();
		expect(await rowOf(r1)).toMatchObject({ status: 'superseded', supersededBy: 2, lastError: null });
		expect(server.copies(r1.id)).toBe(1); // only revision 2: nothing overwritten, nothing added
	});

	it('a revision that failed on a captive portal is superseded once the next revision is confirmed, and never sent again', async () => {
		const { server, uploader } = setup();
		const r1 = buildFreshReview();
		await enqueue(r1);
		server.fault({ mode: 'reply', status: 200, body: '<html>Kirjaudu verkkoon</html>', headers: { 'content-type': 'text/html' } });
		await uploader.drain();
		expect((await rowOf(r1))?.status).toBe('failed');
		await enqueue({ ...r1, revision: 2 }); // reopened, changed, finished again
		await uploader.drain();
		expect(await rowOf({ id: r1.id, revision: 2 })).toMatchObject({ status: 'uploaded' });
		expect(await rowOf(r1)).toMatchObject({ status: 'superseded', supersededBy: 2 });
		expect(await retryNow([r1.id, 1], Date.now())).toBe(false);
		const putsBefore = server.puts.length;
		await uploader.drain({ manual: true });
		expect(server.puts.length).toBe(putsBefore); // nothing left to send, no 409 loop
		expect(await countUnsent()).toBe(0);
	});

	it('pauses the queue when the endpoint redirects, without a retry loop, until the settings change', async () => {
		const { server, uploader } = setup();
		const a = await enqueue();
		const b = await enqueue();
		server.fault({ mode: 'reply', status: 302, body: '', headers: { location: 'https://elsewhere.example/' } });
		expect(await uploader.drain()).toMatchObject({ kind: 'done', attempted: 1, stored: 0 });
		expect(await rowOf(a.doc)).toMatchObject({ status: 'paused', lastError: { kind: 'redirect' } });
		expect((await rowOf(b.doc))?.status).toBe('paused');
		expect(await uploader.drain({ manual: true })).toMatchObject({ kind: 'paused' });
		expect(server.puts.length).toBe(1);
	});

	it('resumes an upload a closed tab left in flight and completes it once', async () => {
		const { server, uploader } = setup();
		const row = await enqueue(undefined, { status: 'uploading', attempts: 1 });
		await uploader.drain();
		expect(server.puts).toHaveLength(0); // 'uploading' rows are not claimed until recovered
		await recoverInterrupted(T0);
		await uploader.drain();
		expect(server.copies(row.reviewId)).toBe(1);
		expect(await rowOf(row.doc)).toMatchObject({ status: 'uploaded', attempts: 2 });
	});

	it('runs one pass at a time: a second drain during a pass gets the same promise', async () => {
		const { server, uploader } = setup();
		await enqueue();
		const release = server.hold();
		const first = uploader.drain();
		const second = uploader.drain();
		expect(second).toBe(first);
		// Wait for the held PUT itself (a fixed sleep failed on a loaded machine), then check no second one came.
		await expect.poll(() => server.puts.length).toBe(1);
		await new Promise((r) => setTimeout(r, 20));
		expect(server.puts).toHaveLength(1);
		release();
		expect(await first).toMatchObject({ kind: 'done', attempted: 1, stored: 1 });
		const third = uploader.drain();
		expect(third).not.toBe(first);
		await third;
	});

	it('uploads revisions of one review in order, oldest review first', async () => {
		const { server, uploader } = setup();
		const a = buildFreshReview();
		const b = buildFreshReview();
		await enqueue({ ...a, revision: 2 });
		await enqueue(b);
		await enqueue(a);
		await uploader.drain();
		expect(server.puts.map((p) => p.url.split('/reviews/')[1])).toEqual([`${b.id}/revisions/1`, `${a.id}/revisions/1`, `${a.id}/revisions/2`]);
	});

	it('stops the pass on a network failure and rests the rest of the queue as long', async () => {
		const { time, server, uploader } = setup();
		await enqueue();
		await enqueue();
		server.fault({ mode: 'network' });
		expect(await uploader.drain()).toMatchObject({ kind: 'done', attempted: 1, networkFailure: true, nextHoldUntil: T0 + 5_000 });
		expect(await uploader.drain()).toMatchObject({ kind: 'holding' });
		expect(server.puts).toHaveLength(1);
		expect(await uploader.drain({ manual: true })).toMatchObject({ kind: 'done', attempted: 1, stored: 1 });
		time.advance(5_000);
		await uploader.drain();
		expect(server.puts.map((p) => p.status)).toEqual([null, 201, 201]);
	});

	it.each([
		[{ endpoint: null }, 'no-endpoint'],
		[{ token: null }, 'no-token'],
		[{ endpoint: 'http://kerays.example.fi/api/v1' }, 'invalid-endpoint']
	])('attempts nothing when not configured (%o)', async (patch, reason) => {
		const { server, uploader } = setup({ settings: patch });
		await enqueue();
		expect(await uploader.drain()).toEqual({ kind: 'not-configured', reason });
		expect(server.calls).toHaveLength(0);
	});

	it('logs ids, statuses and outcomes only: never the token or review text', async () => {
		const { server, uploader, logs } = setup();
		const doc = buildFreshReview({ conclusions: 'Luottamuksellinen muistiinpano' });
		await enqueue(doc);
		server.fault({ mode: 'fail' });
		await uploader.drain({ manual: true });
		await uploader.drain({ manual: true });
		expect(logs).toEqual([{ reviewId: doc.id, revision: 1, status: 503, outcome: 'retry' }]); // the second pass found nothing due
		expect(JSON.stringify(logs)).not.toMatch(/test-token|Luottamuksellinen/);
	});
});
