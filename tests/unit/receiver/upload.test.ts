import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorBody, Receipt, StoredRevision } from '../../../src/lib/sync/protocol';
import { buildFreshReview, withScores } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => receiver.storage.clear());

async function errorOf(response: Response) {
	return ErrorBody.parse(await response.json()).error;
}

describe('PUT /reviews/{id}/revisions/{revision}', () => {
	it('stores a valid finished review once and answers 201 with a receipt', async () => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(201);
		const receipt = Receipt.parse(await response.json());
		expect(receipt).toMatchObject({ reviewId: doc.id, revision: 1, duplicate: false, totalsMatch: true });
		expect(receipt.serverTotals).toEqual(doc.totals);
		expect(receiver.rowCount()).toBe(1);
	});

	it('answers a repeated upload with 200 and the same receipt, keeping one row', async () => {
		const doc = buildFreshReview();
		const first = Receipt.parse(await (await receiver.put(pathOf(doc), doc)).json());
		const again = await receiver.put(pathOf(doc), doc);
		expect(again.status).toBe(200);
		const second = Receipt.parse(await again.json());
		expect(second).toEqual({ ...first, duplicate: true });
		expect(receiver.rowCount()).toBe(1);
	});

	it('treats the same document with other key order and spacing as the same upload', async () => {
		const doc = buildFreshReview();
		await receiver.put(pathOf(doc), doc);
		const reordered = Object.fromEntries(Object.entries(doc).reverse());
		const response = await receiver.put(pathOf(doc), null, { raw: JSON.stringify(reordered, null, 2) });
		expect(response.status).toBe(200);
		expect(receiver.rowCount()).toBe(1);
	});

	it('stores totals that disagree with its own and says so', async () => {
		const doc = buildFreshReview({ totals: { ...buildFreshReview().totals!, total: 101 } });
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(201);
		expect(Receipt.parse(await response.json()).totalsMatch).toBe(false);
		const stored = StoredRevision.parse(await (await receiver.get(`/reviews/${doc.id}`)).json());
		expect(stored.clientTotals?.total).toBe(101);
		expect(stored.serverTotals.total).toBe(100);
	});

	it('recomputes totals from the items rather than trusting the client', async () => {
		const doc = withScores(buildFreshReview(), { 1: 1 }); // 100 → 97, client totals left at 100
		const receipt = Receipt.parse(await (await receiver.put(pathOf(doc), doc)).json());
		expect(receipt.serverTotals).toMatchObject({ total: 97, level: 'fair' });
		expect(receipt.totalsMatch).toBe(false);
	});

	it('keeps an additive field it does not know, as sent', async () => {
		const doc = { ...buildFreshReview(), appVersion: '1.4.0' };
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
		const stored = (await (await receiver.get(`/reviews/${doc.id}`)).json()) as { document: Record<string, unknown> };
		expect(stored.document.appVersion).toBe('1.4.0');
	});

	it('stores a newer revision after an older one', async () => {
		const first = buildFreshReview();
		await receiver.put(pathOf(first), first);
		const second = { ...first, revision: 2 };
		expect((await receiver.put(pathOf(second), second)).status).toBe(201);
		expect(receiver.rowCount()).toBe(2);
	});
});

describe('PUT conflicts', () => {
	it('refuses an older revision once a newer one is stored (409 newer-revision)', async () => {
		const doc = buildFreshReview({ revision: 3 });
		await receiver.put(pathOf(doc), doc);
		const older = { ...doc, revision: 2 };
		const response = await receiver.put(pathOf(older), older);
		expect(response.status).toBe(409);
		expect(await errorOf(response)).toMatchObject({ code: 'newer-revision', latestRevision: 3 });
		expect(receiver.rowCount()).toBe(1);
	});

	it('refuses the same revision with different content (409 revision-mismatch)', async () => {
		const doc = buildFreshReview();
		await receiver.put(pathOf(doc), doc);
		const changed = { ...doc, conclusions: 'Toinen johtopäätös.' };
		const response = await receiver.put(pathOf(changed), changed);
		expect(response.status).toBe(409);
		expect(await errorOf(response)).toMatchObject({ code: 'revision-mismatch' });
		const stored = (await (await receiver.get(`/reviews/${doc.id}`)).json()) as { document: { conclusions: string } };
		expect(stored.document.conclusions).toBe(doc.conclusions);
	});
});
