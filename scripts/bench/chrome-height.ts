/**
 * How much of a landscape tablet (1280×800) the chrome above an item takes, on a
 * finished review (issue 11 part 5): the top of the first anchor and of the
 * score controls, and the heights of what stands above them. Printed by the
 * bench; the layout test asserts the budget.
 */
import type { Browser } from '@playwright/test';
import { finishedReview } from '../../tests/e2e/pages/sync';
import { seedDatabase } from '../../tests/e2e/support/seed';

export type ChromeFigures = { firstAnchorY: number; scoreY: number; parts: Record<string, number> };

export async function chromeHeight(browser: Browser, app: string, item = 7): Promise<ChromeFigures> {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	const page = await context.newPage();
	await page.goto(app + '/');
	await page.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	const doc = finishedReview('Chrome height service', 4);
	await seedDatabase(page, { reviews: [doc] });
	await page.goto(`${app}/review/${doc.id}/item/${item}`);
	await page.getByTestId('anchor-1').waitFor();
	const figures = await page.evaluate(() => {
		const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? NaN;
		const height = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().height ?? 0;
		return {
			firstAnchorY: top('[data-testid="anchor-1"]'),
			scoreY: Math.min(...[top('[data-testid="score-bar"]'), top('[data-testid="anchor-1"]')].filter((y) => !Number.isNaN(y))),
			parts: {
				header: height('.app-header'),
				offline: height('.offline-bar'),
				service: height('.ws-head'),
				tabs: height('nav.tabs'),
				finished: height('[data-testid="finished-banner"]')
			}
		};
	});
	await context.close();
	return figures;
}
