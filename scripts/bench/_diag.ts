import { chromium } from '@playwright/test';
import { BENCH_ITEM, PROBE, seedItemReview, writePlainPage } from './item';
import { waitForGlobal } from './wait-in-page';
import { serveBuilds } from './serve-builds';
const dir = process.argv[2]!; const rounds = Number(process.argv[3] ?? 15);
const plain = writePlainPage(dir);
const { builds, stop } = await serveBuilds([{ dir, port: 4700 }]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const app = `http://localhost:4700`;
const context = await browser.newContext({ serviceWorkers: 'block' });
await context.addInitScript({ content: PROBE + `;globalThis.__marks=[];new MutationObserver(()=>{ if(document.body && !globalThis.__bodyMs) globalThis.__bodyMs=performance.now(); }).observe(document,{childList:true,subtree:true});` });
const setup = await context.newPage();
await setup.goto(app + '/');
await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
const id = await seedItemReview(setup);
await setup.close();
const rows: string[] = [];
for (let i = 0; i < rounds; i++) {
	for (const url of [`${app}/review/${id}/item/${BENCH_ITEM}`, app + plain.path]) {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(url);
		const u = await waitForGlobal(page, '__usableMs');
		const t = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { fetch: n.fetchStart, req: n.requestStart, resp: n.responseStart, end: n.responseEnd, body: (globalThis as any).__bodyMs, di: n.domInteractive }; });
		rows.push(`${url.includes('plain') ? 'plain' : 'item '} usable ${u.toFixed(0).padStart(4)} fetch ${t.fetch.toFixed(0)} req ${t.req.toFixed(0)} resp ${t.resp.toFixed(0)} end ${t.end.toFixed(0)} body ${t.body?.toFixed(0)} domInteractive ${t.di.toFixed(0)}`);
		if (!url.includes('plain')) await page.waitForTimeout(1500);
		await page.close();
	}
}
console.log(rows.join('\n'));
await browser.close(); stop(); plain.remove();
