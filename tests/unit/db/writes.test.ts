import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import {
	createReview,
	deleteReview,
	editReview,
	finishReview,
	markExported,
	reopenReview
} from '../../../src/lib/db/writes';
import { setMeta, setScore } from '../../../src/lib/review/edit';
import { LATEST_EDITION_ID } from '../../../src/lib/instrument/index';

import { failure, meta } from './support';

async function scoreAll(id: string, score: 1 | 2 | 3 | 4 | 5 = 4, skip: number[] = []) {
	for (let n = 1; n <= 25; n++) if (!skip.includes(n)) await editReview(id, setScore(n, score));
}

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('the review write path', () => {
	it('creates a draft with a blank answer for all 25 items and a list summary', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		const row = await database().reviews.get(id);
		expect(row?.status).toBe('draft');
		expect(row?.doc.items).toHaveLength(25);
		expect(row?.doc.items.find((i) => i.number === 13)?.subCriteria).toHaveProperty('13.4');
		expect(row?.summary).toMatchObject({ service: meta.service, scored: 0, items: 25, total: 0 });
	});

	it('refuses an unknown edition and writes nothing', async () => {
		expect(await failure(createReview(meta, 'no-such-edition'))).toMatchObject({ kind: 'invalid' });
		expect(await database().reviews.count()).toBe(0);
	});

	it('refuses an edit the schema would refuse, and keeps what was stored', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await editReview(id, setScore(1, 2));
		const before = (await database().reviews.get(id))?.doc;
		const tooLong = 'x'.repeat(20_001);
		expect(await failure(editReview(id, (d) => ({ ...d, conclusions: tooLong })))).toEqual({
			kind: 'invalid',
			message: 'conclusions: too_big'
		});
		expect(await failure(editReview(id, setMeta({ service: '' })))).toMatchObject({ kind: 'invalid' });
		expect((await database().reviews.get(id))?.doc).toEqual(before);
	});

	it('keeps the summary in step with every edit', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await editReview(id, setScore(1, 5));
		await editReview(id, setScore(2, 3));
		expect((await database().reviews.get(id))?.summary).toMatchObject({ scored: 2, total: 8 });
	});

	it('does not finish while items are unscored, and queues nothing', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await scoreAll(id, 4, [7, 19]);
		const result = await finishReview(id);
		expect(result).toEqual({ ok: false, reason: 'unscored', unscored: [7, 19] });
		expect((await database().reviews.get(id))?.status).toBe('draft');
		expect(await database().outbox.count()).toBe(0);
	});

	it('finishes and enqueues the frozen revision in the same transaction', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await scoreAll(id, 4);
		const result = await finishReview(id);
		expect(result.ok).toBe(true);
		const row = await database().reviews.get(id);
		expect(row?.status).toBe('finished');
		expect(row?.doc.totals?.total).toBe(100);
		const entry = await database().outbox.get([id, 1]);
		expect(entry).toMatchObject({ status: 'pending', attempts: 0, revision: 1, service: meta.service });
		expect((await database().payloads.get([id, 1]))?.doc).toEqual(row?.doc);
	});

	it('makes a finished review read-only until reopened as the next revision', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await scoreAll(id, 3);
		await finishReview(id);
		expect(await failure(editReview(id, setScore(1, 1)))).toEqual({ kind: 'read-only', status: 'finished' });
		const reopened = await reopenReview(id);
		expect(reopened.revision).toBe(2);
		await editReview(id, setScore(1, 1));
		// The queued revision 1 is untouched by edits to revision 2.
		expect((await database().payloads.get([id, 1]))?.doc.items[0]?.score).toBe(3);
		await finishReview(id);
		expect(await database().outbox.count()).toBe(2);
	});

	it('deletes a draft, but refuses while a finished revision is unsent', async () => {
		const draft = await createReview(meta, LATEST_EDITION_ID);
		await deleteReview(draft);
		expect(await database().reviews.get(draft)).toBeUndefined();

		const done = await createReview(meta, LATEST_EDITION_ID);
		await scoreAll(done, 5);
		await finishReview(done);
		expect(await failure(deleteReview(done))).toEqual({ kind: 'unsent', count: 1 });
		expect(await database().reviews.get(done)).toBeDefined();

		await database().outbox.update([done, 1], { status: 'uploaded' });
		await deleteReview(done);
		expect(await database().reviews.get(done)).toBeUndefined();
		expect(await database().outbox.count()).toBe(0);
		expect(await database().payloads.count()).toBe(0);
	});

	it('edits compose: a later edit sees the earlier one', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await Promise.all([editReview(id, setScore(1, 2)), editReview(id, setScore(2, 5))]);
		const doc = (await database().reviews.get(id))?.doc;
		expect(doc?.items.slice(0, 2).map((i) => i.score)).toEqual([2, 5]);
	});

	it('an edit keeps the row history (exported, imported, copy of)', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		const row = (await database().reviews.get(id))!;
		await database().reviews.put({ ...row, exportedAt: 'x', importedAt: '2026-11-04T10:00:00.000Z', copyOf: 'abc' });
		await editReview(id, setScore(3, 2));
		expect(await database().reviews.get(id)).toMatchObject({ exportedAt: 'x', importedAt: '2026-11-04T10:00:00.000Z', copyOf: 'abc' });
	});

	it('records exports', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await markExported([id], '2026-11-04T10:00:00.000Z');
		expect((await database().reviews.get(id))?.exportedAt).toBe('2026-11-04T10:00:00.000Z');
	});
});
