/**
 * Where the reviews list's time goes with many reviews stored (issue 15): the cold load of `/`
 * and the navigation back to it from a review, each at 4× CPU under the V8 profiler. Prints, for
 * each phase, the time to the first card, the IndexedDB transactions and reads the page made
 * (counted by wrapping IndexedDB before any app code runs: load-independent figures), and self
 * time by script and by function.
 *
 *   npm run build && npx tsx scripts/bench/trace-back.ts [build] [port] [reviews]
 */
import { spawn } from 'node:child_process';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { seedList } from './list';
import { printSelfTime } from './profile-summary';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4994);
const count = Number(process.argv[4] ?? 1000);
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));

/** Before any app code: a card marker, and a log of every transaction and bulk read. */
const PROBE = `
	globalThis.__name ??= (f) => f;
	globalThis.__idb = [];
	const log = (e) => globalThis.__idb.push({ ...e, t: Math.round(performance.now()) });
	const open = IDBFactory.prototype.open;
	IDBFactory.prototype.open = function (...args) {
		log({ kind: 'open', what: args.join(' ') });
		return open.apply(this, args);
	};
	const tx = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
		log({ kind: 'tx', what: [].concat(stores).join('+') + ' ' + (mode ?? 'readonly') });
		return tx.call(this, stores, mode, ...rest);
	};
	for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype]) {
		for (const name of ['getAll', 'getAllKeys', 'getAllRecords', 'openCursor', 'count', 'get']) {
			const original = proto[name];
			if (!original) continue;
			proto[name] = function (...args) {
				const where = this instanceof IDBIndex ? this.objectStore.name + '.' + this.name : this.name;
				const request = original.apply(this, args);
				request.addEventListener('success', () => {
					const n = Array.isArray(request.result) ? request.result.length : undefined;
					log({ kind: name, what: where + (args[1] !== undefined ? ' limit ' + args[1] : ''), n });
				});
				return request;
			};
		}
	}
	globalThis.__mark = () => {
		new MutationObserver((_, o) => {
			if (!document.querySelector('[data-testid="review-card"]')) return;
			globalThis.__drawn = performance.now();
			o.disconnect();
		}).observe(document, { childList: true, subtree: true });
	};
	globalThis.__mark();
`;

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };
type Idb = { kind: string; what: string; n?: number; t: number };

function report(profile: Profile, n: number) {
	printSelfTime(profile, app, { scripts: 8, functions: n, indent: '  ' });
}

async function profiled<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; profile: Profile }> {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	const value = await run();
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	return { value, profile };
}

async function idbSince(page: Page, from: number, to: number): Promise<Idb[]> {
	return page.evaluate(({ a, b }) => ((globalThis as any).__idb as Idb[]).filter((e) => e.t >= a && e.t <= b), { a: from, b: to });
}

function printIdb(log: Idb[]) {
	console.log(`  IndexedDB: ${log.filter((e) => e.kind === 'tx').length} transactions`);
	for (const e of log) console.log(`    ${String(e.t).padStart(6)}  ${e.kind.padEnd(8)} ${e.what}${e.n !== undefined ? ` → ${e.n} rows` : ''}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript({ content: PROBE });
	await seedList(context, app, count);

	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const cold = await profiled(cdp, async () => {
		await page.goto(app + '/');
		await page.locator('[data-testid="review-card"]').first().waitFor();
		return page.evaluate(() => ({
			drawn: (globalThis as any).__drawn as number,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
				(e) => `${Math.round(e.startTime)} → ${Math.round(e.responseEnd)}  ${new URL(e.name).pathname}`
			)
		}));
	});
	console.log(`cold load, ${count} reviews: first card ${cold.value.drawn.toFixed(0)} ms, first contentful paint → card ${(cold.value.drawn - cold.value.fcp).toFixed(0)} ms`);
	console.log(`  first contentful paint at ${cold.value.fcp.toFixed(0)} ms; fetches:`);
	for (const line of cold.value.scripts) console.log(`    ${line}`);
	printIdb(await idbSince(page, 0, cold.value.drawn + 1000));
	report(cold.profile, 25);
	await page.waitForTimeout(2000);

	await page.locator('[data-testid="review-card"] h2 a').first().click();
	await page.getByTestId('service-name').waitFor();
	await page.waitForTimeout(1000);
	const back = await profiled(cdp, async () => {
		const t0 = await page.evaluate(() => ((globalThis as any).__mark(), performance.now()));
		await page.goBack();
		await page.locator('[data-testid="review-card"]').first().waitFor();
		return { t0, drawn: await page.evaluate(() => (globalThis as any).__drawn as number) };
	});
	console.log(`\nback to the list: first card ${(back.value.drawn - back.value.t0).toFixed(0)} ms after goBack() (at ${back.value.t0.toFixed(0)} → ${back.value.drawn.toFixed(0)})`);
	await page.waitForTimeout(1000);
	printIdb(await idbSince(page, back.value.t0, back.value.drawn + 1000));
	report(back.profile, 25);
	await context.close();
} finally {
	await browser.close();
	server.kill();
}
