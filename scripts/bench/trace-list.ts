/**
 * Where the reviews list's start goes (issue 15): loads `/` with 10 seeded
 * reviews at 4× CPU, with the V8 profiler on, and prints a timeline (resource
 * fetches with start/end, navigation marks) and self time by script. For
 * finding the fixed start cost, not a budget of its own.
 *
 *   npm run build && npx tsx scripts/bench/trace-list.ts [build] [port] [sw]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { printSelfTime } from './profile-summary';
import { seedReviews } from './seed';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4992);
const withSw = process.argv[4] === 'sw';
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const context = await browser.newContext({ serviceWorkers: withSw ? 'allow' : 'block' });
	await context.addInitScript({
		content: `globalThis.__name ??= (f) => f;
		new MutationObserver((_, o) => { if (!document.querySelector('[data-testid="review-card"]')) return; globalThis.__drawn = performance.now(); o.disconnect(); }).observe(document, { childList: true, subtree: true });`
	});
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	await seedReviews(setup, 10, { finished: true });
	if (withSw) await setup.waitForTimeout(3000);
	await setup.close();

	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await page.goto(app + '/');
	await page.locator('[data-testid="review-card"]').first().waitFor();
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number } };
	const t = await page.evaluate(() => {
		const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
		const res = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ n: new URL(e.name).pathname, s: Math.round(e.startTime), e: Math.round(e.responseEnd), d: Math.round(e.duration) }));
		const marks = performance.getEntriesByType('mark').map((m) => ({ n: m.name, s: Math.round(m.startTime) }));
		const paints = performance.getEntriesByType('paint').map((m) => ({ n: m.name, s: Math.round(m.startTime) }));
		return { responseEnd: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd), drawn: Math.round((globalThis as any).__drawn), res, marks, paints };
	});
	console.log(`responseEnd ${t.responseEnd}  DCL ${t.dcl}  load ${t.load}  first card ${t.drawn}`);
	for (const p of t.paints) console.log(`  paint ${p.n} ${p.s}`);
	for (const m of t.marks) console.log(`  mark ${m.n} ${m.s}`);
	for (const r of t.res.sort((a, b) => a.s - b.s)) console.log(`  ${String(r.s).padStart(5)} → ${String(r.e).padStart(5)}  ${r.n}`);
	console.log();
	printSelfTime(profile, app);
} finally {
	await browser.close();
	server.kill();
}
