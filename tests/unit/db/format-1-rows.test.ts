import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { claimNextDue } from '../../../src/lib/db/outbox';
import { parseStored } from '../../../src/lib/db/read-review';
import type { OutboxRow, ReviewRow } from '../../../src/lib/db/types';
import { editReview, finishReview, reopenReview } from '../../../src/lib/db/writes';
import { setScore } from '../../../src/lib/review/edit';
import { readText, setText } from '../../../src/lib/review/text-targets';
import { FORMAT, FORMAT_1 } from '../../../src/lib/review/schema';
import formatOne from '../../fixtures/finished-review.json';

/**
 * Rows exactly as the format-1 build wrote them (document format 1 in `reviews` and in
 * `payloads`), opened by this code: nothing lost, documents read as format 2, a row is
 * rewritten in format 2 on its next write, and a frozen payload is sent as it was.
 */
const finished = () => structuredClone(formatOne) as unknown as ReviewRow['doc'];

function oldRow(doc: ReviewRow['doc']): ReviewRow {
	const scores = doc.items.flatMap((i) => (i.score === null ? [] : [i.score]));
	return {
		id: doc.id,
		status: doc.finishedAt ? 'finished' : 'draft',
		revision: doc.revision,
		updatedAt: doc.updatedAt,
		serviceKey: 'x|y',
		summary: { ...doc.meta, scored: scores.length, items: doc.items.length, total: scores.reduce((a, b) => a + b, 0) },
		doc,
		exportedAt: null,
		importedAt: null,
		copyOf: null
	};
}

const outbox = (doc: ReviewRow['doc'], status: OutboxRow['status']): OutboxRow => ({
	reviewId: doc.id,
	revision: doc.revision,
	service: doc.meta.service,
	status,
	attempts: status === 'uploaded' ? 1 : 0,
	nextAttemptAt: 0,
	lastError: null,
	receipt: status === 'uploaded' ? { receiptId: 'r-1' } : null,
	enqueuedAt: doc.updatedAt,
	updatedAt: doc.updatedAt,
	uploadedAt: status === 'uploaded' ? doc.updatedAt : null
});

const DRAFT_ID = '7c0e7c5e-7d7b-4c45-9d8f-2a1f2b3c4d01';
const QUEUED_ID = '7c0e7c5e-7d7b-4c45-9d8f-2a1f2b3c4d02';
const UPLOADED_ID = '7c0e7c5e-7d7b-4c45-9d8f-2a1f2b3c4d03';

beforeEach(async () => {
	useDatabase(openDatabase(`test-${crypto.randomUUID()}`));
	const db = database();
	const draft = { ...finished(), id: DRAFT_ID, finishedAt: null, totals: null, conclusions: 'Luonnos' };
	draft.items = draft.items.map((i) => (i.number === 25 ? { ...i, score: null } : i));
	const queued = { ...finished(), id: QUEUED_ID };
	const uploaded = { ...finished(), id: UPLOADED_ID };
	await db.reviews.bulkPut([oldRow(draft), oldRow(queued), oldRow(uploaded)]);
	await db.outbox.bulkPut([outbox(queued, 'pending'), outbox(uploaded, 'uploaded')]);
	await db.payloads.bulkPut([queued, uploaded].map((doc) => ({ reviewId: doc.id, revision: doc.revision, doc })));
});
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('a database written with format-1 documents', () => {
	it('reads every review, as format 2, with nothing lost', async () => {
		for (const id of [DRAFT_ID, QUEUED_ID, UPLOADED_ID]) {
			const row = await database().reviews.get(id);
			expect(row?.doc.format).toBe(FORMAT_1);
			const loaded = parseStored(row);
			expect(loaded.kind).toBe('ready');
			if (loaded.kind !== 'ready') continue;
			const { format, ratings, consensus, visit, ...rest } = loaded.doc;
			expect([format, ratings, consensus]).toEqual([FORMAT, [], []]);
			const { format: _old, visit: storedVisit, ...stored } = row!.doc;
			// Nothing lost: every stored field as it was (fields added later only get their defaults),
			// and the old interviews as interview sessions (issue 11).
			expect(rest).toMatchObject(stored);
			expect(visit.sessions.map((s) => [s.id, s.kind, s.role, s.when])).toEqual(storedVisit.interviews.map((i) => [i.id, 'interview', i.role, i.when]));
			expect(visit).toMatchObject({ documentsChecked: storedVisit.documentsChecked, schedule: storedVisit.schedule });
		}
	});

	it('writes format 2 at the next edit of a draft, keeping what was typed', async () => {
		const doc = await editReview(DRAFT_ID, setScore(25, 3));
		expect(doc).toMatchObject({ format: FORMAT, ratings: [], conclusions: 'Luonnos' });
		expect((await database().reviews.get(DRAFT_ID))?.doc.format).toBe(FORMAT);
		const finishedNow = await finishReview(DRAFT_ID);
		expect(finishedNow.ok && finishedNow.doc.format).toBe(FORMAT);
	});

	it.each([
		[{ kind: 'item', item: 3, field: 'justification' }, 'Perusteltu poikkeama'],
		[{ kind: 'conclusions' }, 'Uusi johtopäätös']
	] as const)('typing into a field the old document lacks is stored, never dropped (%j)', async (target, text) => {
		// The row as the old build wrote it has no `justification` at all; the edit must start
		// from the parsed document (defaults filled), as the screen that shows the field does.
		expect('justification' in (await database().reviews.get(DRAFT_ID))!.doc.items[2]!).toBe(false);
		const doc = await editReview(DRAFT_ID, setText(target, text));
		expect(readText(doc, target)).toBe(text);
		const loaded = parseStored(await database().reviews.get(DRAFT_ID));
		expect(loaded.kind === 'ready' && readText(loaded.doc, target)).toBe(text);
	});

	it('sends a queued format-1 payload as it was frozen, byte for byte', async () => {
		const before = JSON.stringify((await database().payloads.get([QUEUED_ID, 1]))?.doc);
		await reopenReview(QUEUED_ID);
		const claimed = await claimNextDue(Date.now());
		expect(claimed?.reviewId).toBe(QUEUED_ID);
		expect(JSON.stringify(claimed?.doc)).toBe(before);
		expect(claimed?.doc.format).toBe(FORMAT_1);
	});

	it('reopens an uploaded format-1 review as a format-2 draft of the next revision; the outbox keeps its receipt', async () => {
		const doc = await reopenReview(UPLOADED_ID);
		expect(doc).toMatchObject({ format: FORMAT, revision: 2, finishedAt: null });
		expect((await database().outbox.get([UPLOADED_ID, 1]))?.receipt).toEqual({ receiptId: 'r-1' });
		expect((await database().payloads.get([UPLOADED_ID, 1]))?.doc.format).toBe(FORMAT_1);
	});
});
