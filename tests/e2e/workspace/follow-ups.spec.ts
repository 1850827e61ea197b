import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

test('item 23 asks its follow-up questions only when the figures make them apply', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 23);
	const laterQuestion = page.getByTestId('figure-metAfterFirstMonth');
	const rhythmQuestion = page.getByTestId('figure-rhythm');
	await expect(page.getByTestId('figure-started')).toBeVisible();
	await expect(laterQuestion).toHaveCount(0);
	await expect(rhythmQuestion).toHaveCount(0);

	await page.getByTestId('figure-started').getByRole('textbox').fill('9');
	const metAtFour = page.getByTestId('figure-metAtFourMonths').getByRole('textbox');
	await metAtFour.fill('6'); // the case: 6 of 9 met
	await expect(rhythmQuestion).toBeVisible();
	await expect(laterQuestion).toHaveCount(0);

	await metAtFour.fill('0');
	await expect(laterQuestion).toBeVisible();
	await expect(rhythmQuestion).toHaveCount(0);
	await laterQuestion.getByLabel('Ei').check();
	await expect(page.getByTestId('suggested-score')).toHaveText('1 p');

	await metAtFour.fill('3'); // a third: fewer than half, nothing more to ask
	await expect(laterQuestion).toHaveCount(0);
	await expect(rhythmQuestion).toHaveCount(0);
	await expect(page.getByTestId('suggested-score')).toHaveText('2 p');
	// The earlier answer is kept in case the figures change back.
	await expect.poll(async () => (await ws.storedItem(id, 23)).figures).toEqual({ started: 9, metAtFourMonths: 3, metAfterFirstMonth: false });
});
