import { chromium } from '@playwright/test';
import { BENCH_ITEM, PROBE, seedItemReview } from './item';
import { waitForGlobal } from './wait-in-page';
import { serveBuilds } from './serve-builds';
const dir = process.argv[2]!;
const { stop } = await serveBuilds([{ dir, port: 4720 }]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const app = `http://localhost:4720`;
const context = await browser.newContext({ serviceWorkers: 'block' });
await context.addInitScript({ content: PROBE });
const setup = await context.newPage();
await setup.goto(app + '/');
await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
const id = await seedItemReview(setup);
await setup.close();
for (let i = 0; i < 9; i++) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await page.goto(`${app}/review/${id}/item/${BENCH_ITEM}`);
	const u = await waitForGlobal(page, '__usableMs');
	const m = await page.evaluate(() => (globalThis as any).__m as [string, number][]);
	console.log((m ?? []).map(([n, t]) => `${n} ${t.toFixed(0)}`).join(' | ') + ` | usable ${u.toFixed(0)}`);
	await page.waitForTimeout(1500);
	await page.close();
}
await browser.close(); stop();
