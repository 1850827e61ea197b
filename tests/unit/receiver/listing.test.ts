import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewListing, StoredRevision } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

let receiver: Receiver;
const first = buildFreshReview({ meta: { ...buildFreshReview().meta, service: 'Palvelu A' } });
const second = { ...first, revision: 2, conclusions: 'Päivitetty.' };
const other = buildFreshReview({ meta: { ...buildFreshReview().meta, service: 'Palvelu B', organisation: 'Toinen kunta' } });

beforeAll(async () => {
	receiver = await startReceiver();
	for (const doc of [first, second, other]) expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
});
afterAll(() => receiver.close());

describe('reading what arrived', () => {
	it('lists the latest revision of each review', async () => {
		const listing = ReviewListing.parse(await (await receiver.get('/reviews')).json());
		expect(listing.reviews).toHaveLength(2);
		expect(listing.reviews.find((r) => r.reviewId === first.id)).toMatchObject({
			latestRevision: 2,
			service: 'Palvelu A',
			organisation: first.meta.organisation,
			startDate: first.meta.startDate,
			total: 100,
			level: 'good'
		});
		expect(listing.reviews.find((r) => r.reviewId === other.id)).toMatchObject({ latestRevision: 1, organisation: 'Toinen kunta' });
	});

	it('returns the latest revision with both sets of totals and its receipt', async () => {
		const stored = StoredRevision.parse(await (await receiver.get(`/reviews/${first.id}`)).json());
		expect(stored.document).toMatchObject({ id: first.id, revision: 2, conclusions: 'Päivitetty.' });
		expect(stored.clientTotals).toEqual(first.totals);
		expect(stored.receipt).toMatchObject({ reviewId: first.id, revision: 2, duplicate: false });
	});

	it('returns an earlier revision by number', async () => {
		const stored = StoredRevision.parse(await (await receiver.get(`/reviews/${first.id}/revisions/1`)).json());
		expect(stored.document).toMatchObject({ revision: 1, conclusions: first.conclusions });
	});

	it.each([
		['an unknown review', '/reviews/0b6a8f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 404],
		['an unknown revision', `/reviews/${first.id}/revisions/9`, 404],
		['a malformed revision', `/reviews/${first.id}/revisions/x`, 400],
		['an unknown endpoint', '/nothing-here', 404]
	])('answers %s with %i', async (_name, path, status) => {
		expect((await receiver.get(path)).status).toBe(status);
	});
});
