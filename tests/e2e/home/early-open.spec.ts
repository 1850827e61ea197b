import { expect, test, type Page } from '@playwright/test';
import { HomePage } from '../pages/home';

/**
 * The HTML opens IndexedDB before the app's code arrives (src/app.html, decision 35). That open asks
 * for no version, so it must never create, upgrade or hold the database: only Dexie does those.
 */

const databases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((d) => `${d.name}@${d.version}`));

/** The version the database has once the early open is done: open requests run in order, so this one runs after it. */
const versionAfterEarlyOpen = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const req = indexedDB.open('laatuarvio');
				req.onupgradeneeded = (e) => {
					resolve(e.oldVersion);
					req.transaction!.abort();
				};
				req.onsuccess = () => {
					resolve(req.result.version);
					req.result.close();
				};
				req.onerror = (e) => e.preventDefault();
			})
	);

test('on a first start the HTML’s early open creates no database (Dexie creates it)', async ({ page }) => {
	// The page without the app's code: only the inline script touches IndexedDB.
	await page.route('**/_app/**', (route) => route.abort());
	await page.goto('/');
	expect(await versionAfterEarlyOpen(page)).toBe(0);
	expect(await databases(page)).toEqual([]);

	await page.unroute('**/_app/**');
	await new HomePage(page).open();
	expect(await databases(page)).toEqual(['laatuarvio@20']);
});

test('on a later start it leaves the database as it is and lets Dexie open it (no connection held)', async ({ page }) => {
	await new HomePage(page).open();
	await page.route('**/_app/**', (route) => route.abort());
	await page.goto('/');
	// Runs after the early open (open requests run in order). A versionchange is blocked by any connection left open; the early open closed its own.
	const upgraded = await page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const req = indexedDB.open('laatuarvio', 30);
				req.onblocked = () => resolve('blocked');
				req.onupgradeneeded = () => req.transaction!.abort();
				req.onerror = () => resolve('upgrade ran');
			})
	);
	expect(upgraded).toBe('upgrade ran');
	expect(await databases(page)).toEqual(['laatuarvio@20']);
});
