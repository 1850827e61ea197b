import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

const ALL_BUT = (...skip: number[]) =>
	Object.fromEntries(Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => !skip.includes(n)).map((n) => [n, 4]));

test.describe('finishing and reopening', () => {
	test('finishing is blocked while items are unscored, and each is listed as a link', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ scores: ALL_BUT(4, 17) });
		await ws.open(id, '/summary');
		await expect(page.getByTestId('summary-level')).toContainText('Taso määräytyy, kun kaikki 25 kohtaa on pisteytetty');

		await page.getByTestId('finish').click();
		const blocked = page.getByTestId('finish-blocked');
		await expect(blocked).toContainText('2 kohtaa on vielä pisteyttämättä');
		await expect(blocked).toBeFocused();
		await expect(page.getByRole('dialog')).toHaveCount(0);
		expect((await ws.stored(id)).finishedAt).toBeNull();

		await blocked.getByRole('link', { name: /Kohta 17/ }).click();
		await expect(page).toHaveURL(new RegExp(`/review/${id}/item/17$`));
	});

	test('a review scored by tapping can be finished, and is then read-only', async ({ page }) => {
		test.slow();
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 1);
		for (let n = 1; n <= 25; n++) {
			await ws.tapScore(n % 2 === 0 ? 5 : 4);
			if (n < 25) {
				await ws.nextButton().click();
				await expect(ws.heading()).toContainText(`${n + 1}.`);
			}
		}
		await page.getByRole('link', { name: 'Yhteenveto' }).first().click();
		await expect(page.getByTestId('summary-total')).toHaveText('112 / 125');
		await expect(page.getByTestId('summary-level')).toHaveText('Taso: Hyvä taso');

		await page.getByTestId('finish').click();
		const dialog = page.getByRole('dialog', { name: 'Viimeistelläänkö arviointi?' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
		await dialog.getByRole('button', { name: 'Viimeistele' }).click();

		await expect(page.getByTestId('finished-status')).toContainText('Arviointi on viimeistelty');
		// The panel makes no claim about sending: the status line below it follows the outbox.
		await expect(page.getByTestId('finished-status')).not.toContainText('lähetettäväksi');
		await expect(page.getByTestId('finished-banner')).toBeVisible();
		// The finished revision is queued at once, in the same transaction (no endpoint set here).
		await expect(page.getByTestId('review-sync-status').locator('li[data-revision="1"]')).toHaveAttribute('data-state', 'waiting');
		const doc = await ws.stored(id);
		expect(doc.finishedAt).not.toBeNull();
		expect(doc.totals?.total).toBe(112);

		await ws.openItem(id, 13);
		await expect(ws.scoreRadio(3)).toBeDisabled();
		await expect(page.getByRole('button', { name: 'Lisää muistiinpano' })).toBeDisabled();
		await expect(ws.subCriterion('13.1').getByRole('textbox')).toBeDisabled();
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toBeDisabled();
		await ws.open(id, '/visit');
		await expect(page.getByLabel('Johtopäätökset raporttiin')).toBeDisabled();
	});

	test('Escape cancels the finish dialog and nothing is finished', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ scores: ALL_BUT() });
		await ws.open(id, '/summary');
		const button = page.getByTestId('finish');
		await button.click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('dialog')).toHaveCount(0);
		await expect(button).toBeFocused();
		expect((await ws.stored(id)).finishedAt).toBeNull();
	});

	test('reopening a finished review starts revision 2 as an editable draft', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ scores: ALL_BUT() });
		await ws.open(id, '/summary');
		await page.getByTestId('finish').click();
		await page.getByRole('dialog').getByRole('button', { name: 'Viimeistele' }).click();
		await expect(page.getByTestId('finished-status')).toBeVisible();

		await page.getByRole('button', { name: 'Avaa uudelleen muokattavaksi' }).click();
		const dialog = page.getByRole('dialog', { name: 'Avataanko arviointi uudelleen?' });
		await expect(dialog).toContainText('uusi versio (2)');
		await expect(dialog).toContainText('versio 1 säilyy ennallaan');
		await dialog.getByRole('button', { name: 'Avaa uudelleen' }).click();

		await expect(page.getByTestId('finish')).toBeVisible();
		await expect(page.getByTestId('finished-banner')).toHaveCount(0);
		await expect.poll(async () => (await ws.stored(id)).revision).toBe(2);
		expect((await ws.stored(id)).finishedAt).toBeNull();

		await ws.openItem(id, 8);
		await ws.tapScore(2);
		await expect.poll(async () => (await ws.storedItem(id, 8)).score).toBe(2);
	});

	test('a review created at /new opens in the workspace overview', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.createThroughForm('Työhönvalmennus Lomakkeelta');
		await expect(page.getByTestId('service-name')).toHaveText('Työhönvalmennus Lomakkeelta');
		await expect(page.getByTestId('totals')).toContainText('Pisteytetty 0 / 25 kohtaa');
		await page.getByTestId('item-link-1').click();
		await ws.tapScore(5);
		await expect.poll(async () => (await ws.storedItem(id, 1)).score).toBe(5);
	});
});
