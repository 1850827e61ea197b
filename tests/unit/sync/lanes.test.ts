import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/lib/db/database';
import { claimNextDue, recordAndClaim } from '../../../src/lib/db/outbox';
import { FakeTransport } from '../../../src/lib/sync/fake-transport';
import type { Reply, Transport } from '../../../src/lib/sync/transport';
import { createUploader, DEFAULT_CONCURRENCY } from '../../../src/lib/sync/uploader';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';
import { clock, closeDatabase, enqueue, freshDatabase, receiptFor, rowOf, syncSettings, T0 } from './seed';

/**
 * The uploader's lanes: several uploads in flight across different reviews, never
 * two of one review, revisions of a review in order, and a failure still stopping the pass.
 */
beforeEach(freshDatabase);
afterEach(closeDatabase);

const PATH = /\/reviews\/([^/]+)\/revisions\/(\d+)$/;

/**
 * Wraps the fake receiver: each PUT takes 10–19 (pseudo-random) milliseconds, longer than a claim,, so
 * lanes finish out of order, and what is in flight is watched at every moment.
 */
class WatchedTransport implements Transport {
	readonly inFlight = new Set<string>();
	readonly order: string[] = [];
	maxInFlight = 0;
	/** True if two revisions of one review were ever in flight together. */
	sameReviewOverlap = false;
	#seed = 7;
	#partnerWaits: number;

	constructor(
		readonly server: FakeTransport,
		lanes: number
	) {
		this.#partnerWaits = lanes > 1 ? 3 : 0;
	}

