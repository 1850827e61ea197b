/**
 * Where a cold start's main-thread time goes, by kind of work (issue 15): loads
 * `/` with N seeded reviews at 4× CPU under a Chrome trace and prints the
 * renderer main thread's self time per trace event (parse HTML, compile, evaluate,
 * style, layout, paint, tasks) up to the first review card, plus the largest
 * single tasks. Complements trace-list.ts (the V8 profile, by script).
 *
 *   npm run build && npx tsx scripts/bench/trace-timeline.ts [build] [port] [reviews] [sw]
 *
 * With `sw` the measured load is offline, from the service worker's precache.
 * TRACE_URL=item: an item screen (the bench's item 7 of a draft) instead of the list, up to
 * its fifth score radio; TRACE_URL=plain: the bench's plain HTML page of that item (written into the build). TRACE_PROFILE=1: a browser profile on disk, opened once before
 * (TRACE_WARM more times), as an installed app; the V8 code cache lines say whether compiled
 * code was produced or consumed. TRACE_NOCACHE=1: the HTTP cache off. TRACE_WAVES=1: every request before the screen was drawn, with its time.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { seedReviews } from './seed';
import { BENCH_ITEM, seedItemReview, writePlainPage } from './item';
import { waitForGlobal } from './wait-in-page';
import { controlledByWorker } from './installed';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4993);
const count = Number(process.argv[4] ?? 10);
const withSw = process.argv[5] === 'sw';
const forPlain = process.env.TRACE_URL === 'plain';
const forItem = process.env.TRACE_URL === 'item' || forPlain;
const plain = forPlain ? writePlainPage(dir) : null;
// What counts as drawn: the list's first card, or the item screen's fifth score radio.
const DRAWN = forItem ? 'document.querySelectorAll(\'[data-testid="anchors"] input[type=radio]\').length >= 5' : 'document.querySelector(\'[data-testid="review-card"]\')';
const waitDrawn = (p: import('@playwright/test').Page) => (forItem ? p.locator('[data-testid="anchors"] input[type=radio]').nth(4) : p.locator('[data-testid="review-card"]').first()).waitFor({ state: 'attached' });
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));

type Ev = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: any; cat: string };
const launch = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] };
// TRACE_PROFILE=1: a browser profile on disk, as an installed app has (V8's code cache
// lives there; Playwright's ordinary contexts are incognito and never keep one).
const profile = process.env.TRACE_PROFILE ? await mkdtemp(join(tmpdir(), 'trace-profile-')) : null;
const browser = profile ? null : await chromium.launch(launch);
const contextOptions = { serviceWorkers: withSw ? ('allow' as const) : ('block' as const) };
const context = profile ? await chromium.launchPersistentContext(profile, { ...launch, ...contextOptions }) : await browser!.newContext(contextOptions);
try {
	await context.addInitScript({
		content: `globalThis.__name ??= (f) => f;
		new MutationObserver((_, o) => { if (!(${DRAWN})) return; globalThis.__drawn = performance.now(); performance.mark('first-card'); o.disconnect(); }).observe(document, { childList: true, subtree: true });`
	});
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	await seedReviews(setup, count, { finished: true });
	const itemUrl = forItem ? `${app}/review/${await seedItemReview(setup)}/item/${BENCH_ITEM}` : app + '/';
	const url = plain ? app + plain.path : itemUrl;
	if (withSw) {
		await controlledByWorker(setup);
		await context.setOffline(true);
	}
	await setup.close();

	// A profile is opened once before the traced load, as an installed app has been.
	for (let i = 0; i < Number(process.env.TRACE_WARM ?? (profile ? 1 : 0)); i++) { const w = await context.newPage(); await w.goto(url); await waitDrawn(w); await w.waitForTimeout(1500); await w.close(); }
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	// TRACE_NOCACHE=1: the HTTP cache off, as the bench's online item row loads.
	if (process.env.TRACE_NOCACHE) {
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	}
	const events: Ev[] = [];
	cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
	const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
	const categories = ['devtools.timeline', ...(process.env.TRACE_LIGHT ? [] : ['disabled-by-default-devtools.timeline']), 'v8', 'blink.user_timing', 'toplevel', 'loading', 'blink', 'disabled-by-default-v8.compile', 'v8.execute', 'disabled-by-default-v8.gc'];
	await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
	await page.goto(url);
	// Waited for inside the page: a locator would inject Playwright's selector engine mid-start.
	const drawn = await waitForGlobal(page, '__drawn');
	await cdp.send('Tracing.end');
	await complete;
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'ParseHTML'));
	if (!main) throw new Error('no renderer main thread');
	const nav = events.find((e) => e.pid === main.pid && e.name === 'navigationStart') ?? events.find((e) => e.pid === main.pid && e.name === 'ParseHTML')!;
	const t0 = nav.ts;
	const end = t0 + drawn * 1000;
	const xs = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= t0 && e.ts <= end).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const self = new Map<string, number>();
	const stack: Ev[] = [];
	const childTime = new Map<Ev, number>();
	const close = (e: Ev) => { self.set(e.name, (self.get(e.name) ?? 0) + (e.dur! - (childTime.get(e) ?? 0)) / 1000); };
	for (const e of xs) {
		while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) close(stack.pop()!);
		const parent = stack[stack.length - 1];
		if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + e.dur!);
		stack.push(e);
	}
	while (stack.length) close(stack.pop()!);
	console.log(`${forItem ? 'item radios' : 'first card'} ${Math.round(drawn)} ms after navigation start; ${count} reviews${profile ? ', profile on disk' : ', incognito'}; main-thread self time by event (ms):`);
	for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
	const tasks = xs.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => b.dur! - a.dur!).slice(0, 12);
	console.log('largest tasks (start → ms):');
	for (const t of tasks.sort((a, b) => a.ts - b.ts)) {
		const inner = xs.filter((e) => e.ts >= t.ts && e.ts < t.ts + t.dur! && e !== t && e.dur! > t.dur! * 0.2).map((e) => `${e.name}${e.args?.data?.url ? ' ' + new URL(e.args.data.url, app).pathname.slice(-24) : ''} ${(e.dur! / 1000).toFixed(0)}`).slice(0, 5);
		console.log(`  ${((t.ts - t0) / 1000).toFixed(0).padStart(6)} ${(t.dur! / 1000).toFixed(1).padStart(7)}  ${inner.join(' | ')}`);
	}
	// Every script, style and data request costs the main thread (Blink's fetcher, the preload scanner's
	// and the module loader's work): how many were made before the screen was drawn, and their sum.
	const requests = xs.filter((e) => e.name === 'ResourceFetcher::requestResource');
	const byKind = new Map<string, { n: number; ms: number }>();
	for (const e of requests) {
		const url = String(e.args?.url ?? e.args?.data?.url ?? '');
		const kind = /\.js(\?|$)/.test(url) ? 'script' : url ? url.split('?')[0]!.split('.').pop()!.slice(0, 8) : '(no url)';
		const k = byKind.get(kind) ?? { n: 0, ms: 0 };
		k.n++;
		k.ms += e.dur! / 1000;
		byKind.set(kind, k);
	}
	console.log(`requests before drawn: ${[...byKind].map(([k, v]) => `${v.n} ${k} (${v.ms.toFixed(0)} ms)`).join(', ')}`);
	// TRACE_WAVES=1: when each script was asked for (ms after navigation start), to see the waterfall.
	if (process.env.TRACE_WAVES) for (const e of requests) console.log(`  ${((e.ts - t0) / 1000).toFixed(0).padStart(6)}  ${new URL(String(e.args?.url), app).pathname}`);
	// Classic scripts evaluated during the load: the HTML's inline ones, and Playwright's own injected
	// script (no URL) when the test driver waits for an element — the bench's cost, not the app's.
	for (const e of xs.filter((x) => x.name === 'EvaluateScript' && x.dur! > 5000)) console.log(`classic script ${(e.dur! / 1000).toFixed(0)} ms at ${((e.ts - t0) / 1000).toFixed(0)}: ${e.args?.data?.url || '(no URL: injected by the test driver)'}`);
	// V8's code cache: compile events say what they produced or consumed (bytes), or that a cache was rejected.
	const cache = { produced: 0, consumed: 0, rejected: 0, compiles: 0 };
	for (const e of xs.filter((x) => x.name.startsWith('v8.compile') || x.name === 'v8.produceModuleCache' || x.name === 'v8.produceCache')) {
		const d = e.args?.data ?? {};
		cache.compiles++;
		cache.produced += d.producedCacheSize ?? 0;
		cache.consumed += d.consumedCacheSize ?? 0;
		if (d.cacheRejected) cache.rejected++;
	}
	console.log(`code cache: ${cache.compiles} compile events, ${(cache.consumed / 1024).toFixed(0)} KB consumed, ${(cache.produced / 1024).toFixed(0)} KB produced, ${cache.rejected} rejected`);
	let busy = 0, reach = 0;
	for (const e of xs) { const a = Math.max(e.ts, reach), b = e.ts + e.dur!; if (b > a) { busy += b - a; reach = b; } }
	const idle = (end - t0 - busy) / 1000;
	console.log(`main thread idle (no task) before the first card ≈ ${idle.toFixed(0)} ms`);
} finally {
	plain?.remove();
	await context.close();
	await browser?.close();
	if (profile) await rm(profile, { recursive: true, force: true });
	server.kill();
}
