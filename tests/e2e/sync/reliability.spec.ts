import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, openControlled } from '../support/app';
import { API, finishedReview, nextRevision, Receiver, SyncPage, TOKEN } from '../pages/sync';
import { outboxRow } from '../support/seed';
import { StubReceiver } from '../support/stub-receiver';

/**
 * Issue 9, the sync side: one upload queue (the worker keeps nothing), redirects never
 * followed, superseded revisions settled, unsendable tokens refused, and a badge that
 * claims nothing it has not checked. Serial: the real receiver's log is shared.
 */
test.describe.configure({ mode: 'serial' });

let receiver: Receiver;
test.beforeAll(async () => (receiver = await Receiver.open()));
test.afterAll(async () => receiver.close());

type RawEntry = { db: string; store: string; key: string; text: string };

/** Every value of every object store of every IndexedDB database of the origin, as text (buffers and blobs decoded). */
function dumpIndexedDb(page: Page): Promise<RawEntry[]> {
	return page.evaluate(async () => {
		const decode = async (value: unknown): Promise<unknown> => {
			if (value instanceof Blob) return await value.text();
			if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
			if (ArrayBuffer.isView(value)) return new TextDecoder().decode(value);
			if (Array.isArray(value)) return Promise.all(value.map(decode));
			if (value && typeof value === 'object') {
				const out: Record<string, unknown> = {};
				for (const [k, v] of Object.entries(value)) out[k] = await decode(v);
				return out;
			}
			return value;
		};
		const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
		const entries: { db: string; store: string; key: string; text: string }[] = [];
		for (const info of await indexedDB.databases()) {
			if (!info.name) continue;
			const db = await request(indexedDB.open(info.name));
			for (const store of Array.from(db.objectStoreNames)) {
				const tx = db.transaction(store, 'readonly');
				const [keys, values] = await Promise.all([request(tx.objectStore(store).getAllKeys()), request(tx.objectStore(store).getAll())]);
				for (let i = 0; i < values.length; i++) {
					entries.push({ db: info.name, store, key: JSON.stringify(keys[i]), text: JSON.stringify(await decode(values[i])) });
				}
			}
			db.close();
		}
		return entries;
	});
}

/** Fires the Background Sync event in the page's service worker, as Chromium does when connectivity returns. */
async function fireSyncEvent(page: Page, tags: string[]): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	const registrations: { registrationId: string; scopeURL: string }[] = [];
	cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
	await cdp.send('ServiceWorker.enable');
	const origin = new URL(page.url()).origin;
	await expect.poll(() => registrations.some((r) => r.scopeURL.startsWith(origin))).toBe(true);
	const { registrationId } = registrations.find((r) => r.scopeURL.startsWith(origin))!;
	for (const tag of tags) await cdp.send('ServiceWorker.dispatchSyncEvent', { origin, registrationId, tag, lastChance: false });
}

test('the service worker keeps no copy: after the connection changed, a sync event sends nothing to the old receiver', async ({ page }) => {
	test.slow();
	const old = await StubReceiver.start('down');
	try {
		await openControlled(page, '/settings');
		const sync = new SyncPage(page);
		await sync.configure(old.api, 'old-stub-token');
		const doc = finishedReview('Vanha vastaanottaja');
		await sync.seed([doc]);
		// The PUT failed for want of a reply: the row waits in the app's outbox.
		await expect.poll(async () => (await sync.outboxRow(doc.id))?.lastError?.kind, { timeout: 30_000 }).toBe('retry');

		await sync.configure(API, TOKEN); // the reviewer changes the connection
		await sync.expectStatus(doc.id, 1, 'uploaded', 45_000);
		old.mode = 'up'; // the old receiver is back

		// Workbox's old replay tag and the app's own: neither may send anything anywhere.
		await fireSyncEvent(page, ['workbox-background-sync:laatuarvio-outbox', 'laatuarvio-outbox']);
		await page.waitForTimeout(3_000);
		expect(old.puts()).toEqual([]);
		expect((await receiver.attempts(doc.id)).map((a) => a.status)).toEqual([201]); // once, at the new receiver

		const raw = await dumpIndexedDb(page);
		expect(raw.filter((e) => e.text.includes('old-stub-token') || e.key.includes('old-stub-token'))).toEqual([]);
		expect(raw.filter((e) => e.text.includes(TOKEN)).map((e) => `${e.db}/${e.store}/${e.key}`)).toEqual(['laatuarvio/settings/"sync"']);
		expect(raw.filter((e) => e.db !== 'laatuarvio' && e.text.includes(doc.id))).toEqual([]); // no copy of the review either
	} finally {
		await old.close();
	}
});

