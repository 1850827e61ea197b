import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openAppDatabase, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { writeImport } from '../../../src/lib/db/import';
import { summaryOf } from '../../../src/lib/db/summary';
import { createReview, deleteReview, editReview, finishReview, markExported, reopenReview, rowFor } from '../../../src/lib/db/writes';
import { LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { setMeta, setScore } from '../../../src/lib/review/edit';
import type { ReviewMeta } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';

/**
 * The summaries table is what the list reads instead of documents. Whatever a
 * write verb does to a review, its summary must say the same afterwards, in the
 * same transaction: these cases compare the stored summary with one derived from
 * the stored row after each verb.
 */

const meta: ReviewMeta = {
	service: 'Työhönvalmennus Kuopio',
	organisation: 'Kuopion kaupunki',
	place: 'Kuopio',
	reviewers: ['Arvioija A'],
	startDate: '2026-10-05',
	endDate: null,
	reviewType: 'self'
};

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

async function inStep(id: string) {
	const [row, summary] = await Promise.all([database().reviews.get(id), database().summaries.get(id)]);
	expect(row).toBeDefined();
	expect(summary).toEqual(summaryOf(row!));
	return summary!;
}

describe('summaries follow the one write path', () => {
	it('create, edit, finish, reopen, export and delete each leave the summary equal to the row', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		expect(await inStep(id)).toMatchObject({ status: 'draft', revision: 1, scored: 0, total: 0, level: null, finishedAt: null });

		await editReview(id, setMeta({ ...meta, service: 'Uusi nimi' }));
		expect((await inStep(id)).service).toBe('Uusi nimi');

		for (let n = 1; n <= 25; n++) await editReview(id, setScore(n, 4));
		expect(await inStep(id)).toMatchObject({ scored: 25, total: 100 });

		const finished = await finishReview(id);
		expect(finished.ok).toBe(true);
		const after = await inStep(id);
		expect(after).toMatchObject({ status: 'finished', revision: 1, level: 'good' });
		expect(after.finishedAt).not.toBeNull();

		await reopenReview(id);
		expect(await inStep(id)).toMatchObject({ status: 'draft', revision: 2, finishedAt: null, level: null });

		await markExported([id], '2026-11-30T00:00:00.000Z');
		expect((await inStep(id)).exportedAt).toBe('2026-11-30T00:00:00.000Z');
	}, 30_000); // 30 writes: slow only on a loaded machine

	it('a deleted review leaves no summary behind', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await deleteReview(id);
		expect(await database().summaries.count()).toBe(0);
	});

	it('a refused write changes neither the row nor its summary', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		const before = await database().summaries.get(id);
		await expect(editReview(id, (d) => ({ ...d, meta: { ...d.meta, service: '' } }))).rejects.toThrow();
		expect(await database().summaries.get(id)).toEqual(before);
	});

	it('an import writes a summary for every review it adds', async () => {
		const doc = buildFreshReview();
		const result = await writeImport([{ kind: 'add', doc, copyOf: null }], '2026-11-30T00:00:00.000Z');
		expect(result.ok).toBe(true);
		expect(await inStep(doc.id)).toMatchObject({ importedAt: '2026-11-30T00:00:00.000Z', exportedAt: '2026-11-30T00:00:00.000Z' });
	});
});

describe('when the database opens', () => {
	it('a review row stored without a summary gets one, and a summary without a review is dropped', async () => {
		const name = `repair-${crypto.randomUUID()}`;
		const raw = openDatabase(name);
		const doc = buildFreshReview();
		await raw.reviews.put(rowFor(doc));
		await raw.summaries.put({ ...summaryOf(rowFor(buildFreshReview({ id: crypto.randomUUID() }))) });
		raw.close();

		const db = openAppDatabase(name);
		const summaries = await db.summaries.toArray();
		expect(summaries).toEqual([summaryOf(rowFor(doc))]);
		db.close();
	});
});
