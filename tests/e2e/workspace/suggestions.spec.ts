import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

test.describe('suggested scores', () => {
	test('the count suggestion follows the checklist', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 13);
		await expect(ws.suggestion()).toContainText('Arvioimatta: 13.1, 13.2, 13.3, 13.4');

		for (const sub of ['13.1', '13.2', '13.3']) await ws.subCriterion(sub).getByLabel('Täyttyy').check();
		await expect(ws.suggestion()).toContainText('Arvioimatta: 13.4');
		await ws.subCriterion('13.4').getByLabel('Ei täyty').check();
		await expect(ws.suggestion()).toContainText('3/4 täyttyy → ehdotus 4');

		await ws.subCriterion('13.2').getByLabel('Ei täyty').check();
		await expect(ws.suggestion()).toContainText('2/4 täyttyy → ehdotus 3');
		await expect.poll(async () => (await ws.storedItem(id, 13)).subCriteria['13.2']?.met).toBe(false);
		// The suggestion never sets the score.
		expect((await ws.storedItem(id, 13)).score).toBeNull();
	});

	test('a chosen score that differs from the suggestion is flagged on the item and the overview', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 13);
		for (const sub of ['13.1', '13.2', '13.3', '13.4']) await ws.subCriterion(sub).getByLabel('Täyttyy').check();
		await expect(ws.suggestion()).toContainText('4/4 täyttyy → ehdotus 5');
		await ws.tapScore(3);
		await expect(page.getByTestId('differs')).toContainText('(3 p) poikkeavat ehdotuksesta (5 p)');

		await ws.open(id);
		await expect(page.getByTestId('item-link-13')).toContainText('eroaa ehdotuksesta (5 p)');
		await ws.open(id, '/summary');
		await expect(page.getByTestId('mismatch-list')).toContainText('valittu 3 p, ehdotus 5 p');
	});

	test('item 17 with 3 contacts a week per coach shows the measure, score 2 and a gap warning', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 17);
		await expect(page.getByTestId('suggestion').first()).toContainText('Puuttuu');

		await page.getByRole('button', { name: 'Lisää työhönvalmentaja' }).click();
		await page.getByRole('textbox', { name: 'Työhönvalmentaja 1 Kasvokkaiset työnantajatapaamiset' }).fill('3');
		await page.getByRole('textbox', { name: 'Työhönvalmentaja 1 Työnhakija-asiakkaat' }).fill('8');
		await page.getByLabel('Tiiminvetäjä käy seurantalomakkeet läpi viikoittain').check();

		await expect(page.getByTestId('measure')).toHaveText(/^\s*3\s+kertaa viikossa\s*$/);
		await expect(page.getByTestId('suggested-score')).toHaveText('2 p');
		const gap = page.getByTestId('gap-warning');
		await expect(gap).toBeVisible();
		await expect(gap).toHaveAttribute('role', 'note');
		await expect(gap).toContainText('3 tapaamista ei kuulu mihinkään pistemäärään');

		await expect
			.poll(async () => (await ws.storedItem(id, 17)).figures)
			.toEqual({ coaches: [{ contacts: 3, jobSeekers: 8 }], tracking: 'weekly' });
		// Four contacts close the gap.
		await page.getByRole('textbox', { name: 'Työhönvalmentaja 1 Kasvokkaiset työnantajatapaamiset' }).fill('4');
		await expect(page.getByTestId('suggested-score')).toHaveText('3 p');
		await expect(page.getByTestId('gap-warning')).toHaveCount(0);
	});

	test('an impossible figure is explained and the field is marked', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 1);
		await page.getByLabel(/Työhönvalmentajien aktiiviset asiakkaat yhteensä/).fill('40');
		await page.getByRole('button', { name: 'Lisää työhönvalmentaja' }).click();
		await page.getByLabel('Työhönvalmentaja 1', { exact: true }).fill('0');
		await expect(page.getByTestId('figure-problem')).toContainText('Työhönvalmentaja 1: Luvun on oltava suurempi kuin nolla.');
		await expect(page.getByLabel('Työhönvalmentaja 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');

		await page.getByLabel('Työhönvalmentaja 1', { exact: true }).fill('1');
		await page.getByRole('button', { name: 'Lisää työhönvalmentaja' }).click();
		await page.getByLabel('Työhönvalmentaja 2', { exact: true }).fill('0.6');
		await expect(page.getByTestId('measure')).toContainText('25');
		await expect(page.getByTestId('suggested-score')).toHaveText('4 p');
		await expect.poll(async () => (await ws.storedItem(id, 1)).figures).toEqual({ clients: 40, ftes: [1, 0.6] });
	});
});
