import { expect, test } from '@playwright/test';
import { APP_URL } from '../../../playwright.config';
import { WorkspacePage } from '../pages/workspace';

/**
 * A full disk, for real: Chromium's storage quota for the app's origin is capped
 * at 1.5 MB through the DevTools protocol before the app first runs, and the
 * reviewer fills recommendation fields with text IndexedDB cannot compress until
 * the browser itself refuses a write with QuotaExceededError.
 */
const QUOTA = 1_500_000;

/** 19 000 letters a compressor cannot shrink (a fixed pseudo-random sequence). */
function incompressible(seed: number): string {
	let s = seed;
	return Array.from({ length: 19_000 }, () => String.fromCharCode(97 + ((s = (s * 16807) % 2147483647) % 26))).join('');
}

test('a full disk is shown to the reviewer, keeps what was typed, and saves it once there is room', async ({ page, context }) => {
	const ws = new WorkspacePage(page);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_URL, quotaSize: QUOTA });
	const id = await ws.seed();

	const error = page.getByTestId('save-error');
	let full: { item: number; text: string } | null = null;
	for (let n = 1; n <= 25 && !full; n++) {
		await ws.openItem(id, n);
		const text = incompressible(n);
		await page.getByRole('textbox', { name: 'Suositukset' }).fill(text);
		// Either this write is stored or the disk is full; nothing in between.
		await expect
			.poll(async () => (await error.count()) > 0 || (await ws.storedItem(id, n)).recommendations === text)
			.toBe(true);
		if (await error.count()) full = { item: n, text };
	}
	expect(full, 'the capped quota was never reached').not.toBeNull();
	const { item, text } = full!;

	await expect(error).toContainText('tallennustila on täynnä');
	// The text stays on the screen; the database still holds the last write that fitted.
	const field = page.getByRole('textbox', { name: 'Suositukset' });
	await expect(field).toHaveValue(text);
	expect((await ws.storedItem(id, item)).recommendations).toBe('');

	// Room again: the reviewer's retry stores exactly what was typed, and it survives a reload.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_URL, quotaSize: 1024 ** 3 });
	await error.getByRole('button', { name: 'Yritä uudelleen' }).click();
	await expect(page.getByTestId('save-state')).toBeVisible();
	await expect.poll(async () => (await ws.storedItem(id, item)).recommendations).toBe(text);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Suositukset' })).toHaveValue(text);
});
