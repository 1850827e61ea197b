import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { existingReviews, importInfo, writeImport } from '../../../src/lib/db/import';
import { rowFor } from '../../../src/lib/db/writes';
import type { OutboxRow } from '../../../src/lib/db/types';
import { planImport, resolvePlan, type ImportAction } from '../../../src/lib/exchange/plan';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';

const NOW = '2026-11-22T10:00:00.000Z';

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

async function store(doc: ReviewDocument, outbox: OutboxRow['status'] | null = null) {
	await database().reviews.put(rowFor(doc));
	if (outbox) {
		await database().outbox.put({
			reviewId: doc.id, revision: doc.revision, service: doc.meta.service, status: outbox, attempts: 0, nextAttemptAt: 0,
			lastError: null, receipt: null, enqueuedAt: NOW, updatedAt: NOW, uploadedAt: null
		});
	}
}

async function snapshot() {
	return { reviews: await database().reviews.toArray(), outbox: await database().outbox.toArray() };
}

async function importFile(incoming: ReviewDocument[], decisions: Record<string, 'keep-both' | 'keep-newer'> = {}) {
	const plan = planImport(await existingReviews(incoming.map((d) => d.id)), incoming);
	const resolved = resolvePlan(plan, decisions, () => crypto.randomUUID());
	if (!resolved.ok) throw new Error('undecided');
	return { resolved, result: await writeImport(resolved.actions, NOW) };
}

describe('the import write path', () => {
	it('adds new reviews as finished/draft rows, marked imported and exported, and queues nothing', async () => {
		const finished = buildFreshReview();
		const draft = { ...buildFreshReview(), finishedAt: null, totals: null };
		const { result } = await importFile([finished, draft]);
		expect(result).toEqual({ ok: true, counts: { added: 2, copies: 0, replaced: 0, skipped: 0 } });
		const row = (await database().reviews.get(finished.id))!;
		expect(row).toMatchObject({ status: 'finished', exportedAt: NOW, importedAt: NOW, copyOf: null });
		expect(row.doc).toEqual(finished);
		expect(importInfo(row)).toEqual({ importedAt: NOW, copyOf: null });
		expect(importInfo(rowFor(finished))).toBeNull();
		expect((await database().reviews.get(draft.id))?.status).toBe('draft');
		expect(await database().outbox.count()).toBe(0);
	});

	it('reports what is on the device, with its unsent revisions', async () => {
		const doc = buildFreshReview();
		await store(doc, 'pending');
		expect(await existingReviews([doc.id, 'other'])).toEqual([
			{ id: doc.id, revision: 1, updatedAt: doc.updatedAt, status: 'finished', unsent: 1, doc }
		]);
	});

	it('keep both: the stored review stays, the incoming one is added under a new id as a copy', async () => {
		const mine = buildFreshReview({ conclusions: 'laitteella' });
		await store(mine, 'uploaded');
		const theirs = { ...mine, revision: 2, conclusions: 'tiedostossa' };
		const { result } = await importFile([theirs], { [mine.id]: 'keep-both' });
		expect(result.ok && result.counts).toEqual({ added: 0, copies: 1, replaced: 0, skipped: 0 });
		const rows = (await database().reviews.toArray());
		expect(rows).toHaveLength(2);
		expect(rows.find((r) => r.id === mine.id)?.doc.conclusions).toBe('laitteella');
		const copy = rows.find((r) => r.id !== mine.id);
		expect(copy).toMatchObject({ copyOf: mine.id, doc: { conclusions: 'tiedostossa', revision: 2 } });
	});

	it('keep newer replaces an uploaded review with a higher incoming revision', async () => {
		const mine = buildFreshReview();
		await store(mine, 'uploaded');
		const theirs = { ...mine, revision: 2, finishedAt: null, totals: null };
		const { result } = await importFile([theirs], { [mine.id]: 'keep-newer' });
		expect(result.ok && result.counts.replaced).toBe(1);
		expect((await database().reviews.get(mine.id))?.doc).toEqual(theirs);
		expect(await database().outbox.count()).toBe(1);
	});

	it('keep newer never replaces a finished review that is still unsent', async () => {
		const mine = buildFreshReview();
		await store(mine, 'pending');
		const before = await snapshot();
		const { result } = await importFile([{ ...mine, revision: 2 }], { [mine.id]: 'keep-newer' });
		expect(result.ok && result.counts).toEqual({ added: 0, copies: 0, replaced: 0, skipped: 1 });
		expect(await snapshot()).toEqual(before);
	});

	it('an identical review is skipped without a question', async () => {
		const mine = buildFreshReview();
		await store(mine);
		const { resolved } = await importFile([mine]);
		expect(resolved.ok && resolved.actions).toEqual([{ kind: 'skip', id: mine.id, reason: 'identical' }]);
	});

	it('writes nothing at all when a review changed on the device after planning', async () => {
		const mine = buildFreshReview();
		await store(mine, 'uploaded');
		const fresh = buildFreshReview();
		const actions: ImportAction[] = [
			{ kind: 'add', doc: fresh, copyOf: null },
			{ kind: 'replace', doc: { ...mine, revision: 3 }, replaces: { revision: 1, updatedAt: mine.updatedAt } }
		];
		await store({ ...mine, revision: 2 }, 'uploaded');
		const before = await snapshot();
		expect(await writeImport(actions, NOW)).toEqual({ ok: false, reason: 'changed', ids: [mine.id] });
		expect(await snapshot()).toEqual(before);
	});

	it('writes nothing when an id to add appeared meanwhile', async () => {
		const doc = buildFreshReview();
		const other = buildFreshReview();
		await store(doc);
		const result = await writeImport([{ kind: 'add', doc: other, copyOf: null }, { kind: 'add', doc, copyOf: null }], NOW);
		expect(result).toEqual({ ok: false, reason: 'changed', ids: [doc.id] });
		expect(await database().reviews.get(other.id)).toBeUndefined();
	});

	it('refuses a document that fails the schema, before opening a transaction', async () => {
		const bad = { ...buildFreshReview(), revision: 0 };
		await expect(writeImport([{ kind: 'add', doc: bad, copyOf: null }], NOW)).rejects.toThrow();
		expect(await database().reviews.count()).toBe(0);
	});
});
