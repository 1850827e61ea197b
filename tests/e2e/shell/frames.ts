import { expect, type Page, type Route } from '@playwright/test';

/**
 * Helpers for the "last frame" specs (src/lib/shell): holding the app's code back so that
 * what the page shows before it runs can be looked at, and the stored frames.
 */

/** Holds kit's start entry until `release()`: until then only the page's inline scripts have run. */
export async function holdAppCode(page: Page): Promise<{ release: () => Promise<void> }> {
	let open!: () => void;
	const gate = new Promise<void>((r) => (open = r));
	const held = async (route: Route) => {
		await gate;
		await route.continue();
	};
	await page.route(/\/_app\/immutable\/entry\/start\.[^/]+\.js$/, held);
	// Released, the route stays and lets every later request through at once.
	return { release: async () => open() };
}

export const frameOf = (page: Page, path: string) =>
	page.evaluate((key) => localStorage.getItem(key), `laatuarvio.frame:${path}`);

export const frameKeys = (page: Page) =>
	page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('laatuarvio.frame')));

/**
 * Waits until the app has kept a frame for `path` (it does so when the browser is idle) and
 * returns it as it was seen: a write the app makes right after may already have forgotten it.
 */
export async function frameKept(page: Page, path: string, containing?: string): Promise<string> {
	let seen: string | null = null;
	await expect
		.poll(async () => {
			const raw = await frameOf(page, path);
			if (raw !== null && (containing === undefined || raw.includes(containing))) seen = raw;
			return seen !== null;
		}, { timeout: 15_000 })
		.toBe(true);
	return seen!;
}

/**
 * Reloads with the app's code held and `kept` stored as the frame of `path`: stored once the app
 * can no longer run, since the live list forgets its frame on any write (src/lib/shell) and keeps
 * it again after the next draw.
 */
export async function reloadWithFrame(page: Page, path: string, kept: string): Promise<{ release: () => Promise<void> }> {
	const app = await holdAppCode(page);
	await page.reload({ waitUntil: 'commit' });
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`laatuarvio.frame:${path}`, kept] as const);
	await page.reload({ waitUntil: 'commit' });
	return app;
}

export const shownFrame = (page: Page) => page.locator('#laatuarvio-frame');
