import { expect, test } from '@playwright/test';
import { goOffline, openControlled } from '../support/app';
import { WorkspacePage } from '../pages/workspace';

test.describe('scoring an item', () => {
	test('tapping an anchor stores the score in IndexedDB and it survives a reload', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 6);

		await ws.tapScore(4);
		await expect.poll(async () => (await ws.storedItem(id, 6)).score).toBe(4);

		await page.reload();
		await expect(ws.anchor(4)).toContainText('Valittu');
		await expect(ws.anchor(3)).not.toContainText('Valittu');
		expect((await ws.storedItem(id, 6)).score).toBe(4);
	});

	test('changing and clearing the score is stored, and only the chosen anchor is marked', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 7);

		await ws.tapScore(2);
		await ws.tapScore(5);
		await expect(page.getByText('Valittu', { exact: true })).toHaveCount(1);
		await expect.poll(async () => (await ws.storedItem(id, 7)).score).toBe(5);

		await page.getByRole('button', { name: 'Tyhjennä pisteet' }).click();
		await expect(page.getByText('Valittu', { exact: true })).toHaveCount(0);
		await expect.poll(async () => (await ws.storedItem(id, 7)).score).toBeNull();
	});

	test('keyboard only: Tab reaches the anchors, Space chooses, arrow keys move the stored score', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 9);

		// Tab from the last tab link reaches the score bar's first button; past the bar's five
		// buttons and the anchor-difference toggle it enters the (unchosen) radio group at its first option.
		await page.getByRole('link', { name: 'Raportti' }).focus();
		await page.keyboard.press('Tab');
		await expect(page.getByTestId('bar-score-1')).toBeFocused();
		for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
		await expect(page.getByTestId('anchor-diff-toggle')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(ws.scoreRadio(1)).toBeFocused();
		await page.keyboard.press('Space');
		await expect(ws.anchor(1)).toContainText('Valittu');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await expect(ws.anchor(3)).toContainText('Valittu');
		await expect.poll(async () => (await ws.storedItem(id, 9)).score).toBe(3);
		await page.keyboard.press('ArrowUp');
		await expect.poll(async () => (await ws.storedItem(id, 9)).score).toBe(2);
		await expect(ws.anchor(2)).toContainText('Valittu');
		await expect(ws.anchor(3)).not.toContainText('Valittu');
	});

	test('previous and next buttons move one item, and the jump list goes to any item', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ scores: { 25: 3 } });
		await ws.openItem(id, 1);
		await expect(ws.prevButton()).toHaveCount(0);

		await ws.nextButton().click();
		await expect(page).toHaveURL(new RegExp(`/review/${id}/item/2$`));
		await expect(ws.heading()).toContainText('2.');
		await ws.nextButton().click();
		await expect(ws.heading()).toContainText('3.');
		await ws.prevButton().click();
		await expect(ws.heading()).toContainText('2.');

		await page.getByLabel('Siirry kohtaan').selectOption('25');
		await expect(page).toHaveURL(new RegExp(`/item/25$`));
		await expect(ws.heading()).toContainText('25.');
		await expect(ws.anchor(3)).toContainText('Valittu');
		await expect(ws.nextButton()).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Yhteenveto' }).last()).toBeVisible();
	});

	test('a deep link to item 13 works after a reload and offline from a cold start', async ({ page, context }) => {
		const ws = new WorkspacePage(page);
		await openControlled(page, '/');
		const id = await ws.seed();
		await ws.openItem(id, 13);
		await page.reload();
		await expect(ws.heading()).toContainText('13. Työkyvyn rajoitteista kertominen työpaikalla');

		await goOffline(context);
		const cold = await context.newPage();
		await cold.goto(`/review/${id}/item/13`);
		await expect(cold.getByRole('heading', { level: 1 })).toContainText('13.');
		const offline = new WorkspacePage(cold);
		await offline.tapScore(3);
		await expect.poll(async () => (await offline.storedItem(id, 13)).score).toBe(3);
	});
});
