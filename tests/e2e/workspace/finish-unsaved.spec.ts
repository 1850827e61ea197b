import { expect, test } from '@playwright/test';
import { APP_URL } from '../../../playwright.config';
import { allScored, WorkspacePage } from '../pages/workspace';

/**
 * Finishing freezes what is stored. After a write failed (a full disk, capped for
 * real through the DevTools protocol as in disk-full.spec.ts) the text on screen is
 * not stored, so finishing must refuse and say what to do, even once there is room
 * again, until the reviewer's retry has saved it.
 */
const QUOTA = 1_500_000;

function incompressible(seed: number): string {
	let s = seed;
	return Array.from({ length: 19_000 }, () => String.fromCharCode(97 + ((s = (s * 16807) % 2147483647) % 26))).join('');
}

test('finishing is refused while a failed write leaves text on screen unsaved, and works after the retry', async ({ page, context }) => {
	test.slow();
	const ws = new WorkspacePage(page);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_URL, quotaSize: QUOTA });
	const id = await ws.seed({ scores: allScored(3) });

	const error = page.getByTestId('save-error');
	let full: { item: number; text: string } | null = null;
	for (let n = 1; n <= 25 && !full; n++) {
		await ws.openItem(id, n);
		const text = incompressible(n);
		await page.getByRole('textbox', { name: 'Suositukset' }).fill(text);
		await expect
			.poll(async () => (await error.count()) > 0 || (await ws.storedItem(id, n)).recommendations === text)
			.toBe(true);
		if (await error.count()) full = { item: n, text };
	}
	expect(full, 'the capped quota was never reached').not.toBeNull();
	const { item, text } = full!;

	// Room again, but the failed text has not been written: finishing would freeze the review without it.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_URL, quotaSize: 1024 ** 3 });
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
