import { expect, test } from '@playwright/test';
import { allScored, WorkspacePage } from '../pages/workspace';
import { capQuota, fillUntilFull } from '../support/disk';

/**
 * Finishing freezes what is stored. After a write failed (a full disk, capped for
 * real: support/disk.ts) the text on screen is
 * not stored, so finishing must refuse and say what to do, even once there is room
 * again, until the reviewer's retry has saved it.
 */
test('finishing is refused while a failed write leaves text on screen unsaved, and works after the retry', async ({ page, context }) => {
	test.slow();
	const ws = new WorkspacePage(page);
	const setQuota = await capQuota(context, page);
	const id = await ws.seed({ scores: allScored(3) });
	const { item, text } = await fillUntilFull(ws, id);
	const error = page.getByTestId('save-error');

	// Room again, but the failed text has not been written: finishing would freeze the review without it.
	await setQuota(1024 ** 3);
	await page.getByRole('link', { name: 'Yhteenveto' }).first().click();
	await page.getByTestId('finish').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Viimeistele' }).click();
	const refusal = page.getByRole('alert').filter({ hasText: 'Arviointia ei merkitty valmiiksi' });
	await expect(refusal).toContainText('kaikkea näytöllä olevaa ei ole tallennettu');
	await expect(refusal).toContainText('Yritä uudelleen');
	const refused = await ws.stored(id);
	expect(refused.finishedAt).toBeNull();
	expect(refused.items[item - 1]!.recommendations).toBe('');

	await error.getByRole('button', { name: 'Yritä uudelleen' }).click();
	await expect(page.getByTestId('save-state')).toBeVisible();
	await page.getByTestId('finish').click();
	await page.getByRole('dialog').getByRole('button', { name: 'Viimeistele' }).click();
	await expect(page.getByTestId('finished-status')).toBeVisible();
	const frozen = await ws.stored(id);
	expect(frozen.finishedAt).not.toBeNull();
	expect(frozen.items[item - 1]!.recommendations).toBe(text);
});
