import type { Browser, BrowserContext, Page } from '@playwright/test';
import { seedReviews } from './seed';
import { REMOVE_KEPT_FRAMES } from './kept-frames';

/**
 * The reviews list with many reviews stored (issue 15): time from the shell's
 * HTML to the first card drawn, time to draw the list again when navigating back
 * from a review, and the JS heap with the list on screen, all at 4× CPU
 * throttling. Each figure is the median of `rounds` page loads.
 */
export type ListFigures = { count: number; drawnMs: number[]; shellToCardMs: number[]; backMs: number[]; heapBytes: number[] };

/**
 * Set before any app code runs: when the first card is in the document, relative to the HTML's arrival.
 * Any kept frame (src/lib/shell) is removed first, so that these figures are the app's own way to its
 * list, comparable across builds; the offline cold start measures the start with the frame.
 */
const MARK_FIRST_CARD = `
	globalThis.__name ??= (f) => f;
	${REMOVE_KEPT_FRAMES}
	new MutationObserver((_, observer) => {
		if (!document.querySelector('[data-testid="review-card"]')) return;
		const nav = performance.getEntriesByType('navigation')[0];
		globalThis.__listCardAt = performance.now();
		globalThis.__listDrawnMs = globalThis.__listCardAt - (nav ? nav.responseEnd : 0);
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
`;

/**
 * "Shell painted → first card" (the "≤ 200 ms after the shell"): from the first contentful
 * paint — the app's frame (header, navigation), the first content the page paints, as the HTML's
 * body is empty — to the first card in the document. 0 when the card came with the frame's first paint.
 */
function shellToCard(page: Page): Promise<number> {
	return page.evaluate(async () => {
		const cardAt = (globalThis as { __listCardAt?: number }).__listCardAt ?? NaN;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		return fcp ? Math.max(0, cardAt - fcp.startTime) : NaN;
	});
}

/**
 * Back from a review to the first card in the document, timed inside the page as the start's
 * figures are (from `history.back()`, the browser's back button). The test driver's clock around
 * `goBack()` and a locator counted two CDP round trips and the locator's polling, which sees the
 * card only after whatever the main thread does after the card's frame.
 */
function backToList(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const t0 = performance.now();
				new MutationObserver((_, observer) => {
					if (!document.querySelector('[data-testid="review-card"]')) return;
					observer.disconnect();
					resolve(performance.now() - t0);
				}).observe(document, { childList: true, subtree: true });
				history.back();
			})
	);
}

async function heap(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
	await cdp.detach();
	return usedSize;
}

/** `count` reviews stored through a page of the app: half drafts, half finished and queued (both kinds of card, as on a real device). */
export async function seedList(context: BrowserContext, app: string, count: number): Promise<void> {
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	await seedReviews(setup, Math.ceil(count / 2), { finished: false });
	await seedReviews(setup, Math.floor(count / 2), { finished: true });
	await setup.close();
}

export async function listFigures(browser: Browser, app: string, count: number, rounds = 5): Promise<ListFigures> {
	const context = await browser.newContext();
	await context.addInitScript({ content: MARK_FIRST_CARD });
	await seedList(context, app, count);

	const figures: ListFigures = { count, drawnMs: [], shellToCardMs: [], backMs: [], heapBytes: [] };
	for (let i = 0; i < rounds; i++) {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(app + '/');
		await page.locator('[data-testid="review-card"]').first().waitFor();
		figures.drawnMs.push(await page.evaluate(() => (globalThis as { __listDrawnMs?: number }).__listDrawnMs ?? NaN));
		figures.shellToCardMs.push(await shellToCard(page));
		figures.heapBytes.push(await heap(page));

		// Into a review and back, as a reviewer does all day; the list is drawn again from IndexedDB.
		await page.locator('[data-testid="review-card"] h2 a').first().click();
		await page.getByTestId('service-name').waitFor();
		figures.backMs.push(await backToList(page));
		await page.close();
	}
	await context.close();
	return figures;
}
