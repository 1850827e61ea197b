import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

/**
 * Moving from one item to the next (issue 11): the screen is updated in place, not
 * rebuilt, so nothing of one item may show on the next, a tap on its way is still
 * stored, each pane starts at its top again, and the keyboard stays on the control
 * that moved.
 */
const LANDSCAPE = { width: 1280, height: 800 };

test.describe('switching items', () => {
	test('a tap made just before moving on is stored; the next item shows only its own score and text', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		const ws = new WorkspacePage(page);
		const id = await ws.seed({
			change: (doc) => ({
				...doc,
				items: doc.items.map((i) => (i.number === 7 ? { ...i, strengths: 'Seitsemännen vahvuus' } : i.number === 8 ? { ...i, score: 2 as const } : i))
			})
		});
		await ws.openItem(id, 7);
		const strengths = page.getByRole('textbox', { name: 'Vahvuudet' });
		await expect(strengths).toHaveValue('Seitsemännen vahvuus');

		// No wait for the commit: the write starts after the next paint, by then the switch is on its way.
		await ws.anchor(4).click();
		await ws.nextButton().click();
		await expect(ws.heading()).toContainText('8.');
		await expect(ws.anchor(2)).toContainText('Valittu');
		await expect(ws.anchor(4)).not.toContainText('Valittu');
		await expect(page.getByTestId('anchors').locator('.chosen')).toHaveCount(1);
		await expect(ws.scoreRadio(2)).toBeChecked();
		await expect(page.getByTestId('bar-score-2')).toHaveAttribute('aria-pressed', 'true');
		await expect(strengths).toHaveValue('');
		await expect.poll(async () => (await ws.storedItem(id, 7)).score).toBe(4);

		// Typing on item 8 goes to item 8.
		await strengths.fill('Kahdeksannen vahvuus');
		await expect.poll(async () => (await ws.storedItem(id, 8)).strengths).toBe('Kahdeksannen vahvuus');
		expect((await ws.storedItem(id, 7)).strengths).toBe('Seitsemännen vahvuus');

		await ws.prevButton().click();
		await expect(ws.heading()).toContainText('7.');
		await expect(ws.savedMark(4)).toBeVisible();
		await expect(ws.scoreRadio(4)).toBeChecked();
		await expect(strengths).toHaveValue('Seitsemännen vahvuus');

		await page.reload();
		await expect(ws.savedMark(4)).toBeVisible();
	});

	test('the second pane follows a switch a frame later: until then it is hidden and inert, never the item before beside the next one', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		const ws = new WorkspacePage(page);
		const id = await ws.seed({
			change: (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 7 ? { ...i, strengths: 'Seitsemännen vahvuus' } : i)) })
		});
		await ws.openItem(id, 7);
		const strengths = page.getByRole('textbox', { name: 'Vahvuudet' });
		await expect(strengths).toHaveValue('Seitsemännen vahvuus');
		// Watched in the page, in the same task as the DOM change: what the pane is when the
		// next item's title is first there, and whether it is ever usable while holding item 7's text.
		await page.evaluate(() => {
			const w = globalThis as unknown as { __pane: { atTitle?: { inert: boolean; visibility: string }; usableWithOld: boolean } };
			w.__pane = { usableWithOld: false };
			const pane = document.querySelector<HTMLElement>('[data-testid="pane-work"]')!;
			const title = document.querySelector('[data-testid="item-page"] h1')!;
			const check = () => {
				const old = [...pane.querySelectorAll('textarea')].some((t) => t.value === 'Seitsemännen vahvuus');
				if (title.textContent?.includes('8.') && old && !pane.inert) w.__pane.usableWithOld = true;
				if (title.textContent?.includes('8.') && !w.__pane.atTitle) w.__pane.atTitle = { inert: pane.inert, visibility: getComputedStyle(pane).visibility };
			};
			new MutationObserver(check).observe(document.querySelector('[data-testid="item-page"]')!, { subtree: true, childList: true, characterData: true, attributes: true });
		});
		await ws.nextButton().click();
		await expect(ws.heading()).toContainText('8.');
		await expect(strengths).toHaveValue('');
		await expect(page.getByTestId('pane-work')).not.toHaveAttribute('inert');
		await expect(strengths).toBeVisible();
		const seen = await page.evaluate(() => (globalThis as unknown as { __pane: unknown }).__pane);
		expect(seen).toEqual({ atTitle: { inert: true, visibility: 'hidden' }, usableWithOld: false });
		// Typed at once after the pane caught up: stored under item 8, item 7 untouched.
		await strengths.fill('Kahdeksannen vahvuus');
		await expect.poll(async () => (await ws.storedItem(id, 8)).strengths).toBe('Kahdeksannen vahvuus');
		expect((await ws.storedItem(id, 7)).strengths).toBe('Seitsemännen vahvuus');
	});

	test('each pane starts at its top on the next item, and the keyboard stays on "next"', async ({ page }) => {
		await page.setViewportSize(LANDSCAPE);
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 6);
		const panes = [page.getByTestId('pane-score'), page.getByTestId('pane-work')];
		for (const pane of panes) {
			await pane.evaluate((el) => el.scrollTo(0, el.scrollHeight));
			expect(await pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
		}
		await ws.nextButton().focus();
		await page.keyboard.press('Enter');
		await expect(ws.heading()).toContainText('7.');
		for (const pane of panes) expect(await pane.evaluate((el) => el.scrollTop)).toBe(0);
		await expect(ws.nextButton()).toBeFocused();
		// Again, without tabbing back to it; the title says where the reviewer is.
		await page.keyboard.press('Enter');
		await expect(ws.heading()).toContainText('8.');
		await expect(page).toHaveTitle(/^8\. /);
		await expect(ws.nextButton()).toBeFocused();
	});

	test('a figure typed on one item never shows in the same field of the next item', async ({ page }) => {
		// Items 19 and 20 ask for the same two figures (jobs, different).
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 19);
		const jobs = page.getByTestId('figure-jobs').getByRole('textbox');
		await jobs.fill('7'); // still focused when "next" is tapped
		await expect.poll(async () => (await ws.storedItem(id, 19)).figures.jobs).toBe(7);
		await ws.nextButton().click();
		await expect(ws.heading()).toContainText('20.');
		await expect(jobs).toHaveValue('');
		await jobs.fill('3');
		await expect.poll(async () => (await ws.storedItem(id, 20)).figures.jobs).toBe(3);
		await ws.prevButton().click();
		await expect(ws.heading()).toContainText('19.');
		await expect(jobs).toHaveValue('7');
	});
});
