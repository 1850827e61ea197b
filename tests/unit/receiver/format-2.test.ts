import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptDocument } from '../../../server/accept';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { Receipt, StoredRevision } from '../../../src/lib/sync/protocol';
import formatOne from '../../fixtures/finished-review.json';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';
import { pairReview } from './pair-review';

let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => receiver.storage.clear());

describe('the receiver and format 2', () => {
	it('stores a two-reviewer review once, with both ratings and the consensus; its recomputed totals match', async () => {
		const doc = await pairReview(buildFreshReview());
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(201);
		expect(Receipt.parse(await response.json())).toMatchObject({ totalsMatch: true, duplicate: false });
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(200);
		expect(receiver.rowCount()).toBe(1);
		const stored = StoredRevision.parse(await (await receiver.get(`/reviews/${doc.id}/revisions/1`)).json());
		expect(stored.document.format).toBe('laatuarvio.review/2');
		expect(stored.serverTotals.total).toBe(77);
		expect('ratings' in stored.document && stored.document.ratings.map((r) => r.reviewer)).toEqual(['Aino', 'Bertil']);
	});

	it('computes the agreement figures with the app\'s code', async () => {
		const doc = await pairReview(buildFreshReview());
		const verdict = acceptDocument(doc, { reviewId: doc.id, revision: 1 });
		// 20 of 25 the same, all within one point; observed 5, expected (1/25)·25·5 = 5, so kappa 0.
		expect(verdict.ok && verdict.derived.agreement?.overall).toEqual({ n: 25, exact: 0.8, withinOne: 1, kappa: { kind: 'value', value: 0 } });
		const single = buildFreshReview();
		expect(acceptDocument(single, { reviewId: single.id, revision: 1 })).toMatchObject({ ok: true, derived: { agreement: null } });
	});

	it('still accepts format 1, stored as sent', async () => {
		const doc = formatOne as unknown as ReviewDocument;
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(201);
		const stored = StoredRevision.parse(await (await receiver.get(`/reviews/${doc.id}/revisions/1`)).json());
		expect(stored.document.format).toBe('laatuarvio.review/1');
	});

	it('refuses a two-reviewer review without an agreed score for every item', async () => {
		const doc = await pairReview(buildFreshReview());
		doc.consensus = doc.consensus.slice(1);
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(422);
	});
});
