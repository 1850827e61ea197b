import { chromium, type BrowserContext } from '@playwright/test';
import { BENCH_ITEM, PROBE, seedItemReview, writePlainPage } from './item';
import { waitForGlobal } from './wait-in-page';
import { serveBuilds } from './serve-builds';
const dirs = process.argv.slice(2).filter((a) => !/^\d+$/.test(a)); const rounds = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 11);
const plain = writePlainPage(dirs[0]!);
const { builds, stop } = await serveBuilds(dirs.map((dir, i) => ({ dir, port: 4700 + i })));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
type S = { name: string; context: BrowserContext; url: string; usable: number[]; body: number[] };
const setups: S[] = [];
for (const b of builds) {
	const app = `http://localhost:${b.port}`;
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript({ content: PROBE + `;new MutationObserver(()=>{ if(document.body && !globalThis.__bodyMs) globalThis.__bodyMs=performance.now(); }).observe(document,{childList:true,subtree:true});` });
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	const id = await seedItemReview(setup);
	await setup.close();
	setups.push({ name: b.dir, context, url: `${app}/review/${id}/item/${BENCH_ITEM}`, usable: [], body: [] });
	if (setups.length === 1) setups.push({ name: 'plain', context, url: app + plain.path, usable: [], body: [] });
}
for (let i = 0; i < rounds; i++) {
	for (const s of i % 2 ? [...setups].reverse() : setups) {
		const page = await s.context.newPage();
		const cdp = await s.context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(s.url);
		s.usable.push(await waitForGlobal(page, '__usableMs'));
		s.body.push(await page.evaluate(() => (globalThis as any).__bodyMs));
		if (s.name !== 'plain') await page.waitForTimeout(1500);
		await page.close();
	}
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p = setups.find((s) => s.name === 'plain')!;
for (const s of setups) console.log(`${s.name.padEnd(24)} usable ${med(s.usable).toFixed(0).padStart(4)} (${(med(s.usable) / med(p.usable)).toFixed(2)}×)  body ${med(s.body).toFixed(0).padStart(4)}  body→usable ${med(s.usable.map((u, i) => u - s.body[i]!)).toFixed(0)}`);
await browser.close(); stop(); plain.remove();
