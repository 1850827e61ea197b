import { expect, test } from '@playwright/test';
import { expectAccessible, storedReview } from '../support/app';
import { HomePage, fixtureReview, outboxRow, seed } from '../pages/home';

test('deleting a draft needs confirmation: cancel and Escape keep it, confirm removes it from the list and IndexedDB', async ({
	page
}) => {
	const home = new HomePage(page);
	await home.open();
	const doc = fixtureReview({ service: 'Työhönvalmennus Lahti' }, true);
	await seed(page, { reviews: [doc] });
	await page.reload();

	const deleteButton = home.deleteButton('Työhönvalmennus Lahti');
	await deleteButton.click();
	await expect(home.dialog).toBeVisible();
	await expect(home.dialog).toContainText('Työhönvalmennus Lahti');
	await expect(home.dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
	await expectAccessible(page);

	await home.dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect(home.dialog).toBeHidden();
	await expect(deleteButton).toBeFocused();
	await expect(home.card('Työhönvalmennus Lahti')).toHaveCount(1);

	await deleteButton.click();
	await page.keyboard.press('Escape');
	await expect(home.dialog).toBeHidden();
	await expect(deleteButton).toBeFocused();
	expect(await storedReview(page, doc.id)).not.toBeNull();

	await deleteButton.click();
	await home.dialog.getByRole('button', { name: 'Poista arviointi' }).click();
	await expect(home.dialog).toBeHidden();
	await expect(home.card('Työhönvalmennus Lahti')).toHaveCount(0);
	await expect(home.status).toHaveText('Arviointi ”Työhönvalmennus Lahti” poistettiin.');
	await expect(home.heading).toBeFocused();
	expect(await storedReview(page, doc.id)).toBeNull();
	await page.reload();
	await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('a finished review waiting to be sent offers no delete; a sent one does', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	const queued = fixtureReview({ service: 'Odottaa lähetystä' });
	const sent = fixtureReview({ service: 'Jo lähetetty' });
	await seed(page, { reviews: [queued, sent], outbox: [outboxRow(queued, 'pending'), outboxRow(sent, 'uploaded')] });
	await page.reload();

	await expect(home.card('Odottaa lähetystä').getByTestId('state')).toHaveText('Valmis, odottaa lähetystä');
	await expect(home.card('Odottaa lähetystä').getByRole('button')).toHaveCount(0);
	await expect(home.card('Jo lähetetty').getByTestId('state')).toHaveText(/^Lähetetty \d/);
	await expect(home.card('Jo lähetetty').getByTestId('progress')).toHaveText('Pisteytetty 25/25');
	await expect(home.card('Jo lähetetty').getByTestId('total')).toHaveText('Pisteet yhteensä 100/125');
	await expect(home.deleteButton('Jo lähetetty')).toBeVisible();
});

test('a reopened draft whose finished revision is unsent is not deleted, and the dialog says why', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	const finished = fixtureReview({ service: 'Avattu uudelleen' });
	const reopened = { ...finished, revision: 2, finishedAt: null, totals: null };
	await seed(page, { reviews: [reopened], outbox: [outboxRow(finished, 'pending')] });
	await page.reload();

	await expect(home.card('Avattu uudelleen').getByTestId('state')).toHaveText('Luonnos');
	await home.deleteButton('Avattu uudelleen').click();
	await home.dialog.getByRole('button', { name: 'Poista arviointi' }).click();
	await expect(home.dialog.getByTestId('delete-error')).toHaveText(/vielä lähettämättä/);
	await expect(home.dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
	await home.dialog.getByRole('button', { name: 'Peruuta' }).click();
	await expect(home.card('Avattu uudelleen')).toHaveCount(1);
	expect(await storedReview(page, finished.id)).not.toBeNull();
});
