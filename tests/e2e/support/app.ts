import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { AXE_FAILING_IMPACTS, AXE_TAGS } from '../../../src/lib/a11y/statement';

/**
 * Shared steps for browser tests. Keep screen-specific steps in page objects
 * (tests/e2e/pages/*), and keep this file to what every area needs.
 */

/** Opens the app and waits until the service worker controls the page (so offline works). */
export async function openControlled(page: Page, path = '/'): Promise<void> {
	await page.goto(path);
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise<void>((resolve) => {
				navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true });
				setTimeout(resolve, 5000);
			});
		}
	});
	await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

export async function goOffline(context: BrowserContext): Promise<void> {
	await context.setOffline(true);
}

/**
 * WCAG 2.1 AA: no serious or critical axe violations on the current screen. The rule
 * tags and failing impacts are the accessibility statement's own data, so the
 * statement names exactly what is tested.
 */
export async function expectAccessible(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS]).analyze();
	const failing: readonly string[] = AXE_FAILING_IMPACTS;
	const bad = results.violations.filter((v) => failing.includes(v.impact ?? ''));
	expect(
		bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
		'serious/critical accessibility violations'
	).toEqual([]);
}

/** Reads a review straight from IndexedDB, bypassing the UI, to prove durability. */
export async function storedReview(page: Page, id: string): Promise<unknown> {
	return page.evaluate(
		(reviewId) =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('reviews', 'readonly');
					const req = tx.objectStore('reviews').get(reviewId);
					req.onsuccess = () => {
						resolve(req.result?.doc ?? null);
						open.result.close();
					};
					req.onerror = () => reject(req.error);
				};
			}),
		id
	);
}
