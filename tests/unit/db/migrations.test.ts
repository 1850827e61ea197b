import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, useDatabase, type Database } from '../../../src/lib/db/database';
import { listState } from '../../../src/lib/db/list-state';
import { claimNextDue, countUnsent } from '../../../src/lib/db/outbox';
import { watchReviewList, type ListEntry } from '../../../src/lib/db/reads';
import type { OutboxRow, PayloadRow, ReviewRow } from '../../../src/lib/db/types';
import { VERSIONS } from '../../../src/lib/db/versions';
import { deleteReview, editReview } from '../../../src/lib/db/writes';
import { setScore } from '../../../src/lib/review/edit';
import { UPGRADE_CASES, idbVersion, loadFixture, lostOrChanged, storesAt, type Dump, type StoreShape } from '../../support/upgrades';

/**
 * Opens databases written by old builds (raw rows recorded from them, see
 * tests/fixtures/db-v1/README.md) with the current schema. The same cases run in
 * Chromium in tests/e2e/home/upgrade.spec.ts.
 */

let open: Database[] = [];
afterEach(() => {
	for (const db of open) db.close();
	open = [];
	useDatabase(null);
});

/** Writes the fixture's rows through a Dexie that declares only the versions up to `from`, as the old build did. */
async function writtenAt(name: string, from: number, stores: Dump): Promise<void> {
	const old = openDatabase(name, from);
	await old.open();
	await old.transaction('rw', old.tables, async () => {
		for (const [store, rows] of Object.entries(stores)) await old.table(store).bulkAdd(rows);
	});
	old.close();
}

async function dump(db: Database): Promise<Dump> {
	const out: Dump = {};
	for (const table of db.tables) out[table.name] = await table.toArray();
	return out;
}

function shapeOf(name: string): Promise<{ version: number; stores: StoreShape[] }> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(name);
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const idb = req.result;
			const names = [...idb.objectStoreNames];
			const tx = idb.transaction(names, 'readonly');
			const stores = names.map((n) => {
				const s = tx.objectStore(n);
				return {
					name: n,
					keyPath: s.keyPath,
					autoIncrement: s.autoIncrement,
					indexes: [...s.indexNames].map((i) => {
						const index = s.index(i);
						return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
					})
				};
			});
			idb.close();
			resolve({ version: idb.version, stores });
		};
	});
}

const sorted = (stores: StoreShape[]) =>
	[...stores].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ ...s, indexes: [...s.indexes].sort((a, b) => a.name.localeCompare(b.name)) }));

function firstList(): Promise<ListEntry[]> {
	return new Promise((resolve, reject) => {
		const sub = watchReviewList().subscribe({ next: (v) => (sub.unsubscribe(), resolve(v)), error: reject });
	});
}

describe('the schema as the harness rebuilds it', () => {
	it.each(VERSIONS.map((v) => v.version))('version %i: raw IndexedDB stores equal the ones Dexie makes', async (version) => {
		const name = `shape-${crypto.randomUUID()}`;
		const db = openDatabase(name, version);
		await db.open();
		db.close();
		const made = await shapeOf(name);
		expect(made.version).toBe(idbVersion(version));
		expect(sorted(made.stores)).toEqual(sorted(storesAt(version)));
	});
});

