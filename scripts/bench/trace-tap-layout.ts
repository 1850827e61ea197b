/**
 * What a score tap's layout is made of (issue 15, the tap): opens item 7 of the bench's
 * draft in three fresh pages at 4× CPU, taps an anchor in each under a Chrome trace with
 * the font and layout categories, and prints the work inside the largest layout. Found a
 * first tap loading a font face (FontCache::GetFontPlatformData) for the italic "saving"
 * state, which nothing else on the screen used. For finding causes, not a budget.
 *
 *   npm run build && npx tsx scripts/bench/trace-tap-layout.ts [build]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { openSettledItem, traceItemContext } from './item';
const dir = process.argv[2] ?? 'build';
const port = 4995;
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const { context, id } = await traceItemContext(browser, app);
	for (let round = 0; round < 3; round++) {
	const { page } = await openSettledItem(context, app, id);
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'fonts', 'disabled-by-default-fonts', 'skia', 'disabled-by-default-blink.debug.layout'] });
	const score = (await page.locator('[data-testid="anchor-1"].chosen').count()) ? 2 : 1;
	await page.getByTestId(`anchor-${score}`).click({ position: { x: 40, y: 24 } });
	await page.locator(`[data-testid="anchor-${score}"].chosen`).waitFor();
	await page.waitForTimeout(600);
	const buf = await browser.stopTracing();
	const ev = (JSON.parse(buf.toString()).traceEvents as any[]);
	const layouts = ev.filter((e) => e.name === 'Layout' && e.ph === 'X').sort((a, b) => b.dur - a.dur);
	const L = layouts[0];
	console.log(`--- round ${round}: biggest Layout ${(L.dur / 1000).toFixed(1)} ms`);
	const inside = ev.filter((e) => e.ph === 'X' && e.tid === L.tid && e.ts >= L.ts && e.ts < L.ts + L.dur && e !== L);
	const by = new Map<string, number>();
	for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + e.dur / 1000);
	for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log('  ', v.toFixed(1).padStart(7), k);
	await page.close();
	}
} finally { await browser.close(); server.kill(); }
