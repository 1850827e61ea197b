import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classifyReply, ErrorBody, Receipt } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

/**
 * The receiver's half of the superseded rule (docs/protocol.md): once revision n of a
 * review is stored, a lower revision it has NOT stored is answered 409 newer-revision
 * with latestRevision n, on every retry, and is never stored. The client settles such
 * a revision as superseded; this pins the answer it relies on, over real HTTP.
 */
let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => receiver.storage.clear());

const NOW = Date.parse('2026-11-20T08:00:00.000Z');

describe('an older revision the receiver never stored', () => {
	it('is answered 409 newer-revision naming the stored revision, on every retry, and never stored', async () => {
		// Revision 1 was lost to a captive portal; the review was reopened and revision 2 uploaded.
		const r1 = buildFreshReview();
		const r2 = { ...r1, revision: 2 };
		expect((await receiver.put(pathOf(r2), r2)).status).toBe(201);
		for (let attempt = 0; attempt < 3; attempt++) {
			const response = await receiver.put(pathOf(r1), r1);
			expect(response.status).toBe(409);
			const text = await response.text();
			expect(ErrorBody.parse(JSON.parse(text)).error).toMatchObject({ code: 'newer-revision', latestRevision: 2 });
			// …which the client's protocol reads as superseded by 2, not as a failure to retry.
			expect(classifyReply(response.status, response.headers, text, NOW, { reviewId: r1.id, revision: 1 })).toMatchObject({
				kind: 'superseded',
				latestRevision: 2
			});
		}
		expect(receiver.rowCount()).toBe(1);
		expect((await receiver.get(pathOf(r1))).status).toBe(404);
	});

	it('names the highest stored revision when several are stored', async () => {
		const r1 = buildFreshReview();
		for (const revision of [2, 3]) await receiver.put(pathOf({ ...r1, revision }), { ...r1, revision });
		const response = await receiver.put(pathOf(r1), r1);
		expect(ErrorBody.parse(await response.json()).error).toMatchObject({ code: 'newer-revision', latestRevision: 3 });
	});

	it('but a lower revision it DID store is still a duplicate (200, same receipt), not superseded', async () => {
		const r1 = buildFreshReview();
		const first = Receipt.parse(await (await receiver.put(pathOf(r1), r1)).json());
		await receiver.put(pathOf({ ...r1, revision: 2 }), { ...r1, revision: 2 });
		const retry = await receiver.put(pathOf(r1), r1);
		expect(retry.status).toBe(200);
		expect(Receipt.parse(await retry.json())).toMatchObject({ receiptId: first.receiptId, duplicate: true });
	});
});
