/**
 * Where the 200-review drain goes (issue 15): seeds 200 finished reviews, opens
 * `path` with the V8 CPU profiler on, waits until every outbox row is uploaded,
 * then prints the time per upload split into the fetch itself (resource timing:
 * request start → response end, preflight included) and the gaps between
 * fetches, the busy share of the main thread, and self time by script and by
 * function. For deciding what to cut, not a budget of its own.
 *
 *   npx tsx scripts/bench/trace-drain.ts [build] [path] [app port] [receiver port]
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { seedReviews } from './seed';
import { countUploaded } from './drain';

const dir = process.argv[2] ?? 'build';
const path = process.argv[3] ?? '/';
const port = Number(process.argv[4] ?? 4741);
const receiverPort = Number(process.argv[5] ?? 8741);
const app = `http://localhost:${port}`;
const receiver = `http://localhost:${receiverPort}/api/v1`;
const token = 'bench-token';
const COUNT = 200;

const node = (script: string, args: string[], env: Record<string, string> = {}) =>
	spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
const servers = [
	node('scripts/serve-static.ts', ['--port', String(port), '--dir', dir]),
	node('server/main.ts', [], { RECEIVER_PORT: String(receiverPort), RECEIVER_DB: ':memory:', RECEIVER_TOKENS: token, RECEIVER_ORIGINS: app })
];
await new Promise((r) => setTimeout(r, 4000));

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const context = await browser.newContext();
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	// What the page itself sees: each PUT from the fetch call to its body read, and each
	// IndexedDB transaction from its creation to its commit (waits for other transactions included).
	await context.addInitScript(instrument);
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
	await seedReviews(setup, COUNT, { finished: true, endpoint: receiver, token });

	const page = setup;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
	const t0 = Date.now();
	await page.goto(app + path);
	await cdp.send('Profiler.start');
	// TIMELINE=1 also records a devtools timeline, to split the main thread's time into script, style, layout, paint.
	const timeline = process.env.TIMELINE === '1';
	if (timeline) await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
	const uploaded = () => countUploaded(page);
	while ((await uploaded()) < COUNT) {
		if (Date.now() - t0 > 180_000) throw new Error('queue did not drain in 180 s');
		await new Promise((r) => setTimeout(r, 100));
	}
	const total = Date.now() - t0;
	if (timeline) printTimeline(JSON.parse((await browser.stopTracing()).toString()));
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
	const fetches = await page.evaluate((base) => {
		return performance
			.getEntriesByType('resource')
			.filter((e) => e.name.startsWith(base) && e.name.includes('/revisions/'))
			.map((e) => ({ start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }));
	}, receiver);

	printPageLog(await page.evaluate(() => (globalThis as unknown as { __drainLog: LogEntry[] }).__drainLog));
	fetches.sort((a, b) => a.start - b.start);
	const inFlight = fetches.reduce((s, f) => s + (f.end - f.start), 0);
	const span = fetches.length ? fetches.at(-1)!.end - fetches[0]!.start : 0;
	const gaps = fetches.slice(1).map((f, i) => f.start - fetches[i]!.end);
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
	console.log(`drained ${COUNT} in ${total} ms with ${path} open; ${fetches.length} PUTs over ${span.toFixed(0)} ms, first at ${fetches[0]?.start.toFixed(0)} ms after navigation start`);
	console.log(`per upload: ${(span / COUNT).toFixed(1)} ms; fetch median ${median(fetches.map((f) => f.end - f.start)).toFixed(1)} ms (sum ${inFlight.toFixed(0)} ms); gap between fetches median ${median(gaps).toFixed(1)} ms (sum ${gaps.reduce((s, g) => s + g, 0).toFixed(0)} ms)`);

	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const byUrl = new Map<string, number>();
	const byFn = new Map<string, number>();
	let idle = 0;
	let sampled = 0;
	for (const n of profile.nodes) {
		const ms = self.get(n.id) ?? 0;
		sampled += ms;
		if (n.callFrame.functionName === '(idle)') idle += ms;
		const url = n.callFrame.url ? new URL(n.callFrame.url, app).pathname : `(${n.callFrame.functionName || 'native'})`;
		byUrl.set(url, (byUrl.get(url) ?? 0) + ms);
		const fn = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
		byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
	}
	console.log(`main thread: ${(sampled - idle).toFixed(0)} ms busy of ${sampled.toFixed(0)} ms sampled`);
	const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
	console.log('\nself time by script (ms):');
	for (const [k, v] of top(byUrl, 12)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
	console.log('\nself time by function:');
	for (const [k, v] of top(byFn, 25)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
} finally {
	await browser.close();
	for (const s of servers) s.kill();
}

/** Main-thread time by top-level timeline event name (only events not nested inside another are counted). */
function printTimeline(trace: { traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }[] }) {
	const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur);
	// The page's main thread: the renderer main thread with the most time recorded.
	const mains = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
	const busy = (id: string) => events.filter((e) => `${e.pid}:${e.tid}` === id).reduce((s, e) => s + e.dur!, 0);
	const main = mains.sort((a, b) => busy(b) - busy(a))[0];
	const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
	const byName = new Map<string, number>();
	const nested = new Map<string, number>();
	let end = 0;
	for (const e of onMain) {
		if (e.ts >= end) {
			if (!['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask'].includes(e.name)) {
				byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
				end = e.ts + e.dur!;
			}
		}
		if (['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'RunMicrotasks', 'FunctionCall', 'GCEvent', 'MinorGC', 'MajorGC', 'V8.GC_MC_BACKGROUND_MARKING'].includes(e.name))
			nested.set(e.name, (nested.get(e.name) ?? 0) + e.dur! / 1000);
	}
	console.log('timeline, top-level events on the main thread (ms):');
	for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
	console.log('timeline, all events of these kinds (ms, nested ones included):');
	for (const [k, v] of [...nested].sort((a, b) => b[1] - a[1])) console.log(`  ${v.toFixed(0).padStart(7)}  ${k}`);
}

type LogEntry = { kind: 'fetch' | 'tx'; t0: number; t1?: number; t2?: number; stores?: string; mode?: string };

/** Runs in the page before the app: wraps fetch and IDBDatabase.transaction to time them. */
function instrument() {
	const log: LogEntry[] = [];
	(globalThis as unknown as { __drainLog: LogEntry[] }).__drainLog = log;
	const realFetch = globalThis.fetch;
	globalThis.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!url.includes('/revisions/')) return realFetch(input, init);
		const e: LogEntry = { kind: 'fetch', t0: performance.now() };
		log.push(e);
		return realFetch(input, init).then((r) => {
			e.t1 = performance.now();
			const text = r.text.bind(r);
			r.text = () => text().then((b) => ((e.t2 = performance.now()), b));
			return r;
		});
	};
	const transaction = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
		const t = transaction.apply(this, args);
		const e: LogEntry = { kind: 'tx', stores: [args[0]].flat().join(','), mode: args[1] ?? 'readonly', t0: performance.now() };
		log.push(e);
		const end = () => (e.t2 = performance.now());
		t.addEventListener('complete', end);
		t.addEventListener('abort', end);
		return t;
	} as IDBDatabase['transaction'];
}

