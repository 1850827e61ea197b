import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());

async function refusal(response: Response) {
	return { status: response.status, ...ErrorBody.parse(await response.json()).error };
}

describe('PUT refusals', () => {
	it('answers malformed JSON with 400 without quoting the body', async () => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), null, { raw: '{"format": "laatuarvio.review/1", "notes": "salainen' });
		const error = await refusal(response);
		expect(error).toMatchObject({ status: 400, code: 'bad-request' });
		expect(error.message).not.toContain('salainen');
	});

	it('answers a document that breaks the schema with 422 and readable issues', async () => {
		const doc = buildFreshReview();
		const broken = { ...doc, items: doc.items.map((item, i) => (i === 0 ? { ...item, score: 7 } : item)), meta: { ...doc.meta, startDate: 'eilen' } };
		const error = await refusal(await receiver.put(pathOf(doc), broken));
		expect(error).toMatchObject({ status: 422, code: 'invalid-document' });
		expect(error.issues?.map((i) => i.path)).toEqual(expect.arrayContaining(['items.0.score', 'meta.startDate']));
		expect(error.issues?.every((i) => i.message !== 'Invalid input')).toBe(true);
	});

	it.each([
		['unfinished', { finishedAt: null }, 'finishedAt'],
		['without totals', { totals: null }, 'totals']
	])('refuses a review %s with 422', async (_name, change, path) => {
		const doc = { ...buildFreshReview(), ...change };
		const error = await refusal(await receiver.put(pathOf(doc), doc));
		expect(error).toMatchObject({ status: 422, code: 'invalid-document' });
		expect(error.issues?.map((i) => i.path)).toContain(path);
	});

	it('refuses a review with an unscored item', async () => {
		const doc = buildFreshReview();
		doc.items[3]!.score = null;
		expect(await refusal(await receiver.put(pathOf(doc), doc))).toMatchObject({ status: 422, issues: [{ path: 'items' }] });
	});

	it('refuses a format it does not accept with 422 unsupported-format', async () => {
		const doc = { ...buildFreshReview(), format: 'laatuarvio.review/3' };
		expect(await refusal(await receiver.put(pathOf(doc), doc))).toMatchObject({ status: 422, code: 'unsupported-format' });
	});

	it('refuses an unknown edition with 422', async () => {
		const doc = buildFreshReview({ edition: 'fi-2030-01-01' });
		expect(await refusal(await receiver.put(pathOf(doc), doc))).toMatchObject({ status: 422, code: 'unknown-edition' });
	});

	it.each([
		['a missing item', (items: unknown[]) => items.slice(0, 24), 'item 25 is missing'],
		['a repeated item', (items: unknown[]) => [...items.slice(0, 24), items[0]], 'item 1 appears twice'],
		['an item the edition lacks', (items: unknown[]) => [...items, { ...(items[0] as object), number: 26 }], 'item 26 is not in the edition']
	])('refuses %s with 422 items-mismatch', async (_name, change, message) => {
		const doc = buildFreshReview();
		const sent = { ...doc, items: change(doc.items) };
		const error = await refusal(await receiver.put(pathOf(doc), sent));
		expect(error).toMatchObject({ status: 422, code: 'items-mismatch' });
		expect(error.issues?.map((i) => i.message)).toContain(message);
	});

	it('refuses a sub-criterion the item does not have', async () => {
		const doc = buildFreshReview();
		doc.items[4]!.subCriteria['5.9'] = { met: true, evidence: '' };
		const error = await refusal(await receiver.put(pathOf(doc), doc));
		expect(error).toMatchObject({ status: 422, code: 'items-mismatch', issues: [{ path: 'items.4.subCriteria.5.9' }] });
	});

	it.each([
		['another id', (_d: { id: string }) => `/reviews/0b6a8f3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b/revisions/1`],
		['another revision', (d: { id: string }) => `/reviews/${d.id}/revisions/2`]
	])('refuses a body whose id or revision differs from the path (%s) with 400', async (_name, path) => {
		const doc = buildFreshReview();
		expect(await refusal(await receiver.put(path(doc), doc))).toMatchObject({ status: 400, code: 'path-mismatch' });
	});

	it.each(['0', '-1', 'abc', '1.5', '01'])('refuses revision %j in the path with 400', async (revision) => {
		const doc = buildFreshReview();
		expect(await refusal(await receiver.put(`/reviews/${doc.id}/revisions/${revision}`, doc))).toMatchObject({ status: 400 });
	});

	it('answers a body that is not JSON with 415', async () => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), null, { raw: 'score=5', contentType: 'text/plain' });
		expect(await refusal(response)).toMatchObject({ status: 415, code: 'unsupported-media-type' });
	});

	it('accepts application/json with a charset', async () => {
		const doc = buildFreshReview();
		expect((await receiver.put(pathOf(doc), doc, { contentType: 'application/json; charset=utf-8' })).status).toBe(201);
	});

	it('answers a body over 2 MiB with 413 and stores nothing', async () => {
		const doc = buildFreshReview();
		const raw = JSON.stringify({ ...doc, padding: 'x'.repeat(2 * 1024 * 1024) });
		expect(await refusal(await receiver.put(pathOf(doc), null, { raw }))).toMatchObject({ status: 413, code: 'too-large' });
		expect((await receiver.get(`/reviews/${doc.id}`)).status).toBe(404);
	});

	it('takes a body just under the limit', async () => {
		const doc = buildFreshReview();
		const base = JSON.stringify({ ...doc, padding: '' });
		const raw = JSON.stringify({ ...doc, padding: 'x'.repeat(2 * 1024 * 1024 - Buffer.byteLength(base)) });
		expect(Buffer.byteLength(raw)).toBe(2 * 1024 * 1024);
		expect((await receiver.put(pathOf(doc), null, { raw })).status).toBe(201);
	});
});
