/**
 * Two builds side by side (issue 15): the item screen's cold open, online with the HTTP
 * cache off, in rounds that alternate the builds, so a change's effect is read on a loaded
 * machine from the same run. For deciding what to keep, not a budget of its own. Prints the
 * radios usable (a kept frame's, src/lib/shell, once one is kept) and the live screen's.
 * AB_FRAMES=off removes kept frames before every load: the app's own way only.
 *
 *   npx tsx scripts/bench/ab-item.ts <buildA> <buildB> [rounds] [portA]
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { BENCH_ITEM, PROBE, seedItemReview } from './item';
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

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const setups: { context: BrowserContext; url: string; ms: number[]; live: number[] }[] = [];
	for (const b of builds) {
		const app = `http://localhost:${b.port}`;
		const context = await browser.newContext({ serviceWorkers: 'block' });
		if (framesOff) await context.addInitScript({ content: REMOVE_KEPT_FRAMES });
		await context.addInitScript({ content: PROBE });
		const page = await context.newPage();
		await page.goto(app + '/');
		await page.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
		const id = await seedItemReview(page);
		await page.close();
		setups.push({ context, url: `${app}/review/${id}/item/${BENCH_ITEM}`, ms: [], live: [] });
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
			s.live.push(await waitForGlobal(page, '__liveMs'));
			// Idle time for the app to keep its frame, as a reviewer's screen has.
			if (!framesOff) await page.waitForTimeout(1500);
			await page.close();
		}
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	const row = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;
	for (const [i, s] of setups.entries()) console.log(`${builds[i]!.dir}: usable ${row(s.ms)}; live ${row(s.live)}`);
} finally {
	await browser.close();
	stop();
}
