import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFinishedReview, buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';
import { pairReview } from './pair-review';

/** The figures the receiver stores per revision, as the read endpoints return them (docs/protocol.md). */
let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(() => receiver.storage.clear());

describe('stored figures over HTTP', () => {
	it('returns the agreement figures, item scores and personal-data counts in the listing and with the revision', async () => {
		const doc = await pairReview(buildFreshReview());
		doc.visit.documentsChecked = 'Asiakas 131052-308T, p. 040 123 4567';
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
		const { reviews } = (await (await receiver.get('/reviews')).json()) as { reviews: Record<string, unknown>[] };
		expect(reviews[0]).toMatchObject({
			reviewId: doc.id,
			edition: 'fi-2021-11-01',
			itemScores: [4, 4, ...Array(23).fill(3)],
			personalData: { identityCodes: 1, possiblyPersonal: 1 },
			agreement: { overall: { n: 25, exact: 0.8, withinOne: 1, kappa: { kind: 'value', value: 0 } } }
		});
		const stored = (await (await receiver.get(`/reviews/${doc.id}`)).json()) as Record<string, unknown>;
		expect(stored).toMatchObject({ personalData: { identityCodes: 1, possiblyPersonal: 1 }, agreement: reviews[0]!.agreement });
		expect((stored.agreement as { largest: unknown[] }).largest).toEqual([1, 2, 3, 4, 5].map((number) => ({ number, a: 3, b: 4, difference: 1 })));
	});

	it('stores a review whose service name and note hold U+0000: the document as sent, the listing with U+FFFD', async () => {
		const doc = buildFinishedReview();
		doc.meta.service = 'Palvelu\u0000X';
		doc.items[0]!.notes[0]!.text = 'ennen\u0000jälkeen';
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(200);
		const { reviews } = (await (await receiver.get('/reviews')).json()) as { reviews: { service: string }[] };
		expect(reviews[0]!.service).toBe('Palvelu\uFFFDX');
		const stored = (await (await receiver.get(`/reviews/${doc.id}/revisions/1`)).json()) as { document: typeof doc };
		expect(stored.document.items[0]!.notes[0]!.text).toBe('ennen\u0000jälkeen');
		expect(stored.document.meta.service).toBe('Palvelu\u0000X');
	});
});
