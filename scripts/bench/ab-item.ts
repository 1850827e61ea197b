/**
 * Two builds side by side (issue 15): the item screen's cold open, online with the HTTP
 * cache off, in rounds that alternate the builds, so a change's effect is read on a loaded
 * machine from the same run. For deciding what to keep, not a budget of its own.
 *
 *   npx tsx scripts/bench/ab-item.ts <buildA> <buildB> [rounds] [portA]
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { BENCH_ITEM, seedItemReview } from './item';
import { serveBuilds } from './serve-builds';

const [dirA, dirB] = [process.argv[2] ?? 'build', process.argv[3] ?? 'build'];
const rounds = Number(process.argv[4] ?? 6);
const portA = Number(process.argv[5] ?? 4652);
const { builds, stop } = await serveBuilds([
	{ dir: dirA, port: portA },
	{ dir: dirB, port: portA + 1 }
]);
const PROBE = `globalThis.__name ??= (f) => f;
new MutationObserver((_, o) => { if (document.querySelectorAll('[data-testid="anchors"] input[type=radio]').length < 5) return; globalThis.__usableMs = performance.now(); o.disconnect(); }).observe(document, { childList: true, subtree: true });`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const setups: { context: BrowserContext; url: string; ms: number[] }[] = [];
	for (const b of builds) {
		const app = `http://localhost:${b.port}`;
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await context.addInitScript({ content: PROBE });
		const page = await context.newPage();
		await page.goto(app + '/');
		await page.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
		const id = await seedItemReview(page);
		await page.close();
		setups.push({ context, url: `${app}/review/${id}/item/${BENCH_ITEM}`, ms: [] });
	}
	for (let i = 0; i < rounds; i++) {
		for (const s of i % 2 ? [...setups].reverse() : setups) {
			const page = await s.context.newPage();
			const cdp = await s.context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await cdp.send('Network.enable');
			await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
			await page.goto(s.url);
			await page.locator('[data-testid="anchors"] input[type=radio]').nth(4).waitFor({ state: 'attached' });
			s.ms.push(await page.evaluate(() => (globalThis as { __usableMs?: number }).__usableMs ?? NaN));
			await page.close();
		}
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	for (const [i, s] of setups.entries()) console.log(`${builds[i]!.dir}: median ${median(s.ms).toFixed(0)} ms  (${s.ms.map((x) => x.toFixed(0)).join(', ')})`);
} finally {
	await browser.close();
	stop();
}
