import { expect, test, type Page } from '@playwright/test';
import { LockPage } from '../pages/lock';

/**
 * What the start fetches, and when (issues 14 and 15; src/lib/ui/home/home-screen.ts): the HTML's early
 * open tells whether a lock is set; with the lock on the list's code is not requested before the lock
 * screen is in the document, and the list is there after the unlock; with it off the list is drawn.
 */

const PASS = 'kuusi kuusta kuusikossa';

/** Set before any app code runs: when the lock screen entered the document. */
const MARK_LOCK_SCREEN = `new MutationObserver((_, o) => {
	if (!document.querySelector('[data-testid="lock-screen"]')) return;
	globalThis.__lockAt = performance.now();
	o.disconnect();
}).observe(document, { childList: true, subtree: true });`;

const lockHint = (page: Page) => page.evaluate(() => (window as unknown as { __laatuarvioLock: Promise<boolean | null> }).__laatuarvioLock);

/** Scripts requested before the lock screen was in the document that hold the list's own template. */
const listCodeBeforeLockScreen = (page: Page) =>
	page.evaluate(async () => {
		const lockAt = (globalThis as { __lockAt?: number }).__lockAt ?? Infinity;
		const early = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime <= lockAt);
		const texts = await Promise.all(early.map(async (e) => ({ url: e.name, text: await (await fetch(e.name)).text() })));
		return { early: early.length, list: texts.filter((t) => t.text.includes('data-testid="home-status"')).map((t) => t.url) };
	});

test('a first start finds no lock and draws the list', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('empty-state')).toBeVisible();
	expect(await lockHint(page)).toBe(false);
});

test('with the lock on the list’s code waits for the lock screen, and the list is there after the unlock', async ({ page }) => {
	test.slow(); // the key derivation, twice, on a loaded machine
	const lock = new LockPage(page);
	await page.goto('/settings');
	await lock.turnOn(PASS);

	await page.addInitScript({ content: MARK_LOCK_SCREEN });
	await page.goto('/');
	await expect(lock.screen).toBeVisible();
	expect(await lockHint(page)).toBe(true);
	await expect(page.getByTestId('empty-state')).toHaveCount(0);
	const { early, list } = await listCodeBeforeLockScreen(page);
	expect(early).toBeGreaterThan(0); // the probe saw the start's scripts
	expect(list).toEqual([]);

	await lock.unlock(PASS);
	await expect(lock.screen).toHaveCount(0);
	await expect(page.getByTestId('empty-state')).toBeVisible();
	await expect(page.getByTestId('lock-now')).toBeVisible();
});