function printPageLog(log: LogEntry[]) {
	const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
	const fetches = log.filter((e) => e.kind === 'fetch' && e.t2 !== undefined);
	if (!fetches.length) return;
	const from = fetches[0]!.t0;
	const to = Math.max(...fetches.map((f) => f.t2!));
	// Average number of PUTs in flight (call → body read) over the drain: the lanes' real overlap.
	const overlap = fetches.reduce((s, f) => s + (f.t2! - f.t0), 0) / (to - from);
	console.log(`page side: ${fetches.length} PUTs, fetch call → reply ${med(fetches.map((f) => f.t1! - f.t0)).toFixed(1)} ms, → body read ${med(fetches.map((f) => f.t2! - f.t0)).toFixed(1)} ms (medians); ${overlap.toFixed(2)} in flight on average`);
	const txs = log.filter((e) => e.kind === 'tx' && e.t0 >= from && e.t0 <= to && e.t2 !== undefined);
	const groups = new Map<string, number[]>();
	for (const t of txs) {
		const key = `${t.mode} ${t.stores}`;
		groups.set(key, [...(groups.get(key) ?? []), t.t2! - t.t0]);
	}
	console.log(`IndexedDB transactions during the drain: ${txs.length} (${(txs.length / fetches.length).toFixed(1)} per upload)`);
	for (const [k, v] of [...groups].sort((a, b) => b[1].length - a[1].length))
		console.log(`  ${String(v.length).padStart(5)} × ${k}: median ${med(v).toFixed(1)} ms, sum ${v.reduce((s, x) => s + x, 0).toFixed(0)} ms`);
}
