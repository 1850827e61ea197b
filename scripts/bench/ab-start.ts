/**
 * Builds side by side for the app's fixed start cost (issue 15, round 4): in rounds that
 * alternate the builds (the order turned round every other round), each round loads, at 4× CPU,
 * - the reviews list with 10 reviews stored (HTML → first card, as `list.ts` times it; and from the
 *   first contentful paint, the app's frame, to that card) and counts the scripts requested before it;
 * - the list offline from the service worker (navigation → list in the page, as the bench's cold start);
 * - an item screen and the consensus screen of a two-reviewer review, cold, HTTP cache off (`consensus.ts`).
 * For deciding what to keep, not a budget of its own. Prints medians.
 *
 * AB_ONLY=list skips the item and consensus screens.
 *
 *   AB_ROUNDS=5 AB_PORT=4701 npx tsx scripts/bench/ab-start.ts <build> <build> [<build>…]
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { consensusFigures } from './consensus';
import { seedReviews } from './seed';
import { serveBuilds } from './serve-builds';
import { waitForGlobal } from './wait-in-page';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['build'];
const rounds = Number(process.env.AB_ROUNDS ?? 5);
const portA = Number(process.env.AB_PORT ?? 4701);
const { builds, stop } = await serveBuilds(dirs.map((dir, i) => ({ dir, port: portA + i })));

const LIST = '[data-testid="review-list"], [data-testid="empty-state"]';
const PROBE = `globalThis.__name ??= (f) => f;
new MutationObserver((_, o) => {
	if (!document.querySelector('${LIST}')) return;
	const nav = performance.getEntriesByType('navigation')[0];
	globalThis.__drawnMs = performance.now() - (nav ? nav.responseEnd : 0);
	globalThis.__navMs = performance.now();
	globalThis.__scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).length;
	o.disconnect();
}).observe(document, { childList: true, subtree: true });`;

type Setup = { list: BrowserContext; offline: BrowserContext; f: Record<string, number[]> };

async function setUp(browser: Browser, app: string): Promise<Setup> {
	const list = await browser.newContext({ serviceWorkers: 'block' });
	await list.addInitScript({ content: PROBE });
	const page = await list.newPage();
	await page.goto(app + '/');
	await page.locator(LIST).first().waitFor();
	await seedReviews(page, 5, { finished: false });
	await seedReviews(page, 5, { finished: true });
	await page.close();
	const offline = await browser.newContext();
	await offline.addInitScript({ content: PROBE });
	const sw = await offline.newPage();
	await sw.goto(app + '/');
	await sw.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
	await sw.close();
	await offline.setOffline(true);
	return { list, offline, f: { listDrawn: [], shellToList: [], scriptsBefore: [], offlineCold: [], item: [], consensus: [] } };
}

async function load(context: BrowserContext, url: string): Promise<{ drawnMs: number; navMs: number; shellMs: number; scripts: number }> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(url);
	await waitForGlobal(page, '__navMs');
	const r = await page.evaluate(() => {
		const g = globalThis as unknown as { __drawnMs: number; __navMs: number; __scripts: number };
		// The frame (header) is the first content the page paints; 0 when the list came in the same frame.
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		return { drawnMs: g.__drawnMs, navMs: g.__navMs, shellMs: fcp ? Math.max(0, g.__navMs - fcp.startTime) : NaN, scripts: g.__scripts };
	});
	await page.close();
	return r;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const setups: Setup[] = [];
	for (const b of builds) setups.push(await setUp(browser, b.app));
	for (let i = 0; i < rounds; i++) {
		const order = setups.map((_, j) => j);
		for (const j of i % 2 ? order.reverse() : order) {
			const { f, list, offline } = setups[j]!;
			const l = await load(list, builds[j]!.app + '/');
			f.listDrawn!.push(l.drawnMs);
			f.shellToList!.push(l.shellMs);
			f.scriptsBefore!.push(l.scripts);
			f.offlineCold!.push((await load(offline, builds[j]!.app + '/')).navMs);
			if (process.env.AB_ONLY === 'list') continue;
			const c = await consensusFigures(browser, builds[j]!.app, 1);
			f.item!.push(...c.itemOpen);
			f.consensus!.push(...c.consensusOpen);
		}
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	for (const key of Object.keys(setups[0]!.f).filter((k) => setups[0]!.f[k]!.length > 0)) {
		const cells = setups.map((s, j) => `${builds[j]!.dir}: ${median(s.f[key]!).toFixed(0)} (${s.f[key]!.map((x) => x.toFixed(0)).join(', ')})`);
		console.log(`${key.padEnd(14)} ${cells.join('   ')}`);
	}
	const ratio = (s: Setup) => (median(s.f.consensus!) / median(s.f.item!)).toFixed(2);
	if (process.env.AB_ONLY !== 'list') console.log(`consensus ÷ item  ${setups.map((s, j) => `${builds[j]!.dir}: ${ratio(s)}×`).join('   ')}`);
} finally {
	await browser.close();
	stop();
}
