import { expect, type BrowserContext, type Page } from '@playwright/test';
import { APP_URL } from '../../../playwright.config';
import type { WorkspacePage } from '../pages/workspace';

/**
 * A full disk, for real: Chromium's storage quota for the app's origin is capped
 * through the DevTools protocol, and the reviewer fills recommendation fields with
 * text IndexedDB cannot compress until the browser refuses a write with
 * QuotaExceededError.
 */
export const SMALL_QUOTA = 1_500_000;

/** Caps the origin's quota; returns a function that sets another (e.g. room again). */
export async function capQuota(context: BrowserContext, page: Page, quotaSize = SMALL_QUOTA) {
	const cdp = await context.newCDPSession(page);
	const set = (size: number) => cdp.send('Storage.overrideQuotaForOrigin', { origin: APP_URL, quotaSize: size });
	await set(quotaSize);
	return set;
}

/** 19 000 letters a compressor cannot shrink (a fixed pseudo-random sequence). */
export function incompressible(seed: number): string {
	let s = seed;
	return Array.from({ length: 19_000 }, () => String.fromCharCode(97 + ((s = (s * 16807) % 2147483647) % 26))).join('');
}

/** Types such text into one item after another until a write fails; returns that item and its text. */
export async function fillUntilFull(ws: WorkspacePage, id: string): Promise<{ item: number; text: string }> {
	const error = ws.page.getByTestId('save-error');
	for (let n = 1; n <= 25; n++) {
		await ws.openItem(id, n);
		const text = incompressible(n);
		await ws.page.getByRole('textbox', { name: 'Suositukset' }).fill(text);
		// Either this write is stored or the disk is full; nothing in between.
		await expect
			.poll(async () => (await error.count()) > 0 || (await ws.storedItem(id, n)).recommendations === text)
			.toBe(true);
		if (await error.count()) return { item: n, text };
	}
	throw new Error('the capped quota was never reached');
}
