/**
 * Where a score tap's time goes with the lock on and off (issue 14): taps item 7 of
 * a seeded draft on two pages (lock on, lock off) of each build given, all in turns,
 * as the lock bench does (so builds compare in the same run), and splits each tap,
 * timed inside the page, into
 *   click → the next frame (the tapped mark drawn),
 *   click → the write's transaction begins (the session queue, the wait for the paint),
 *   begin → commit (read, open the sealed document, edit, check, seal, put; IndexedDB),
 * with the WebCrypto calls inside. For deciding what to cut, not a budget of its own.
 *
 *   npm run build && npx tsx scripts/bench/trace-lock-tap.ts [build …]   (default: build)
 *   TRACE_PORT=4991 (the first build's server; the next ones count up), TRACE_TAPS=40,
 *   TRACE_CPU=4 (throttling), TRACE_PROFILE=1 (the V8 CPU profile of the taps on each
 *   page: self time by function; build with `minify: false` to read the names).
 */
import { spawn } from 'node:child_process';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { COMMITS, itemPage, type Commits } from './lock';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['build'];
const port = Number(process.env.TRACE_PORT ?? 4991);
const rate = Number(process.env.TRACE_CPU ?? 1);
const count = Number(process.env.TRACE_TAPS ?? 40);
const profiling = process.env.TRACE_PROFILE === '1';
const servers = dirs.map((dir, i) =>
	spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port + i), '--dir', dir], { stdio: 'ignore' })
);
await new Promise((r) => setTimeout(r, 2500));

/** Every AES-GCM call, on the page's clock (the transactions: lock.ts's COMMITS). */
const PROBE = `
	const probe = (globalThis.__probe = { crypto: [], requests: [] });
	// The requests of the write: its reads and puts, and the middleware's keep-alive reads while WebCrypto works.
	for (const op of ['get', 'put']) {
		const call = IDBObjectStore.prototype[op];
		IDBObjectStore.prototype[op] = function (...args) {
			const request = call.apply(this, args);
			if (this.transaction.mode === 'readwrite') {
				const r = { op: args[0] === '\uffff\uffffkeepalive' ? 'spin' : op + ' ' + this.name, begin: performance.now(), end: null };
				probe.requests.push(r);
				request.addEventListener('success', () => (r.end = performance.now()));
			}
			return request;
		};
	}
	for (const op of ['encrypt', 'decrypt']) {
		const call = SubtleCrypto.prototype[op];
		SubtleCrypto.prototype[op] = async function (...args) {
			const begin = performance.now();
			try {
				return await call.apply(this, args);
			} finally {
				probe.crypto.push({ op, begin, end: performance.now(), bytes: args[2]?.byteLength ?? 0 });
			}
		};
	}
`;

type Tap = { frame: number; begin: number; commit: number; crypto: { op: string; ms: number; bytes: number; at: number }[]; requests: { op: string; begin: number; end: number }[] };

/** One tap, as lock.ts's 'commit' timing takes it (idle, click, the commit, idle), split at the probe's marks. */
function tap(page: Page): Promise<Tap> {
	return page.evaluate(async () => {
		type Probe = { crypto: { op: string; begin: number; end: number; bytes: number }[]; requests: { op: string; begin: number; end: number }[] };
		const { __probe: probe, __commits: commits } = globalThis as unknown as { __probe: Probe; __commits: Commits };
		const idle = () => new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
		const anchors = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].slice(0, 5);
		const input = anchors[(anchors.findIndex((a) => a.checked) + 1) % 5]!;
		await idle();
		const txFrom = commits.tx.length;
		const cryptoFrom = probe.crypto.length;
		const requestsFrom = probe.requests.length;
		let frame = NaN;
		const t0 = performance.now();
		input.click();
		requestAnimationFrame(() => (frame = performance.now() - t0));
		const committed = () => commits.tx.slice(txFrom).find((t) => t.end !== null);
		while (!committed()) await new Promise<void>((wake) => commits.waiting.push(wake));
		const tx = committed()!;
		const crypto = probe.crypto.slice(cryptoFrom).map((c) => ({ op: c.op, ms: c.end - c.begin, bytes: c.bytes, at: c.begin - tx.begin }));
		const requests = probe.requests.slice(requestsFrom).map((r) => ({ op: r.op, begin: r.begin - tx.begin, end: r.end - tx.begin }));
		await idle();
		return { frame, begin: tx.begin - t0, commit: tx.end! - t0, crypto, requests };
	});
}

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

