import { expect, test } from '@playwright/test';
import type { OutboxRow } from '../../../src/lib/db/types';
import { finishedReview, nextRevision, Receiver, SyncPage } from '../pages/sync';
import { outboxRow } from '../support/seed';
import type { ReviewDocument } from '../../../src/lib/review/schema';

/**
 * Several uploads in flight at once (src/lib/sync/uploader.ts, issue 15's drain), against
 * the real receiver with its fault plans: still exactly once per (review, revision), the
 * revisions of one review in order, and a review held up by a slow reply does not hold
 * up the others. Every fault is armed for its own review; serial, like the other sync specs.
 */
test.describe.configure({ mode: 'serial' });

let receiver: Receiver;
test.beforeAll(async () => (receiver = await Receiver.open()));
test.afterAll(async () => receiver.close());

/**
 * Queues `docs` in this order: reviews built in the same millisecond would otherwise
 * tie on enqueuedAt, and which one a pass sends first (alone) would be left to chance.
 */
async function queueInOrder(sync: SyncPage, docs: ReviewDocument[]): Promise<void> {
	const start = Date.parse('2026-11-30T08:00:00.000Z');
	const outbox = docs.map((doc, i) => ({ ...outboxRow(doc), enqueuedAt: new Date(start + i * 1000).toISOString() }));
	await sync.seedRows({ reviews: docs, outbox });
}

/** The whole outbox as stored. */
function outbox(page: import('@playwright/test').Page): Promise<OutboxRow[]> {
	return page.evaluate(
		() =>
			new Promise<OutboxRow[]>((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const req = open.result.transaction('outbox').objectStore('outbox').getAll();
					req.onsuccess = () => (open.result.close(), resolve(req.result));
					req.onerror = () => reject(req.error);
				};
			})
	);
}

test('two revisions of one review and six others drain through faults: each stored once, revision 1 before 2', async ({ page }) => {
	test.slow(); // backoff after the injected failures takes seconds
	const sync = await SyncPage.configured(page);
	const first = finishedReview('Kaistat A', 3);
	const second = nextRevision(first, 7, 5);
	const others = ['B', 'C', 'D', 'E', 'F', 'G'].map((name) => finishedReview(`Kaistat ${name}`));
	const [b, c, d, e] = others as [typeof first, typeof first, typeof first, typeof first];
	// Revision 1 fails once (its revision 2 must wait for it), B's first reply is lost after the
	// commit, C is slow, D fails twice, E is rate-limited once.
	await receiver.fault({ mode: 'fail', count: 1, status: 503, reviewId: first.id });
	await receiver.fault({ mode: 'drop-after-commit', count: 1, reviewId: b.id });
	await receiver.fault({ mode: 'delay', count: 1, delayMs: 1500, reviewId: c.id });
	await receiver.fault({ mode: 'fail', count: 2, status: 502, reviewId: d.id });
	await receiver.fault({ mode: 'rate-limit', count: 1, retryAfterSeconds: 1, reviewId: e.id });
	await queueInOrder(sync, [b, first, c, d, second, e, ...others.slice(4)]);

	await sync.expectStatus(first.id, 2, 'uploaded', 90_000);
	await sync.expectStatus(first.id, 1, 'uploaded', 30_000);
	for (const doc of others) await sync.expectStatus(doc.id, 1, 'uploaded', 60_000);

	// Revision 1 reached the receiver (and was confirmed) before revision 2 was ever sent: no 409, nothing superseded.
	const attempts = await receiver.attempts(first.id);
	const firstOf2 = attempts.findIndex((a) => a.path.endsWith('/revisions/2'));
	expect(attempts.slice(0, firstOf2).map((a) => a.status)).toEqual([503, 201]);
	expect(attempts.slice(firstOf2).map((a) => a.status)).toEqual([201]);
	expect(await receiver.listed(first.id)).toEqual([expect.objectContaining({ latestRevision: 2 })]);
	expect((await receiver.revision(first.id, 1))!.document.items.find((i) => i.number === 7)?.score).toBe(3);

	// Exactly once each: one 201 per review, and the lost reply's retry met the duplicate receipt.
	expect((await receiver.attempts(b.id)).map((a) => a.status)).toEqual([null, 200]);
	expect((await receiver.attempts(d.id)).map((a) => a.status)).toEqual([502, 502, 201]);
	expect((await receiver.attempts(e.id)).map((a) => a.status)).toEqual([429, 201]);
	for (const doc of others) expect(await receiver.listed(doc.id)).toEqual([expect.objectContaining({ latestRevision: 1 })]);
	const rows = await outbox(page);
	expect(rows.filter((r) => r.status !== 'uploaded')).toEqual([]);
	expect(rows).toHaveLength(8);
	await expect(sync.badge).toHaveAttribute('data-state', 'all-sent');
});

test('a review whose reply is slow does not hold up the reviews queued after it', async ({ page }) => {
	test.slow();
	const sync = await SyncPage.configured(page);
	const docs = ['1', '2', '3', '4', '5', '6'].map((n) => finishedReview(`Hidas vastaus ${n}`));
	const slow = docs[1]!; // not the first: a pass sends its first upload alone
	await receiver.fault({ mode: 'delay', count: 1, delayMs: 20_000, reviewId: slow.id });
	await queueInOrder(sync, docs);

	// While the slow one is still in flight, everything queued after it has been sent and confirmed.
	await expect
		.poll(
			async () => {
				const rows = await outbox(page);
				const state = (id: string) => rows.find((r) => r.reviewId === id)?.status;
				return { slow: state(slow.id), after: docs.slice(2).map((doc) => state(doc.id)) };
			},
			{ timeout: 18_000 }
		)
		.toEqual({ slow: 'uploading', after: ['uploaded', 'uploaded', 'uploaded', 'uploaded'] });

	await sync.expectStatus(slow.id, 1, 'uploaded', 45_000);
	for (const doc of docs) expect((await receiver.attempts(doc.id)).map((a) => a.status)).toEqual([201]);
});
