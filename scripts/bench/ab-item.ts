/**
 * Two builds side by side (issue 15): the item screen's cold open, online with the HTTP
 * cache off, in rounds that alternate the builds, so a change's effect is read on a loaded
 * machine from the same run. For deciding what to keep, not a budget of its own. Prints the
 * radios usable (a kept frame's, src/lib/shell, once one is kept) and the live screen's.
 * AB_FRAMES=off removes kept frames before every load: the app's own way only. Each round also
 * opens the bench's plain HTML page of the item (served with build A), so the ratio to it is read
 * from the same run; `body` is when the page's body began (the head's cost).
 *
 *   npx tsx scripts/bench/ab-item.ts <buildA> <buildB> [rounds] [portA]
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { BENCH_ITEM, PROBE, seedItemReview, writePlainPage } from './item';
import { waitForGlobal } from './wait-in-page';
import { REMOVE_KEPT_FRAMES } from './kept-frames';
import { serveBuilds } from './serve-builds';

const [dirA, dirB] = [process.argv[2] ?? 'build', process.argv[3] ?? 'build'];
const rounds = Number(process.argv[4] ?? 6);
const portA = Number(process.argv[5] ?? 4652);
const { builds, stop } = await serveBuilds([
	{ dir: dirA, port: portA },
	{ dir: dirB, port: portA + 1 }
]);
const framesOff = process.env.AB_FRAMES === 'off';
const plain = writePlainPage(dirA);
const BODY_PROBE = `new MutationObserver((_, o) => { if (!document.body) return; globalThis.__bodyMs = performance.now(); o.disconnect(); }).observe(document, { childList: true, subtree: true });`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	type Setup = { name: string; context: BrowserContext; url: string; ms: number[]; live: number[]; body: number[] };
	const setups: Setup[] = [];
	for (const b of builds) {
		const app = `http://localhost:${b.port}`;
		const context = await browser.newContext({ serviceWorkers: 'block' });
		if (framesOff) await context.addInitScript({ content: REMOVE_KEPT_FRAMES });
		await context.addInitScript({ content: PROBE + BODY_PROBE });
		const page = await context.newPage();
		await page.goto(app + '/');
		await page.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
		const id = await seedItemReview(page);
		await page.close();
		setups.push({ name: b.dir, context, url: `${app}/review/${id}/item/${BENCH_ITEM}`, ms: [], live: [], body: [] });
		if (setups.length === 1) setups.push({ name: 'plain page', context, url: app + plain.path, ms: [], live: [], body: [] });
	}
	for (let i = 0; i < rounds; i++) {
		for (const s of i % 2 ? [...setups].reverse() : setups) {
			const page = await s.context.newPage();
			const cdp = await s.context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			await page.goto(s.url);
			// Waited for inside the page: a locator would inject Playwright's selector engine mid-start.
			s.ms.push(await waitForGlobal(page, '__usableMs'));
			s.body.push(await waitForGlobal(page, '__bodyMs'));
			if (s.name === 'plain page') {
				await page.close();
				continue;
			}
			s.live.push(await waitForGlobal(page, '__liveMs'));
			// Idle time for the app to keep its frame, as a reviewer's screen has.
			if (!framesOff) await page.waitForTimeout(1500);
			await page.close();
		}
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	const row = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
	const base = median(setups[1]!.ms);
	for (const s of setups) {
		const live = s.live.length ? `; live ${row(s.live)}` : '';
		console.log(`${s.name}: usable ${row(s.ms)} = ${(median(s.ms) / base).toFixed(2)}× the plain page; body began ${median(s.body).toFixed(0)} ms${live}`);
	}
} finally {
	await browser.close();
	stop();
	plain.remove();
}