/** Self time per function over all taps (the bench's own polling included), per tap. */
function printProfile(profile: Profile, taps: number): void {
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const byFn = new Map<string, number>();
	for (const n of profile.nodes) {
		const url = n.callFrame.url ? new URL(n.callFrame.url).pathname.split('/').pop() : '';
		const fn = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber}`;
		byFn.set(fn, (byFn.get(fn) ?? 0) + (self.get(n.id) ?? 0));
	}
	console.log('  self time per tap by function (ms):');
	for (const [k, v] of [...byFn].filter(([k]) => !k.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${(v / taps).toFixed(2).padStart(6)}  ${k}`);
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1).padStart(6)}  p95 ${pct(xs, 95).toFixed(1).padStart(6)}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	type Subject = { label: string; page: Page; cdp: CDPSession; taps: Tap[] };
	const subjects: Subject[] = [];
	for (const [i, dir] of dirs.entries())
		for (const locked of [true, false]) {
			const { context, page } = await itemPage(browser, `http://localhost:${port + i}`, locked, COMMITS + PROBE);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
			if (profiling) {
				await cdp.send('Profiler.enable');
				await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
				await cdp.send('Profiler.start');
			}
			subjects.push({ label: `${dir}, lock ${locked ? 'on' : 'off'}`, page, cdp, taps: [] });
		}
	for (let i = 0; i < count; i++) for (const s of subjects) s.taps.push(await tap(s.page));
	console.log(`CPU ${rate}×, ${count} taps each`);
	for (const s of subjects) {
		const t = s.taps;
		const seg = (f: (x: Tap) => number) => fmt(t.map(f));
		console.log(`${s.label}:`);
		console.log(`  click → next frame         ${seg((x) => x.frame)}`);
		console.log(`  click → write begins       ${seg((x) => x.begin)}`);
		console.log(`  write begins → commit      ${seg((x) => x.commit - x.begin)}`);
		console.log(`  click → commit             ${seg((x) => x.commit)}`);
		for (const op of ['encrypt', 'decrypt']) {
			const calls = t.map((x) => x.crypto.filter((c) => c.op === op));
			console.log(`  ${op}: ${pct(calls.map((c) => c.length), 50)} calls/tap, ${fmt(calls.map((c) => c.reduce((s, x) => s + x.ms, 0)))} ms, ${pct(calls.map((c) => c.reduce((s, x) => s + x.bytes, 0)), 50)} bytes`);
		}
		// The median tap's timeline, from the transaction's begin.
		const median = [...t].sort((a, b) => a.commit - a.begin - (b.commit - b.begin))[Math.floor(t.length / 2)]!;
		const events = [
			...median.requests.map((r) => ({ at: r.begin, text: `${r.op} (answered at ${r.end.toFixed(1)})` })),
			...median.crypto.map((c) => ({ at: c.at, text: `${c.op} ${c.bytes} bytes, ${c.ms.toFixed(1)} ms` })),
			{ at: median.commit - median.begin, text: 'commit' }
		].sort((a, b) => a.at - b.at);
		console.log('  the median tap, from the begin:');
		for (const e of events) console.log(`    ${e.at.toFixed(1).padStart(6)}  ${e.text}`);
		if (profiling) printProfile((await s.cdp.send('Profiler.stop')).profile as Profile, t.length);
	}
} finally {
	await browser.close();
	for (const server of servers) server.kill();
}
