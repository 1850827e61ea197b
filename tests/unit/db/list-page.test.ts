import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase, type Database } from '../../../src/lib/db/database';
import { readListPage } from '../../../src/lib/db/list-page';
import { putReviewRows, reviewTables } from '../../../src/lib/db/review-rows';
import type { OutboxRow } from '../../../src/lib/db/types';
import { rowFor } from '../../../src/lib/db/writes';
import { buildFreshReview } from '../../fixtures/review-builder';

/**
 * The list's first page read without Dexie (src/lib/db/list-page.ts) must be exactly what
 * Dexie's list query starts with (the newest summaries by updatedAt, their outbox rows, the
 * count), or null whenever it cannot be sure. fake-indexeddb has no getAllRecords, so this is
 * the cursor path; Chromium's one-request path runs in tests/e2e/home/first-frame.spec.ts.
 */

let open: Database[] = [];
afterEach(() => {
	for (const db of open) db.close();
	open = [];
});

async function seeded(count: number, opts: { outboxFor?: number; lock?: boolean } = {}) {
	const name = `list-page-${crypto.randomUUID()}`;
	const db = openAppDatabase(name);
	open.push(db);
	// Every third review shares its edit time with the next: ties must order as Dexie orders them.
	const rows = Array.from({ length: count }, (_, i) =>
		rowFor(
			buildFreshReview({
				updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i - (i % 3 === 1 ? 1 : 0))).toISOString(),
				meta: { ...buildFreshReview().meta, service: `Palvelu ${i}` }
			})
		)
	);
	await db.transaction('rw', reviewTables(db), () => putReviewRows(db, rows));
	const outbox: OutboxRow[] = rows.slice(0, opts.outboxFor ?? 0).flatMap((r) =>
		[2, 1].map((revision) => ({
			reviewId: r.id,
			revision,
			service: r.summary.service,
			status: revision === 1 ? ('uploaded' as const) : ('pending' as const),
			attempts: 0,
			nextAttemptAt: 0,
			lastError: null,
			receipt: null,
			enqueuedAt: r.updatedAt,
			updatedAt: r.updatedAt,
			uploadedAt: null
		}))
	);
	await db.outbox.bulkPut(outbox);
	if (opts.lock) await db.settings.put({ key: 'lock' } as never);
	return { name, db };
}

describe('readListPage', () => {
	it.each([
		{ count: 0, limit: 20 },
		{ count: 1, limit: 20 },
		{ count: 19, limit: 20 },
		{ count: 20, limit: 20 },
		{ count: 21, limit: 20 },
		{ count: 45, limit: 20 },
		{ count: 5, limit: 0 }
	])('with $count reviews and a page of $limit: the newest first, as the live list orders them, and the total', async ({ count, limit }) => {
		const { name, db } = await seeded(count);
		const expected = (await db.summaries.orderBy('updatedAt').reverse().toArray()).slice(0, limit);
		const page = await readListPage(limit, name);
		expect(page?.total).toBe(count);
		expect(page?.entries.map((e) => e.summary)).toEqual(expected);
	});

	it('joins each review with its own outbox rows, oldest revision first', async () => {
		const { name } = await seeded(30, { outboxFor: 30 });
		const page = await readListPage(20, name);
		expect(page?.entries).toHaveLength(20);
		for (const { summary, outbox } of page!.entries) {
			expect(outbox.map((o) => [o.reviewId, o.revision])).toEqual([
				[summary.id, 1],
				[summary.id, 2]
			]);
		}
	});

	it('reads nothing with a lock row present: rows may be sealed, only the vault reads them', async () => {
		const { name } = await seeded(3, { lock: true });
		expect(await readListPage(20, name)).toBeNull();
	});

	it('gives up on a row that is not a summary rather than draw it', async () => {
		const { name, db } = await seeded(3);
		await db.summaries.put({ id: 'sealed', updatedAt: '2030-01-01T00:00:00.000Z', sealed: 'x' } as never);
		expect(await readListPage(20, name)).toBeNull();
	});

	it('does not create a database that does not exist yet (the app creates it at its version)', async () => {
		const name = `list-page-missing-${crypto.randomUUID()}`;
		expect(await readListPage(20, name)).toBeNull();
		expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
	});

	it('does not hold up Dexie: the app opens the database while the read runs', async () => {
		const { name, db } = await seeded(5);
		db.close();
		const reading = readListPage(20, name);
		const again = openAppDatabase(name);
		open.push(again);
		await again.open();
		expect((await reading)?.total).toBe(5);
	});
});
