import { expect, test, type Locator, type Page } from '@playwright/test';
import { setSubCriterionMet } from '../../../src/lib/review/edit';
import { expectAccessible } from '../support/app';
import { allScored, WorkspacePage } from '../pages/workspace';

/**
 * The item screen keeps the score in reach (issue 11 part 5): two panes on a
 * landscape tablet, a sticky score bar in portrait, the suggested anchor with
 * "use suggestion", the anchor differences, Finnish hyphenation, less chrome.
 * Item 25 has the most sub-criteria (six) and a long fifth anchor.
 */
const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 800, height: 1280 };
const LAST_SUB = '25.6';

async function inViewport(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const vp = page.viewportSize()!;
	return !!box && box.y >= 0 && box.y + Math.min(box.height, 60) <= vp.height && box.x >= 0 && box.x + box.width <= vp.width;
}

test.describe('the item screen layout', () => {
	test('landscape: the score and the last sub-criterion are both visible, each pane scrolls on its own', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 25);
		const bar = page.getByTestId('score-bar');
		const last = ws.subCriterion(LAST_SUB);
		await expect(last).toBeVisible();
		await last.scrollIntoViewIfNeeded();
		expect(await inViewport(page, bar), 'score bar on screen').toBe(true);
		expect(await inViewport(page, last), 'last sub-criterion on screen').toBe(true);
		// The work pane scrolled, not the page: the score bar never moved away.
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		const paneScrolled = await page.getByTestId('pane-work').evaluate((el) => el.scrollTop);
		expect(paneScrolled).toBeGreaterThan(0);
		// Side by side.
		const left = (await page.getByTestId('pane-score').boundingBox())!;
		const right = (await page.getByTestId('pane-work').boundingBox())!;
		expect(right.x).toBeGreaterThanOrEqual(left.x + left.width);

		// Scoring from the bar: the anchor card follows, and it is stored.
		await page.getByTestId('bar-score-3').click();
		await expect(ws.savedMark(3)).toBeAttached();
		await expect.poll(async () => (await ws.storedItem(id, 25)).score).toBe(3);
		await expect(page.getByTestId('bar-score-3')).toHaveAttribute('aria-pressed', 'true');
		await expectAccessible(page);
	});

	test('portrait: the score bar is reachable after scrolling to the last sub-criterion', async ({ page }) => {
		await page.setViewportSize(PORTRAIT);
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 25);
		const last = ws.subCriterion(LAST_SUB);
		await last.scrollIntoViewIfNeeded();
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
		const bar = page.getByTestId('score-bar');
		expect(await inViewport(page, bar), 'score bar stuck on screen').toBe(true);
		await page.getByTestId('bar-score-4').click();
		await expect(page.getByTestId('bar-state')).toHaveAttribute('data-state', 'saved');
		await expect(page.getByTestId('bar-state')).toContainText('Valittu 4 p');
		await expect.poll(async () => (await ws.storedItem(id, 25)).score).toBe(4);
		// Nothing scrolled back to do it.
		expect(await inViewport(page, last)).toBe(true);
		await expectAccessible(page);
	});

	test('the suggested anchor is marked on its card and one tap on "use suggestion" sets the score', async ({ page }) => {
		const ws = new WorkspacePage(page);
		// All six met: the count rule suggests 5.
		const id = await ws.seed({
			scores: { 25: 2 },
			change: (doc) => ['25.1', '25.2', '25.3', '25.4', '25.5', '25.6'].reduce((d, sub) => setSubCriterionMet(25, sub, true)(d), doc)
		});
		await ws.openItem(id, 25);
		await expect(ws.anchor(5).getByTestId('suggested-tag')).toHaveText('Ehdotus');
		await expect(page.getByTestId('suggested-tag')).toHaveCount(1);
		await expect(page.getByTestId('differs')).toBeVisible();
		await page.getByTestId('use-suggestion').click();
		await expect(ws.savedMark(5)).toBeAttached();
		await expect.poll(async () => (await ws.storedItem(id, 25)).score).toBe(5);
		// Chosen: no more "use", no more deviation to justify.
		await expect(page.getByTestId('use-suggestion')).toHaveCount(0);
		await expect(page.getByTestId('bar-use-suggestion')).toHaveCount(0);
		await expect(page.getByTestId('differs')).toHaveCount(0);
	});

	test('anchor differences: marked with ins/del when switched on, remembered on the device', async ({ page }) => {
		// A reload and axe over five marked-up anchors: past a minute on a shared 2-core machine.
		test.slow();
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 7);
		const toggle = page.getByTestId('anchor-diff-toggle');
		await expect(toggle).not.toBeChecked();
		await expect(page.locator('[data-testid="anchors"] ins')).toHaveCount(0);

		await toggle.check();
		await expect(ws.anchor(4).locator('ins').first()).toBeVisible();
		await expect(ws.anchor(1).locator('ins, del')).toHaveCount(0); // nothing below the first
		// Not colour alone: added text is underlined, removed text struck through.
		expect(await ws.anchor(4).locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
		const del = page.locator('[data-testid="anchors"] del').first();
		if (await del.count()) expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');

		await page.reload();
		await expect(page.getByTestId('anchor-diff-toggle')).toBeChecked();
		await expect(ws.anchor(4).locator('ins').first()).toBeVisible();
		await expectAccessible(page);
		await page.getByTestId('anchor-diff-toggle').uncheck();
		await expect(page.locator('[data-testid="anchors"] ins')).toHaveCount(0);
	});

	test('Finnish headings and criteria hyphenate instead of breaking mid-word', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 5);
		for (const el of [ws.heading(), page.locator('.description')]) {
			await expect(el).toHaveAttribute('lang', 'fi');
			expect(await el.evaluate((e) => getComputedStyle(e).hyphens)).toBe('auto');
		}
	});

	test('a finished review on a landscape tablet: the score controls start high on the screen', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ scores: allScored(4), finishedAt: '2026-11-20T10:00:00.000Z' });
		await ws.openItem(id, 7);
		await expect(page.getByTestId('finished-banner')).toBeVisible();
		const bar = (await page.getByTestId('score-bar').boundingBox())!;
		const anchor = (await ws.anchor(1).boundingBox())!;
		const nav = (await page.locator('.item-nav').boundingBox())!;
		// Before this layout nothing to score was above the first anchor of item 7, at y ≈ 553
		// (item 25: 680); now the score bar ends by y = 400 and the first anchor shows above the bottom bar.
		expect(bar.y + bar.height).toBeLessThanOrEqual(400);
		expect(anchor.y + 40).toBeLessThanOrEqual(nav.y);
		await expect(page.getByTestId('bar-score-4')).toBeDisabled();
	});
});
