import type { Browser, BrowserContext, Page } from '@playwright/test';
import { reopen } from '../../src/lib/review/lifecycle';
import { A, B, lockedBoth, ratedPair } from '../../tests/e2e/pages/pair';
import { finishedReview } from '../../tests/e2e/pages/sync';
import { seedDatabase } from '../../tests/e2e/support/seed';
import { BENCH_ITEM } from './item';

/**
 * The consensus screen of a 25-item review against an item screen of the same review
 * (issue 10: "stays as fast as an item screen"), cold, at 4× CPU, in the same run and
 * interleaved, so the ratio holds on a loaded machine. Both ratings are locked and six
 * items differ, so the screen draws rows with both reviewers' answers and the agreement
 * figures. Open, like an item screen, when its first score radio group is whole: the item's
 * five radios, the first row's five agreed-score radios (the screen draws its first rows
 * at once and the rest after the first paint). All 25 rows in the page is timed too.
 */
const PROBE = `
	new MutationObserver((_, observer) => {
		const g = globalThis;
		const radios = document.querySelectorAll('[data-testid="anchors"] input[type=radio], [data-testid="consensus-rows"] input[type=radio]').length;
		if (radios >= 5) g.__usableMs ??= performance.now();
		const rows = document.querySelectorAll('[data-testid="consensus-rows"] > li').length;
		if (rows < 25 && !document.querySelector('[data-testid="anchors"]')) return;
		if (g.__usableMs === undefined) return;
		g.__allMs = performance.now();
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
`;

async function open(page: Page, url: string, ready: string): Promise<{ usable: number; all: number }> {
	await page.goto(url);
	await page.locator(ready).waitFor({ state: 'attached' });
	await page.waitForFunction(() => (globalThis as { __allMs?: number }).__allMs !== undefined);
	return page.evaluate(() => {
		const g = globalThis as { __usableMs?: number; __allMs?: number };
		return { usable: g.__usableMs ?? NaN, all: g.__allMs ?? NaN };
	});
}

/** Stores the bench's two-reviewer review (both locked, six items differ) in the context's database; returns its id. */
export async function seedPairReview(context: BrowserContext, app: string): Promise<string> {
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	const base = { ...reopen(finishedReview('Bench consensus service', 3), new Date().toISOString()), revision: 1 };
	const differing = { a: { 2: 2, 5: 4, 9: 5, 13: 1, 17: 3, 24: 4 } as const, b: { 2: 4, 5: 3, 9: 3, 13: 2, 17: 5, 24: 2 } as const };
	const doc = await lockedBoth(ratedPair([], differing)({ ...base, meta: { ...base.meta, reviewers: [A, B] } }));
	await seedDatabase(setup, { reviews: [doc] });
	await setup.close();
	return doc.id;
}

/** Open: first score radio group whole (see PROBE); consensusAllRows: its 25th row in the page. */
export type ConsensusFigures = { itemOpen: number[]; consensusOpen: number[]; consensusAllRows: number[] };

export async function consensusFigures(browser: Browser, app: string, rounds = 5): Promise<ConsensusFigures> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript({ content: PROBE });
	const id = await seedPairReview(context, app);

	const f: ConsensusFigures = { itemOpen: [], consensusOpen: [], consensusAllRows: [] };
	for (let i = 0; i < rounds; i++) {
		for (const [url, ready, into, all] of [
			[`${app}/review/${id}/item/${BENCH_ITEM}`, '[data-testid="anchors"] input[type=radio] >> nth=4', f.itemOpen, null],
			[`${app}/review/${id}/consensus`, '[data-testid="consensus-rows"] > li >> nth=24', f.consensusOpen, f.consensusAllRows]
		] as const) {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			const t = await open(page, url, ready);
			into.push(t.usable);
			all?.push(t.all);
			await page.close();
		}
	}
	await context.close();
	return f;
}
