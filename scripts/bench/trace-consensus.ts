/**
 * Where the consensus screen's cold open goes against an item screen of the same review
 * (issue 10): opens each, cold (HTTP cache off) at 4× CPU with the V8 CPU profiler on, and
 * prints for both the scripts fetched (gzip), the main thread's busy time (profile samples
 * that are not idle), the time from navigation to the first usable control and to the
 * screen's last piece (`consensus.ts`'s probe), the DOM's size, and self time by script and
 * by function. For deciding what to cut, not a budget of its own.
 *
 *   npm run build && npx tsx scripts/bench/trace-consensus.ts [build] [port] [rounds]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { gz } from './sizes';
import { BENCH_ITEM } from './item';
import { seedPairReview } from './consensus';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4992);
const rounds = Number(process.argv[4] ?? 1);
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
for (let t = 0; t < 120 && !(await fetch(app + '/manifest.webmanifest').then((r) => r.ok, () => false)); t++) await new Promise((r) => setTimeout(r, 500));

// First usable: five score radios (the item's, or the first row's agreed score); done: five radios / 25 rows.
const PROBE = `globalThis.__name ??= (f) => f;
new MutationObserver((_, observer) => {
	const g = globalThis;
	if (g.__firstMs === undefined && document.querySelectorAll('[data-testid="anchors"] input[type=radio], [data-testid="consensus-rows"] input[type=radio]').length >= 5) {
		g.__firstMs = performance.now();
		g.__firstNodes = document.getElementsByTagName('*').length;
	}
	const rows = document.querySelectorAll('[data-testid="consensus-rows"] > li').length;
	const radios = document.querySelectorAll('[data-testid="anchors"] input[type=radio]').length;
	if (rows < 25 && radios < 5) return;
	g.__doneMs = performance.now();
	observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

async function trace(context: BrowserContext, url: string, ready: string, print: boolean) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await page.goto(url);
	await page.locator(ready).waitFor({ state: 'attached' });
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	const r = await page.evaluate(() => {
		const g = globalThis as unknown as { __firstMs: number; __doneMs: number; __firstNodes: number };
		return {
			firstMs: g.__firstMs,
			firstNodes: g.__firstNodes,
			doneMs: g.__doneMs,
			nodes: document.getElementsByTagName('*').length,
			scripts: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => new URL(e.name).pathname)
		};
	});
	await page.close();
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const byUrl = new Map<string, number>();
	const byFn = new Map<string, number>();
	let busy = 0;
	for (const n of profile.nodes) {
		const ms = self.get(n.id) ?? 0;
		if (n.callFrame.functionName !== '(idle)') busy += ms;
		const where = n.callFrame.url ? new URL(n.callFrame.url, app).pathname : `(${n.callFrame.functionName || 'native'})`;
		byUrl.set(where, (byUrl.get(where) ?? 0) + ms);
		const fn = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
		byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
	}
	const kb = r.scripts.reduce((s, p) => s + gz(join(dir, p)), 0) / 1024;
	const line = `first usable ${r.firstMs.toFixed(0)} ms, done ${r.doneMs.toFixed(0)} ms, main thread busy ${busy.toFixed(0)} ms, ${r.scripts.length} scripts ${kb.toFixed(1)} KB gzip, ${r.firstNodes} elements when usable, ${r.nodes} when done`;
	if (print) {
		console.log(`\n=== ${url}\n${line}`);
		for (const p of r.scripts) console.log(`  ${(gz(join(dir, p)) / 1024).toFixed(1).padStart(6)} KB  ${p}`);
		const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
		console.log('self time by script (ms, 4× CPU):');
		for (const [k, v] of top(byUrl, 12)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
		console.log('self time by function:');
		for (const [k, v] of top(byFn, 20)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
	}
	return { ...r, busy, kb };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript({ content: PROBE });
	const id = await seedPairReview(context, app);
	const screens = [
		['item', `${app}/review/${id}/item/${BENCH_ITEM}`, '[data-testid="anchors"] input[type=radio] >> nth=4'],
		['consensus', `${app}/review/${id}/consensus`, '[data-testid="consensus-rows"] > li >> nth=24']
	] as const;
	const seen: Record<string, { firstMs: number[]; doneMs: number[]; busy: number[] }> = {};
	for (let i = 0; i < rounds; i++) {
		for (const [name, url, ready] of screens) {
			const r = await trace(context, url, ready, i === rounds - 1);
			const s = (seen[name] ??= { firstMs: [], doneMs: [], busy: [] });
			s.firstMs.push(r.firstMs);
			s.doneMs.push(r.doneMs);
			s.busy.push(r.busy);
		}
	}
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
	console.log(`\nmedians of ${rounds}:`);
	for (const [name, s] of Object.entries(seen))
		console.log(`  ${name.padEnd(10)} first usable ${median(s.firstMs).toFixed(0)} ms, done ${median(s.doneMs).toFixed(0)} ms, busy ${median(s.busy).toFixed(0)} ms`);
	await context.close();
} finally {
	await browser.close();
	server.kill();
}
