import { expect, test, type Page } from '@playwright/test';
import { LockPage } from '../pages/lock';
import { WorkspacePage } from '../pages/workspace';

/**
 * The automatic lock in real Chromium, on a clock the test controls (Playwright's
 * page.clock): idle for the set minutes locks, a tap before then starts the count
 * again; coming back after being hidden at least that long locks at once, even
 * though no timer ran meanwhile (a tablet asleep in a bag); a shorter absence
 * does not.
 */
test.describe.configure({ mode: 'serial' });

const PASS = 'kolme karhua metsässä';
const STRENGTHS = 'AJASTIN-TESTI vahvuus';
const IDLE_MINUTES = 2;

/** A review with text on item 7, the lock on with IDLE_MINUTES, and the item open and unlocked. */
async function openLockedReview(page: Page): Promise<{ lock: LockPage; box: ReturnType<Page['getByRole']> }> {
	const ws = new WorkspacePage(page);
	const lock = new LockPage(page);
	const id = await ws.seed({ change: (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 7 ? { ...i, strengths: STRENGTHS } : i)) }) });
	await page.goto('/settings');
	await lock.turnOn(PASS, IDLE_MINUTES);
	await page.goto(`/review/${id}/item/7`);
	await lock.unlock(PASS);
	const box = page.getByRole('textbox', { name: 'Vahvuudet' });
	await expect(box).toHaveValue(STRENGTHS);
	return { lock, box };
}

/** What the browser does when the tab is hidden or shown again: the state and the event. */
async function setVisibility(page: Page, state: 'hidden' | 'visible'): Promise<void> {
	await page.evaluate((s) => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
		Object.defineProperty(document, 'hidden', { configurable: true, get: () => s === 'hidden' });
		document.dispatchEvent(new Event('visibilitychange'));
	}, state);
}

const pageNow = (page: Page) => page.evaluate(() => Date.now());

test('idle for the set minutes locks the open review; a key press before then starts the count again', async ({ page }) => {
	test.slow();
	await page.clock.install();
	const { lock, box } = await openLockedReview(page);

	// Under the limit (the margin is for real time passing on a loaded machine), then a key
	// press: the idle count starts again from there, so the same jump again does not lock.
	await box.press('End');
	await page.clock.fastForward('01:30');
	await expect(lock.screen).toHaveCount(0);
	await box.press('End');
	await page.clock.fastForward('01:30');
	await expect(lock.screen).toHaveCount(0);
	await expect(box).toHaveValue(STRENGTHS);

	// Past the limit since that key press (the check runs every 10 s): locked, nothing of the review shown.
	await page.clock.fastForward('01:00');
	await expect(lock.screen).toBeVisible();
	await expect(box).toHaveCount(0);
	await expect(page.getByText('AJASTIN-TESTI')).toHaveCount(0);

	await lock.unlock(PASS);
	await expect(box).toHaveValue(STRENGTHS);
});

test('hidden at least the set minutes locks at once on coming back, with no timer run meanwhile; a shorter absence does not', async ({ page }) => {
	test.slow();
	await page.clock.install();
	const { lock, box } = await openLockedReview(page);

	// From here no page timer runs unless the test says so: only the return can lock.
	const start = (await pageNow(page)) + 10_000;
	await page.clock.pauseAt(start);
	await box.press('End');

	// Away for a minute (under the limit): still open on return.
	await setVisibility(page, 'hidden');
	await page.clock.setSystemTime(start + 61_000);
	await setVisibility(page, 'visible');
	await expect(box).toHaveValue(STRENGTHS);
	await expect(lock.screen).toHaveCount(0);

	// Away for longer than the limit, with the page's clock jumping (setSystemTime fires no timers).
	await box.press('End');
	const away = await pageNow(page);
	await setVisibility(page, 'hidden');
	await page.clock.setSystemTime(away + IDLE_MINUTES * 60_000 + 5_000);
	await expect(lock.screen).toHaveCount(0); // nothing ran while hidden
	await setVisibility(page, 'visible');
	await expect(lock.screen).toBeVisible();
	await expect(box).toHaveCount(0);

	await page.clock.resume();
	await lock.unlock(PASS);
	await expect(box).toHaveValue(STRENGTHS);
});
