import { expect, test } from '@playwright/test';
import { finishedReview, openApp, outboxRow, ReportPage, seed, snapshot } from '../pages/report';
import { expectAccessible, storedReview } from '../support/app';
import { DataPage, jsonFile } from './data-page';

const mine = finishedReview({ conclusions: 'Laitteella oleva versio.' });
const theirs = { ...mine, revision: 2, conclusions: 'Tiedoston versio.', updatedAt: '2026-03-10T10:00:00.000Z' };
const file = jsonFile('arviointi.json', JSON.stringify(theirs));

test.describe('a review whose id is already on the device', () => {
	test('is not written until the reviewer decides; cancelling changes nothing', async ({ page }) => {
		await openApp(page);
		await seed(page, [mine], { outbox: [outboxRow(mine, 'uploaded')] });
		const data = new DataPage(page);
		await data.open();
		const before = await snapshot(page);

		await data.choose(file);
		await expect(data.plan).toContainText('1 samalla tunnisteella eri sisältöisenä');
		const conflict = page.getByTestId('conflict');
		await expect(conflict).toContainText('versio 1');
		await expect(conflict).toContainText('versio 2');
		await expectAccessible(page);

		await data.importButton.click();
		await expect(data.importStatus).toHaveText('Valitse ensin, mitä tehdään jokaiselle ristiriidalle (1 valitsematta).');
		expect(await snapshot(page)).toEqual(before);

		await data.cancelButton.click();
		await expect(data.plan).toBeHidden();
		await expect(data.importStatus).toHaveText('Tuonti peruttiin. Laitteen tietoihin ei tehty muutoksia.');
		expect(await snapshot(page)).toEqual(before);
	});

	test('"keep both" imports the file\'s version as a copy under a new id', async ({ page }) => {
		await openApp(page);
		await seed(page, [mine], { outbox: [outboxRow(mine, 'uploaded')] });
		const data = new DataPage(page);
		await data.open();
		await data.choose(file);
		await page.getByRole('radio', { name: /^Säilytä molemmat/ }).check();
		await data.importButton.click();
		await expect(page.getByTestId('import-done')).toHaveText('Tuonti valmis: 0 lisätty, 1 tuotu kopiona, 0 korvattu, 0 ohitettu.');

		expect(await storedReview(page, mine.id)).toEqual(mine);
		const rows = (await snapshot(page)).reviews as { id: string; copyOf?: string; doc: typeof mine }[];
		const copy = rows.find((r) => r.id !== mine.id);
		expect(copy?.copyOf).toBe(mine.id);
		expect(copy?.doc).toEqual({ ...theirs, id: copy?.id });
		await new ReportPage(page).open(copy!.id);
		await expect(page.getByText(`Tuotu kopio arvioinnista ${mine.id}`)).toBeVisible();
	});

	test('"keep the newer" replaces an uploaded review with the file\'s higher revision', async ({ page }) => {
		await openApp(page);
		await seed(page, [mine], { outbox: [outboxRow(mine, 'uploaded')] });
		const data = new DataPage(page);
		await data.open();
		await data.choose(file);
		await expect(page.getByTestId('conflict')).toContainText('Tiedoston versio on uudempi ja korvaa laitteella olevan.');
		await page.getByRole('radio', { name: /^Säilytä uudempi/ }).check();
		await data.importButton.click();
		await expect(page.getByTestId('import-done')).toContainText('1 korvattu');
		expect(await storedReview(page, mine.id)).toEqual(theirs);
	});

	test('"keep the newer" never replaces a finished review that is still unsent', async ({ page }) => {
		await openApp(page);
		await seed(page, [mine], { outbox: [outboxRow(mine, 'pending')] });
		const data = new DataPage(page);
		await data.open();
		const before = await snapshot(page);
		await data.choose(file);
		const conflict = page.getByTestId('conflict');
		await expect(conflict).toContainText('valmis versio lähettämättä');
		await expect(conflict).toContainText('Laitteella olevaa ei korvata, koska sen valmista versiota ei ole vielä lähetetty.');
		await page.getByRole('radio', { name: /^Säilytä uudempi/ }).check();
		await data.importButton.click();
		await expect(page.getByTestId('import-done')).toContainText('0 korvattu, 1 ohitettu');
		expect(await snapshot(page)).toEqual(before);
	});
});
