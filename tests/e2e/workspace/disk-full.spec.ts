import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';
import { capQuota, fillUntilFull } from '../support/disk';

/** A full disk, for real (see support/disk.ts): shown, nothing typed lost, saved once there is room. */
test('a full disk is shown to the reviewer, keeps what was typed, and saves it once there is room', async ({ page, context }) => {
	const ws = new WorkspacePage(page);
	const setQuota = await capQuota(context, page);
	const id = await ws.seed();

	const { item, text } = await fillUntilFull(ws, id);
	const error = page.getByTestId('save-error');
	await expect(error).toContainText('tallennustila on täynnä');
	// The text stays on the screen; the database still holds the last write that fitted.
	const field = page.getByRole('textbox', { name: 'Suositukset' });
	await expect(field).toHaveValue(text);
	expect((await ws.storedItem(id, item)).recommendations).toBe('');

	// Room again: the reviewer's retry stores exactly what was typed, and it survives a reload.
	await setQuota(1024 ** 3);
	await error.getByRole('button', { name: 'Yritä uudelleen' }).click();
	await expect(page.getByTestId('save-state')).toBeVisible();
	await expect.poll(async () => (await ws.storedItem(id, item)).recommendations).toBe(text);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Suositukset' })).toHaveValue(text);
});