test('the worker deletes the background-sync database an earlier version left, token and all', async ({ page }) => {
	// A page that runs no app script, so the worker is not yet installed while the leftover is written.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('workbox-background-sync', 3);
				open.onupgradeneeded = () => open.result.createObjectStore('requests', { autoIncrement: true });
				open.onsuccess = () => {
					const tx = open.result.transaction('requests', 'readwrite');
					tx.objectStore('requests').add({ queueName: 'laatuarvio-outbox', requestData: { method: 'PUT', headers: { authorization: 'Bearer leftover-token' } } });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await openControlled(page, '/');
	await expect.poll(async () => (await page.evaluate(() => indexedDB.databases())).map((d) => d.name), { timeout: 15_000 }).not.toContain('workbox-background-sync');
	expect(JSON.stringify(await dumpIndexedDb(page))).not.toContain('leftover-token');
});

test('a redirecting endpoint is never followed: the review stays queued, paused with "set the final address"', async ({ page }) => {
	const moved = await StubReceiver.start('redirect');
	try {
		const sync = new SyncPage(page);
		await sync.goto();
		await sync.configure(moved.api, 'stub-token');
		const doc = finishedReview('Uudelleenohjaus');
		await sync.seed([doc]);
		const entry = await sync.expectStatus(doc.id, 1, 'paused');
		await expect(entry).toContainText('ohjaa toiseen osoitteeseen');
		await expect(sync.badge).toHaveAttribute('data-state', 'paused');
		await expect(sync.badge).toContainText('osoite ohjaa muualle');
		expect(moved.requests.filter((r) => r.path.startsWith('/elsewhere'))).toEqual([]); // the target saw nothing
		await page.waitForTimeout(3_000);
		expect(moved.puts()).toHaveLength(1); // no hot loop: one try, then it waits for new settings
		expect(await sync.outboxRow(doc.id)).toMatchObject({ status: 'paused', lastError: { kind: 'redirect' } });
	} finally {
		await moved.close();
	}
});

test('a revision lost to a captive portal is superseded once the next one is confirmed: said so, no retry, never sent', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure();
	const r1 = finishedReview('Korvattu versio');
	const r2 = nextRevision(r1, 3, 5);
	const portal = { ...outboxRow(r1, 'failed'), lastError: { kind: 'bad-reply' as const, message: 'reply is not JSON (HTTP 200)', status: 200 } };
	// The review as it is now (revision 2), revision 1 failed on the portal's page, revision 2 queued.
	await sync.seedRows({ reviews: [r2], outbox: [portal, outboxRow(r2)] });

	await sync.expectStatus(r1.id, 2, 'uploaded');
	const first = await sync.expectStatus(r1.id, 1, 'superseded');
	await expect(first).toContainText('Korvattu uudemmalla versiolla: vastaanottajalla on jo versio 2');
	await expect(first.getByRole('button')).toHaveCount(0);
	// Revision 2 arrives exactly once and revision 1 never (seedRows writes the rows where no pass can see them before the app restarts).
	expect((await receiver.attempts(r1.id)).map((a) => a.path.split('/').pop())).toEqual(['2']);
	await expect(sync.badge).toHaveAttribute('data-state', 'all-sent');

	// The finish panel follows the outbox too: no "ready to be sent" over a sent revision.
	await page.goto(`/review/${r1.id}/summary`);
	await expect(page.getByTestId('finished-status')).toBeVisible();
	await expect(page.getByTestId('finished-status')).not.toContainText('lähetettäväksi');
	await expect(page.getByTestId('review-sync-status').locator('li[data-revision="2"]')).toHaveAttribute('data-state', 'uploaded');
	await expect(page.getByTestId('review-sync-status').locator('li[data-revision="1"]')).toHaveAttribute('data-state', 'superseded');
});

test('the connection form refuses a token with an invisible character, and says which and where', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.endpoint.fill(API);
	await sync.token.fill('e2e\u200Btoken');
	await page.getByRole('button', { name: 'Tallenna yhteysasetukset' }).click();
	const error = page.getByTestId('token-error');
	await expect(error).toContainText('U+200B');
	await expect(error).toContainText('kohdassa 4');
	await expect(sync.token).toBeFocused();
	await expect(sync.token).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByTestId('connection-message')).toHaveCount(0);
	const stored = await page.evaluate(
		() =>
			new Promise<unknown>((resolve) => {
				const open = indexedDB.open('laatuarvio');
				open.onsuccess = () => {
					const req = open.result.transaction('settings').objectStore('settings').get('sync');
					req.onsuccess = () => (open.result.close(), resolve(req.result ?? null));
				};
			})
	);
	expect(stored).toBeNull(); // nothing saved, the endpoint included
	await expectAccessible(page);

	await sync.token.fill('e2e-token');
	await expect(error).toHaveCount(0);
});

for (const path of ['/settings', '/new', '/data']) {
	test(`on a fresh device, ${path} never shows "all sent" before it has read the queue and the settings`, async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { badgeHistory: string[] }).badgeHistory = seen;
			const record = () => {
				const badge = document.querySelector<HTMLElement>('[data-testid="sync-badge"]');
				if (!badge) return;
				const entry = `${badge.dataset.state}|${badge.textContent?.replace(/\s+/g, ' ').trim()}`;
				if (seen.at(-1) !== entry) seen.push(entry);
			};
			new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
		});
		await page.goto(path);
		await expect(page.getByTestId('sync-badge').first()).toHaveAttribute('data-state', 'not-configured', { timeout: 15_000 });
		const history = await page.evaluate(() => (window as unknown as { badgeHistory: string[] }).badgeHistory);
		expect(history[0]).toMatch(/^checking\|/);
		expect(history.filter((h) => h.startsWith('all-sent') || h.includes('Kaikki lähetetty'))).toEqual([]);
	});
}