describe.each(UPGRADE_CASES)('a database written by version $from ($fixture) opened by the current app', (c) => {
	const fixture = loadFixture(c.fixture);

	async function upgraded(): Promise<{ db: Database; after: Dump }> {
		const name = `upgrade-${crypto.randomUUID()}`;
		await writtenAt(name, c.from, fixture.stores);
		const db = openDatabase(name);
		open.push(db);
		await db.open();
		return { db, after: await dump(db) };
	}

	it('the fixture is what that version wrote: its stores, and rows of every kind', () => {
		expect(fixture.idbVersion).toBe(idbVersion(c.from));
		expect(Object.keys(fixture.stores).sort()).toEqual(storesAt(c.from).map((s) => s.name).sort());
		const outbox = fixture.stores.outbox as OutboxRow[];
		const reviews = fixture.stores.reviews as ReviewRow[];
		expect(new Set(outbox.map((o) => o.status))).toEqual(new Set(['uploaded', 'failed', 'pending']));
		expect(new Set(reviews.map((r) => r.status))).toEqual(new Set(['draft', 'finished']));
		expect(outbox.some((o) => o.receipt !== null)).toBe(true);
		expect(fixture.stores.settings?.length).toBeGreaterThan(0);
	});

	it('keeps every old row, payloads byte for byte, and fills the new stores', async () => {
		const { db, after } = await upgraded();
		expect(db.verno).toBe(VERSIONS.at(-1)!.version);
		expect(lostOrChanged(fixture.stores, after, c.from)).toEqual([]);
		expect(c.check(fixture.stores, after)).toEqual([]);
	});

	it('is usable at once: the list, the queue, a retry with the same bytes, an edit, a delete', async () => {
		const { db } = await upgraded();
		useDatabase(db);
		const reviews = fixture.stores.reviews as ReviewRow[];
		const outbox = fixture.stores.outbox as OutboxRow[];

		const list = await firstList();
		expect(list.map((e) => e.summary.id).sort()).toEqual(reviews.map((r) => r.id).sort());
		const states = list.map((e) => listState(e.summary, e.outbox));
		expect(new Set(states.map((s) => s.kind))).toEqual(new Set(['draft', 'uploaded', 'failed', 'queued']));
		// The reopened review: a draft whose earlier revision is with the receiver.
		expect(states.some((s) => s.kind === 'draft' && s.uploadedRevision !== null)).toBe(true);

		expect(await countUnsent()).toBe(outbox.filter((o) => o.status !== 'uploaded').length);
		// A retry sends exactly the bytes that were frozen when the review was finished.
		const claimed = await claimNextDue(Date.now() + 365 * 24 * 3600 * 1000);
		expect(claimed).not.toBeNull();
		const frozen = (fixture.stores.payloads as PayloadRow[]).find((p) => p.reviewId === claimed!.reviewId && p.revision === claimed!.revision);
		expect(JSON.stringify(claimed!.doc)).toBe(JSON.stringify(frozen!.doc));

		const draft = reviews.find((r) => r.status === 'draft' && r.revision === 1)!;
		await editReview(draft.id, setScore(25, 5));
		expect((await db.summaries.get(draft.id))?.scored).toBe(draft.summary.scored + 1);

		const sent = outbox.find((o) => o.status === 'uploaded' && reviews.find((r) => r.id === o.reviewId)?.status === 'finished')!;
		await deleteReview(sent.reviewId);
		expect(await db.summaries.get(sent.reviewId)).toBeUndefined();
		expect(await db.reviews.get(sent.reviewId)).toBeUndefined();
	});
});

describe('lostOrChanged: what counts against an upgrade', () => {
	const before: Dump = { reviews: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }], settings: [{ key: 'sync' }] };
	it.each([
		['nothing changed', { reviews: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }], settings: [{ key: 'sync' }] }, []],
		['a row the app added after the open', { reviews: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }], settings: [{ key: 'sync' }, { key: 'retention' }] }, []],
		['a lost row', { reviews: [{ id: 'a', n: 1 }], settings: [{ key: 'sync' }] }, ['reviews: 1 of 2 rows lost or changed', 'reviews: 2 rows before, 1 after']],
		['a changed row', { reviews: [{ id: 'a', n: 1 }, { id: 'b', n: 3 }], settings: [{ key: 'sync' }] }, ['reviews: 1 of 2 rows lost or changed']],
		['a lost store', { reviews: [{ id: 'a', n: 1 }, { id: 'b', n: 2 }] }, ['settings: 1 of 1 rows lost or changed', 'settings: 1 rows before, 0 after']]
	] as [string, Dump, string[]][])('%s', (_, after, problems) => {
		expect(lostOrChanged(before, after, 1)).toEqual(problems);
	});
});
