import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';
import { expectAccessible } from '../support/app';

/**
 * Quick destructive taps act at once and offer undo (issue 16): clearing a score,
 * removing a row of a table figure and an entry of a list figure. Undo puts back
 * what was removed, durably: it is in IndexedDB and still there after a reload.
 */
test('undo restores a cleared score, durably', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ scores: { 4: 3 } });
	await ws.openItem(id, 4);
	await expect(ws.anchor(3)).toContainText('Valittu');

	await page.getByRole('button', { name: 'Tyhjennä pisteet' }).click();
	const bar = page.getByTestId('undo-bar');
	await expect(bar).toContainText('Kohdan 4 pisteet poistettiin.');
	await expect.poll(async () => (await ws.storedItem(id, 4)).score).toBeNull();
	await expectAccessible(page);

	await bar.getByRole('button', { name: 'Kumoa' }).click();
	await expect(bar).toHaveCount(0);
	await expect(ws.anchor(3)).toContainText('Valittu');
	expect((await ws.storedItem(id, 4)).score).toBe(3);
	await page.reload();
	await expect(ws.anchor(3)).toContainText('Valittu');
});

test('a score chosen after the clear is not overwritten by undo', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ scores: { 4: 3 } });
	await ws.openItem(id, 4);
	await page.getByRole('button', { name: 'Tyhjennä pisteet' }).click();
	await expect(page.getByTestId('undo-bar')).toBeVisible();
	await ws.tapScore(5);
	await page.getByTestId('undo').click();
	await expect(page.getByTestId('undo-bar')).toHaveCount(0);
	expect((await ws.storedItem(id, 4)).score).toBe(5);
});

test('undo restores a removed table row and a removed list entry in place, durably', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({
		change: (doc) => ({
			...doc,
			items: doc.items.map((i) =>
				i.number === 2
					? { ...i, figures: { coaches: [{ coachingHours: 30, workingHours: 37.5 }, { coachingHours: 20, workingHours: 25 }] } }
					: i.number === 1
						? { ...i, figures: { clients: 30, ftes: [1, 0.5, 0.8] } }
						: i
			)
		})
	});
	await ws.openItem(id, 2);
	const coaches = page.getByTestId('figure-coaches');
	await coaches.getByRole('button', { name: /Poista.*1/ }).click();
	const bar = page.getByTestId('undo-bar');
	await expect(bar).toContainText(/poistettiin kohdasta 2/);
	await expect.poll(async () => (await ws.storedItem(id, 2)).figures.coaches).toEqual([{ coachingHours: 20, workingHours: 25 }]);
	await bar.getByRole('button', { name: 'Kumoa' }).click();
	await expect(bar).toHaveCount(0);
	await expect
		.poll(async () => (await ws.storedItem(id, 2)).figures.coaches)
		.toEqual([{ coachingHours: 30, workingHours: 37.5 }, { coachingHours: 20, workingHours: 25 }]);

	await ws.openItem(id, 1);
	await page.getByTestId('figure-ftes').getByRole('button', { name: /Poista.*2/ }).click();
	await expect.poll(async () => (await ws.storedItem(id, 1)).figures.ftes).toEqual([1, 0.8]);
	// Leaving for another item keeps the offer; undo puts the entry back in its place.
	await page.getByTestId('undo').click();
	await expect.poll(async () => (await ws.storedItem(id, 1)).figures.ftes).toEqual([1, 0.5, 0.8]);
	await page.reload();
	await expect(page.getByTestId('figure-ftes').getByRole('textbox')).toHaveCount(3);
	await expect(page.getByTestId('figure-ftes').getByRole('textbox').nth(1)).toHaveValue('0,5');
});

test('moving to another item keeps the offer, a new removal replaces it, and it can be closed', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ scores: { 4: 3, 5: 2 } });
	await ws.openItem(id, 4);
	await page.getByRole('button', { name: 'Tyhjennä pisteet' }).click();
	const bar = page.getByTestId('undo-bar');
	await expect(bar).toContainText('Kohdan 4');
	await ws.nextButton().click();
	await expect(ws.heading()).toContainText('5.');
	await expect(bar).toContainText('Kohdan 4');

	await page.getByRole('button', { name: 'Tyhjennä pisteet' }).click();
	await expect(bar).toContainText('Kohdan 5');
	await bar.getByRole('button', { name: 'Sulje' }).click();
	await expect(bar).toHaveCount(0);
	const stored = await ws.stored(id);
	expect(stored.items.filter((i) => i.number === 4 || i.number === 5).map((i) => i.score)).toEqual([null, null]);
});
