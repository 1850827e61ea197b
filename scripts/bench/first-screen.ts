import type { Page } from '@playwright/test';

const LIST = '[data-testid="review-list"], [data-testid="empty-state"]';

/**
 * Opens `url` and splits the scripts it fetches at the moment the reviews list
 * (or its empty state) enters the page, timed inside the page by a mutation
 * observer and compared with each script's request start on the same clock, so
 * the line falls where the reviewer first sees the list, not where a poll noticed it.
 */
export async function scriptsAroundFirstScreen(page: Page, url: string): Promise<{ before: string[]; after: string[] }> {
	await page.addInitScript((selector) => {
		const w = window as unknown as { __listAt?: number };
		new MutationObserver((_, observer) => {
			if (w.__listAt === undefined && document.querySelector(selector)) {
				w.__listAt = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	}, LIST);
	await page.goto(url, { waitUntil: 'commit' });
	await page.locator(LIST).first().waitFor();
	await page.waitForLoadState('networkidle');
	const { listAt, scripts } = await page.evaluate(() => ({
		listAt: (window as unknown as { __listAt: number }).__listAt,
		scripts: performance
			.getEntriesByType('resource')
			.filter((e) => e.name.endsWith('.js'))
			.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }))
	}));
	return {
		before: scripts.filter((s) => s.start <= listAt).map((s) => s.path),
		after: scripts.filter((s) => s.start > listAt).map((s) => s.path)
	};
}
