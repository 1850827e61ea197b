import { expect, test, type Page } from '@playwright/test';
import type { OutboxRow, PayloadRow, ReviewRow } from '../../../src/lib/db/types';
import { UPGRADE_CASES, idbVersion, loadFixture, lostOrChanged, storesAt, type Dump, type StoreShape } from '../../support/upgrades';
import { HomePage } from '../pages/home';
import { WorkspacePage } from '../pages/workspace';
import { dumpDatabase as dump } from '../support/idb-dump';

/**
 * The upgrade harness in Chromium: the raw rows an old build wrote (tests/fixtures)
 * go into an IndexedDB database created at that old version, then the current app
 * starts on it. The same cases run in fake-indexeddb (tests/unit/db/migrations.test.ts).
 */

/** Creates the old database with raw IndexedDB (the page has no Dexie of the old build) and puts the rows in. */
async function writeOldDatabase(page: Page, version: number, stores: StoreShape[], rows: Dump): Promise<void> {
	await page.evaluate(
		({ version, stores, rows }) =>
			new Promise<void>((resolve, reject) => {
				const del = indexedDB.deleteDatabase('laatuarvio');
				del.onerror = () => reject(del.error);
				del.onsuccess = () => {
					const req = indexedDB.open('laatuarvio', version);
					req.onerror = () => reject(req.error);
					req.onupgradeneeded = () => {
						for (const s of stores) {
							const store = req.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
							for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
						}
					};
					req.onsuccess = () => {
						const db = req.result;
						const tx = db.transaction(Object.keys(rows), 'readwrite');
						for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).add(row);
						tx.oncomplete = () => (db.close(), resolve());
						tx.onerror = () => reject(tx.error);
					};
				};
			}),
		{ version, stores, rows }
	);
}

for (const c of UPGRADE_CASES) {
	test(`a database written by version ${c.from} (${c.fixture}) opens in the current app with nothing lost`, async ({ page }) => {
		test.slow();
		const fixture = loadFixture(c.fixture);
		const reviews = fixture.stores.reviews as ReviewRow[];
		const payloads = fixture.stores.payloads as PayloadRow[];
		const outbox = fixture.stores.outbox as OutboxRow[];

		// Uploads the app retries are caught here: their bodies must be the frozen bytes. 503 keeps them queued.
		const sent: string[] = [];
		await page.route(
			(url) => url.pathname.includes('/reviews/'),
			async (route) => {
				if (route.request().method() === 'PUT') sent.push(route.request().postData() ?? '');
				await route.fulfill({ status: 503, headers: { 'Retry-After': '3600', 'Access-Control-Allow-Origin': '*' }, body: '' });
			}
		);

		// A page of the app's origin that runs none of its code, so nothing opens the database first.
		await page.goto('/manifest.webmanifest');
		await writeOldDatabase(page, idbVersion(c.from), storesAt(c.from), fixture.stores);

		const home = new HomePage(page);
		await home.open();
		await expect(home.cards).toHaveCount(Math.min(reviews.length, 20));
		await expect(page.getByTestId('with-receiver').first()).toContainText(/Versio 1 on jo vastaanottajalla/);
		for (const state of ['draft', 'uploaded', 'failed', 'queued']) {
			await expect(page.locator(`[data-state="${state}"]`).first()).toBeVisible();
		}

		const after = await dump(page);
		// The app may legitimately move the queue on at start (a retry); everything else stays as written.
		const { outbox: _outbox, ...still } = fixture.stores;
		expect(lostOrChanged(still, after, c.from)).toEqual([]);
		expect(c.check(fixture.stores, after)).toEqual([]);
		const keys = (rows: unknown[]) => (rows as OutboxRow[]).map((o) => `${o.reviewId}/${o.revision}/${JSON.stringify(o.receipt)}`).sort();
		expect(keys(after.outbox ?? [])).toEqual(keys(outbox));

		// Any retry the app made sent exactly the frozen revision, byte for byte.
		for (const body of sent) {
			const doc = JSON.parse(body) as { id: string; revision: number };
			const frozen = payloads.find((p) => p.reviewId === doc.id && p.revision === doc.revision);
			expect(body).toBe(JSON.stringify(frozen?.doc));
		}

		// And it is usable: a draft from the old database takes an edit.
		const draft = reviews.find((r) => r.status === 'draft' && r.revision === 1)!;
		const ws = new WorkspacePage(page);
		await ws.openItem(draft.id, 25);
		await ws.tapScore(5);
		await expect.poll(async () => (await ws.storedItem(draft.id, 25)).score).toBe(5);
	});
}
