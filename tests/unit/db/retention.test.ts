import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { readRetentionPlan, removeConfirmedNotes } from '../../../src/lib/db/retention';
import { saveSettings } from '../../../src/lib/db/settings';
import type { OutboxRow } from '../../../src/lib/db/types';
import { rowFor } from '../../../src/lib/db/writes';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';

const UPLOADED_AT = '2026-11-01T10:00:00.000Z';
const DAY = 86_400_000;

function outboxOf(doc: ReviewDocument, status: OutboxRow['status']): OutboxRow {
	return {
		reviewId: doc.id,
		revision: doc.revision,
		service: doc.meta.service,
		status,
		attempts: 1,
		nextAttemptAt: 0,
		lastError: null,
		receipt: status === 'uploaded' ? { receiptId: 'r-1' } : null,
		enqueuedAt: UPLOADED_AT,
		updatedAt: UPLOADED_AT,
		uploadedAt: status === 'uploaded' ? UPLOADED_AT : null
	};
}

async function store(status: OutboxRow['status']) {
	const doc = buildFreshReview();
	const db = database();
	await db.reviews.put(rowFor(doc));
	await db.outbox.put(outboxOf(doc, status));
	await db.payloads.put({ reviewId: doc.id, revision: doc.revision, doc });
	return doc;
}

const notesIn = (doc: { items: { notes: unknown[] }[] } | undefined) => doc?.items.reduce((n, i) => n + i.notes.length, 0) ?? -1;

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('removeConfirmedNotes', () => {
	it('on a device that has never run it, starts the clock instead of removing notes confirmed long ago', async () => {
		const uploaded = await store('uploaded');
		const firstStart = Date.parse(UPLOADED_AT) + 90 * DAY;
		expect(await removeConfirmedNotes('due', firstStart)).toBe(0);
		expect(notesIn((await database().reviews.get(uploaded.id))?.doc)).toBeGreaterThan(0);
		const [entry] = await readRetentionPlan(firstStart);
		expect(entry?.removeAt).toBe(new Date(firstStart + 30 * DAY).toISOString());
		expect(await removeConfirmedNotes('due', firstStart + 30 * DAY)).toBe(1);
	});

	it('removes notes of an uploaded revision once due, from the review and its payload, keeping scores and the receipt', async () => {
		const uploaded = await store('uploaded');
		const pending = await store('pending');
		// The rule in force since before the upload (a device that has run it for a while).
		await database().settings.put({ key: 'retention', days: 30, since: '2026-10-01T00:00:00.000Z' });
		expect(notesIn(uploaded)).toBeGreaterThan(0);

		expect(await removeConfirmedNotes('due', Date.parse(UPLOADED_AT) + 29 * DAY)).toBe(0);
		expect(await removeConfirmedNotes('due', Date.parse(UPLOADED_AT) + 30 * DAY)).toBe(1);

		const db = database();
		const row = await db.reviews.get(uploaded.id);
		expect(notesIn(row?.doc)).toBe(0);
		expect(row?.doc.visit.documentsChecked).toBe('');
		expect(row?.doc.items.map((i) => i.score)).toEqual(uploaded.items.map((i) => i.score));
		expect(row?.doc.totals).toEqual(uploaded.totals);
		expect(row?.summary.total).toBe(100);
		expect(notesIn((await db.payloads.get([uploaded.id, 1]))?.doc)).toBe(0);
		expect((await db.outbox.get([uploaded.id, 1]))?.receipt).toEqual({ receiptId: 'r-1' });

		// The unconfirmed review and its frozen payload are exactly as they were.
		expect((await db.reviews.get(pending.id))?.doc).toEqual(pending);
		expect((await db.payloads.get([pending.id, 1]))?.doc).toEqual(pending);
	});

	it('follows the setting: off keeps notes however old; remove now removes every confirmed revision', async () => {
		const uploaded = await store('uploaded');
		await saveSettings('retention', { days: null });
		const far = Date.parse('2036-01-01T00:00:00.000Z');
		expect(await readRetentionPlan(far)).toMatchObject([{ reviewId: uploaded.id, removeAt: null, due: false }]);
		expect(await removeConfirmedNotes('due', far)).toBe(0);
		expect(await removeConfirmedNotes('all', Date.parse(UPLOADED_AT))).toBe(1);
		expect(await readRetentionPlan(far)).toEqual([]);
	});

	it('never touches a failed, paused or uploading revision, even with remove now', async () => {
		const docs = [await store('failed'), await store('paused'), await store('uploading')];
		expect(await removeConfirmedNotes('all')).toBe(0);
		for (const doc of docs) expect((await database().payloads.get([doc.id, 1]))?.doc).toEqual(doc);
	});
});