	async put(url: string, token: string, body: string): Promise<Reply> {
		const [, id, revision] = PATH.exec(url)!;
		if ([...this.inFlight].some((k) => k.startsWith(`${id}#`))) this.sameReviewOverlap = true;
		const key = `${id}#${revision}`;
		this.inFlight.add(key);
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight.size);
		try {
			// A few early PUTs wait (up to a second) for a partner in flight, so that lanes overlap
			// however slowly the claims run on a loaded machine; one lane never gets a partner.
			if (this.order.length > 0 && this.#partnerWaits > 0 && this.inFlight.size < 2) {
				this.#partnerWaits--;
				for (const until = Date.now() + 1000; this.inFlight.size < 2 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 2));
			}
			this.#seed = (this.#seed * 48271) % 2147483647;
			await new Promise((r) => setTimeout(r, 10 + (this.#seed % 10)));
			const reply = await this.server.put(url, token, body);
			this.order.push(key);
			return reply;
		} finally {
			this.inFlight.delete(key);
		}
	}

	get(url: string, token: string): Promise<Reply> {
		return this.server.get(url, token);
	}
}

function setup(concurrency?: number) {
	const time = clock();
	const server = new FakeTransport({ now: time.now });
	const transport = new WatchedTransport(server, concurrency ?? DEFAULT_CONCURRENCY);
	const uploader = createUploader({ transport, now: time.now, random: () => 1, settings: async () => syncSettings(), concurrency });
	return { time, server, transport, uploader };
}

/** Queues `revisions` revisions of each of `reviews` reviews, interleaved the way reviewers reopen and finish. */
async function queue(reviews: number, revisions: (i: number) => number): Promise<ReviewDocument[]> {
	const docs = Array.from({ length: reviews }, () => buildFreshReview());
	const all: ReviewDocument[] = [];
	const most = Math.max(...docs.map((_, i) => revisions(i)));
	for (let n = 1; n <= most; n++) {
		for (const [i, doc] of docs.entries()) {
			if (n > revisions(i)) continue;
			const revision = { ...doc, revision: n };
			await enqueue(revision);
			all.push(revision);
		}
	}
	return all;
}

const statuses = async () => (await database().outbox.toArray()).map((r) => r.status);

describe('uploads in flight at once', () => {
	it.each([
		[1, 'one after another'],
		[2, 'two lanes'],
		[DEFAULT_CONCURRENCY, 'the default'],
		[6, 'more lanes than some reviews have rows']
	])('with %i lane(s) (%s): every revision stored once, each review in order, never two of one review in flight', async (concurrency) => {
		const { server, transport, uploader } = setup(concurrency);
		// Review 0 has three revisions, review 1 two, the rest one: later revisions queue behind earlier ones.
		const docs = await queue(8, (i) => (i === 0 ? 3 : i === 1 ? 2 : 1));
		expect(await uploader.drain()).toMatchObject({ kind: 'done', attempted: docs.length, stored: docs.length });

		for (const doc of docs) expect(server.stored.has(`${doc.id}#${doc.revision}`)).toBe(true);
		expect(server.stored.size).toBe(docs.length);
		expect(server.puts.every((p) => p.status === 201)).toBe(true); // no 409: nothing overtook an earlier revision
		for (const id of new Set(docs.map((d) => d.id))) {
			const revisions = transport.order.filter((k) => k.startsWith(`${id}#`)).map((k) => Number(k.split('#')[1]));
			expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
		}
		expect(transport.sameReviewOverlap).toBe(false);
		expect(transport.maxInFlight).toBeLessThanOrEqual(concurrency);
		if (concurrency > 1) expect(transport.maxInFlight).toBeGreaterThan(1); // the lanes really overlap
		expect(new Set(await statuses())).toEqual(new Set(['uploaded']));
	});

	it('sends the first upload of a pass alone: an outage costs one request, not one per lane', async () => {
		const { server, uploader } = setup(4);
		await queue(6, () => 1);
		server.fault({ mode: 'network' });
		expect(await uploader.drain()).toMatchObject({ kind: 'done', attempted: 1, stored: 0, networkFailure: true, nextHoldUntil: T0 + 5_000 });
		expect(server.puts).toHaveLength(1);
	});

	it('a failure after the lanes opened stops every lane from claiming more; the rest of the queue waits untouched', async () => {
		const { time, server, transport, uploader } = setup(3);
		const docs = await queue(12, () => 1);
		// The 5th PUT fails with 503 (the first four succeed).
		server.fault(...Array.from({ length: 4 }, () => ({ mode: 'hold' as const, until: Promise.resolve() })), { mode: 'fail', status: 503 });
		const result = await uploader.drain();
		expect(result).toMatchObject({ kind: 'done', networkFailure: false });
		// The failing PUT and at most the two other lanes' uploads already claimed after it.
		expect(server.puts.length).toBeGreaterThanOrEqual(5);
		expect(server.puts.length).toBeLessThanOrEqual(7);
		const rows = await Promise.all(docs.map((d) => rowOf(d)));
		const failed = rows.filter((r) => r?.lastError?.status === 503);
		expect(failed).toHaveLength(1);
		expect(failed[0]).toMatchObject({ status: 'pending', attempts: 1 });
		expect(result).toMatchObject({ nextHoldUntil: failed[0]!.nextAttemptAt });
		const untouched = rows.filter((r) => r?.attempts === 0);
		expect(untouched.length).toBe(12 - server.puts.length);
		expect(untouched.every((r) => r?.status === 'pending')).toBe(true);
		expect(rows.filter((r) => r?.status === 'uploaded')).toHaveLength(server.stored.size);
		expect(transport.inFlight.size).toBe(0); // the pass ended only after every lane did

		time.set(failed[0]!.nextAttemptAt);
		await uploader.drain();
		expect(server.stored.size).toBe(12);
		expect(new Set(await statuses())).toEqual(new Set(['uploaded']));
	});

	it('a refused token met by one lane pauses the queue; the other lanes claim nothing more', async () => {
		const { server, uploader } = setup(3);
		const docs = await queue(10, () => 1);
		server.fault(...Array.from({ length: 3 }, () => ({ mode: 'hold' as const, until: Promise.resolve() })), {
			mode: 'reply',
			status: 401,
			body: JSON.stringify({ error: { code: 'unauthorized', message: 'the token is not valid' } }),
			headers: { 'content-type': 'application/json' }
		});
		await uploader.drain();
		expect(server.puts.length).toBeLessThanOrEqual(6);
		const rows = await Promise.all(docs.map((d) => rowOf(d)));
		expect(rows.filter((r) => r?.status === 'uploaded')).toHaveLength(server.stored.size);
		expect(rows.filter((r) => r?.status === 'paused').length).toBe(10 - server.stored.size);
		expect(rows.some((r) => r?.status === 'pending' || r?.status === 'uploading')).toBe(false);
	});

	it('a storage failure in one lane fails the pass only after the other lanes have recorded their uploads', async () => {
		const { server, transport, uploader } = setup(3);
		await queue(9, () => 1);
		let puts = 0;
		let doomed: string | null = null;
		const original = database().outbox.put.bind(database().outbox);
		// The 3rd receipt cannot be written, however often it is tried (e.g. the disk is full):
		// the row stays 'uploading' and is sent again, idempotently, after the next start.
		database().outbox.put = ((row: Parameters<typeof original>[0], key?: Parameters<typeof original>[1]) => {
			if (row.status === 'uploaded' && (row.reviewId === doomed || (doomed === null && ++puts === 3))) {
				doomed = row.reviewId;
				return Promise.reject(new DOMException('full', 'QuotaExceededError'));
			}
			return original(row, key);
		}) as typeof original;
		await expect(uploader.drain()).rejects.toBeTruthy();
		expect(transport.inFlight.size).toBe(0);
		const rows = await database().outbox.toArray();
		// Every stored review is either marked uploaded or still 'uploading' (sent again, idempotently, after recovery): none is lost.
		expect(rows.find((r) => r.reviewId === doomed)?.status).toBe('uploading');
		for (const row of rows) expect(['uploaded', 'uploading', 'pending']).toContain(row.status);
		expect(rows.filter((r) => r.status === 'uploaded').length + rows.filter((r) => r.status === 'uploading').length).toBe(server.stored.size);
	});
});

describe('recordAndClaim (one commit between two uploads of a lane)', () => {
	const stored = (doc: ReviewDocument) => (row: import('../../../src/lib/db/types').OutboxRow) =>
		({ ...row, status: 'uploaded' as const, receipt: { ...receiptFor(doc), receiptId: 'r' }, uploadedAt: new Date(T0).toISOString() });

	it('claims the revision the outcome it records has just let go', async () => {
		const doc = buildFreshReview();
		await enqueue(doc);
		await enqueue({ ...doc, revision: 2 });
		const first = await claimNextDue(T0);
		expect(first?.revision).toBe(1);
		const { recorded, claimed } = await recordAndClaim([doc.id, 1], stored(doc), T0);
		expect(recorded).toMatchObject({ revision: 1, status: 'uploaded' });
		expect(claimed).toMatchObject({ reviewId: doc.id, revision: 2, status: 'uploading', attempts: 1, doc: { revision: 2 } });
		expect((await rowOf({ id: doc.id, revision: 2 }))?.status).toBe('uploading');
	});

	it.each([
		['claimAt null: records only', null],
		['nothing due yet', T0 - 1]
	])('%s', async (_, claimAt) => {
		const a = buildFreshReview();
		await enqueue(a);
		await enqueue(buildFreshReview(), { nextAttemptAt: T0 });
		await claimNextDue(T0 - 1);
		expect(await recordAndClaim([a.id, 1], stored(a), claimAt)).toMatchObject({ recorded: { status: 'uploaded' }, claimed: null });
		expect((await statuses()).sort()).toEqual(['pending', 'uploaded']);
	});
});
