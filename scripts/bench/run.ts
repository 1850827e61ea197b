/**
 * `npm run bench`: measures what the issues budget, on this machine, and prints
 * each figure beside its budget. It builds the app, starts the static server and
 * the receiver on spare ports, and drives Debian's Chromium with Playwright.
 * Figures are printed, not asserted: a slow CI machine must not fail the tests.
 */
import { chromium, type Browser } from '@playwright/test';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scriptsAroundFirstScreen } from './first-screen';
import { allFiles, gz, localeModuleRows, precacheFiles } from './sizes';
import { listFigures } from './list';
import { seedReviews } from './seed';
import { countUploaded } from './drain';
import { itemFigures, writePlainPage } from './item';
import { chromeHeight } from './chrome-height';
import { controlledByWorker, installedApp, openOnce } from './installed';
import { waitForGlobal } from './wait-in-page';

const BUILD_DIR = resolve(process.env.BUILD_DIR ?? 'build');
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4390);
const RECEIVER_PORT = Number(process.env.BENCH_RECEIVER_PORT ?? 8890);
const APP = `http://localhost:${APP_PORT}`;
const RECEIVER = `http://localhost:${RECEIVER_PORT}/api/v1`;
const TOKEN = 'bench-token';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const LAUNCH = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS };

type Row = { figure: string; value: string; budget: string; ok: boolean | null };
const rows: Row[] = [];
// Each figure is also printed the moment it is measured: a later step that hangs or is
// killed by a timeout must not take the figures already taken with it.
const keep = rows.push.bind(rows);
rows.push = (...measured: Row[]) => {
	for (const r of measured) console.error(`bench:   ${r.figure}: ${r.value} (budget ${r.budget})`);
	return keep(...measured);
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

/** A TypeScript entry point as one node process (not npx → node), so kill() stops it. */
function start(script: string, args: string[], env: Record<string, string> = {}): ChildProcess {
	return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
}

async function waitFor(url: string, ms = 20_000) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`${url} did not come up`);
}

/**
 * Scripts fetched before the reviews list is drawn (the first load the budget is
 * about), and those fetched after it (the upload engine, the worker client),
 * which the app defers on purpose until the first screen is up.
 */
async function firstLoadJs(browser: Browser): Promise<{ before: number; after: number }> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const { before, after } = await scriptsAroundFirstScreen(page, APP + '/');
	await context.close();
	const size = (paths: string[]) => paths.reduce((sum, p) => sum + gz(join(BUILD_DIR, p)), 0);
	return { before: size(before), after: size(after) };
}

async function controlledPage(browser: Browser) {
	const context = await browser.newContext();
	// tsx keeps function names with an `__name` helper that the page does not have.
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	const page = await context.newPage();
	await page.goto(APP + '/');
	await controlledByWorker(page);
	return { context, page };
}

/**
 * Offline cold starts of the list at 4× CPU, five in a row. `installed` (the budget's figure): a
 * browser profile on disk that has installed the worker and opened the app once, as a reviewer's
 * tablet has (scripts/bench/installed.ts). Otherwise an incognito context: the first start ever.
 */
async function offlineColdStart(browser: Browser, installed: boolean): Promise<{ times: number[]; live: number[] }> {
	const app = installed ? await installedApp(APP, LAUNCH) : null;
	const { context, page } = app ?? (await controlledPage(browser));
	await page.close();
	await context.setOffline(true);
	const LIST = '[data-testid="review-list"], [data-testid="empty-state"]';
	// Navigation start → the list in the document, on the page's clock, waited for in the page.
	await context.addInitScript({
		// __listMs: the list in the document (a kept frame's, src/lib/shell, when there is one); __liveListMs: the live list, no frame left.
		content: `new MutationObserver((_, o) => { if (!document.querySelector('${LIST}')) return; globalThis.__listMs ??= performance.now(); if (document.getElementById('laatuarvio-frame')) return; globalThis.__liveListMs = performance.now(); o.disconnect(); }).observe(document, { childList: true, subtree: true });`
	});
	if (app) await openOnce(context, APP + '/', LIST);
	const times: number[] = [];
	const live: number[] = [];
	try {
		for (let i = 0; i < 5; i++) {
			const p = await context.newPage();
			const cdp = await context.newCDPSession(p);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await p.goto(APP + '/');
			times.push(Math.round(await waitForGlobal(p, '__listMs')));
			live.push(Math.round(await waitForGlobal(p, '__liveListMs')));
			await p.close();
		}
	} finally {
		await (app ? app.close() : context.close());
	}
	return { times, live };
}

async function saveLatency(browser: Browser): Promise<number[]> {
	const { context, page } = await controlledPage(browser);
	const [doc] = await seedReviews(page, 1, { finished: false });
	await page.goto(`${APP}/review/${doc!.id}/item/7`);
	const radios = page.getByRole('radio');
	await radios.first().waitFor();
	const samples: number[] = [];
	for (let i = 0; i < 40; i++) {
		const score = (i % 5) + 1;
		// Time from the tap until IndexedDB holds the new score, measured inside the page.
		const ms = await page.evaluate(
			async ({ id, score }) => {
				const read = () =>
					new Promise<number | null>((resolve) => {
						const open = indexedDB.open('laatuarvio');
						open.onsuccess = () => {
							const req = open.result.transaction('reviews').objectStore('reviews').get(id);
							req.onsuccess = () => {
								open.result.close();
								resolve(req.result?.doc.items[6].score ?? null);
							};
						};
					});
				const input = document.querySelectorAll<HTMLInputElement>('input[type=radio]')[score - 1]!;
				const t0 = performance.now();
				input.click();
				while ((await read()) !== score) await new Promise((r) => setTimeout(r, 0));
				return performance.now() - t0;
			},
			{ id: doc!.id, score }
		);
		samples.push(ms);
	}
	await context.close();
	return samples;
}

/** Time until `count` seeded finished reviews are all uploaded, with `path` open (the list redraws as they go). */
async function queueDrain(browser: Browser, count: number, path: string): Promise<number> {
	const { context, page } = await controlledPage(browser);
	await fetch(`http://localhost:${RECEIVER_PORT}/__reset`, { method: 'POST' });
	await seedReviews(page, count, { finished: true, endpoint: RECEIVER, token: TOKEN });
	const t0 = Date.now();
	await page.goto(APP + path);
	const uploaded = () => countUploaded(page);
	while ((await uploaded()) < count) {
		if (Date.now() - t0 > 120_000) throw new Error('queue did not drain in 120 s');
		await new Promise((r) => setTimeout(r, 100));
	}
	const ms = Date.now() - t0;
	const listing = await (await fetch(`${RECEIVER}/reviews`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
	if (listing.reviews?.length !== count) throw new Error(`receiver holds ${JSON.stringify(listing).slice(0, 300)}, expected ${count}`);
	await context.close();
	return ms;
}

async function main() {
	if (!process.env.BENCH_SKIP_BUILD || !existsSync(join(BUILD_DIR, 'sw.js'))) execSync('npm run --silent build', { stdio: 'inherit' });
	const precache = precacheFiles(BUILD_DIR);
	const precacheGz = precache.reduce((s, f) => s + gz(join(BUILD_DIR, f)), 0);
	const totalJs = allFiles(BUILD_DIR).filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);

	const app = start('scripts/serve-static.ts', ['--port', String(APP_PORT), '--dir', BUILD_DIR]);
	// BENCH_ONLY=drain (or size, start, save, item, list) measures one figure while working on it.
	const only = process.env.BENCH_ONLY;
	const want = (key: string) => !only || only.split(',').includes(key);
	// Only the drain talks to the receiver.
	const receiver = want('drain') ? start('server/main.ts', [], {
		RECEIVER_PORT: String(RECEIVER_PORT),
		RECEIVER_DB: ':memory:',
		RECEIVER_TOKENS: TOKEN,
		RECEIVER_ORIGINS: APP,
		RECEIVER_FAULTS: '1'
	}) : null;
	const browser = await chromium.launch(LAUNCH);
	try {
		await Promise.all([waitFor(APP + '/manifest.webmanifest'), receiver && waitFor(`http://localhost:${RECEIVER_PORT}/healthz`)]);
		const step = (name: string) => console.error(`bench: ${name}…`);
		if (want('size')) {
		step('first-load JS');
		const js = await firstLoadJs(browser);
		rows.push({ figure: 'first-load JS (gzip, fetched before the list is drawn)', value: kb(js.before), budget: '≤ 80 KB', ok: js.before <= 80 * 1024 });
		rows.push({ figure: 'JS fetched after the first screen (gzip)', value: kb(js.after), budget: '—', ok: null });
		rows.push({ figure: `precache (${precache.length} files, gzip)`, value: kb(precacheGz), budget: '≤ 300 KB', ok: precacheGz <= 300 * 1024 });
		rows.push(...localeModuleRows(BUILD_DIR));
		rows.push({ figure: 'all JS in the build (gzip)', value: kb(totalJs), budget: '—', ok: null });
		}
		if (want('start')) {
		step('offline cold start');
		const { times: cold, live } = await offlineColdStart(browser, true);
		rows.push({ figure: 'offline cold start to list, installed app (profile on disk, opened before), 4× CPU (median of 5)', value: `${pct(cold, 50)} ms (max ${Math.max(...cold)})`, budget: '≤ 1000 ms', ok: pct(cold, 50) <= 1000 });
		rows.push({ figure: 'offline cold start to the live list (app running, no kept frame left), installed app, 4× CPU', value: `${pct(live, 50)} ms (max ${Math.max(...live)})`, budget: '—', ok: null });
		const { times: first } = await offlineColdStart(browser, false);
		rows.push({ figure: 'offline cold start to list, incognito (first start ever, no code cache), 4× CPU (median of 5)', value: `${pct(first, 50)} ms (max ${Math.max(...first)})`, budget: '—', ok: null });
		}
		if (want('save')) {
		step('save latency');
		const saves = await saveLatency(browser);
		rows.push({ figure: 'score tap → durable in IndexedDB (p95 of 40)', value: `${pct(saves, 95).toFixed(1)} ms (p50 ${pct(saves, 50).toFixed(1)})`, budget: '≤ 50 ms', ok: pct(saves, 95) <= 50 });
		}
		if (want('item')) {
		step('item screen against a plain page');
		const plain = writePlainPage(BUILD_DIR);
		try {
			const install = () => installedApp(APP, LAUNCH);
			const f = await itemFigures(browser, APP, controlledPage, Number(process.env.BENCH_ITEM_ROUNDS ?? 5), install);
			const ratio = (a: number[], b: number[]) => (pct(a, 50) / pct(b, 50)).toFixed(2);
			const ms = (xs: number[]) => `${pct(xs, 50).toFixed(0)} ms`;
			rows.push({ figure: `plain HTML page of item 7: open → radios, 4× CPU (median of ${f.plainOpen.length})`, value: ms(f.plainOpen), budget: '—', ok: null });
			rows.push({ figure: `item screen cold open, online ÷ plain page`, value: `${ratio(f.itemOpen, f.plainOpen)}× (${ms(f.itemOpen)})`, budget: '≤ 2×', ok: pct(f.itemOpen, 50) <= 2 * pct(f.plainOpen, 50) });
			rows.push({ figure: `item screen cold open, offline (worker), installed app (profile on disk, item opened before) ÷ plain page`, value: `${ratio(f.itemInstalled, f.plainOpen)}× (${ms(f.itemInstalled)})`, budget: '≤ 2×', ok: pct(f.itemInstalled, 50) <= 2 * pct(f.plainOpen, 50) });
			rows.push({ figure: `item screen cold open, offline (worker), incognito (first start ever, no code cache) ÷ plain page`, value: `${ratio(f.itemOffline, f.plainOpen)}× (${ms(f.itemOffline)})`, budget: '—', ok: null });
			// Until the app runs, the radios above are the kept frame's (src/lib/shell): the live screen's time, beside them.
			rows.push({ figure: `item screen cold open until the live screen (app running), online ÷ plain page`, value: `${ratio(f.itemOpenLive, f.plainOpen)}× (${ms(f.itemOpenLive)})`, budget: '—', ok: null });
			rows.push({ figure: `item screen cold open until the live screen, offline installed ÷ plain page`, value: `${ratio(f.itemInstalledLive, f.plainOpen)}× (${ms(f.itemInstalledLive)})`, budget: '—', ok: null });
			rows.push({ figure: `plain radio: tap → checked painted, 4× CPU (median of ${f.plainTap.length})`, value: ms(f.plainTap), budget: '—', ok: null });
			rows.push({ figure: `item screen: score tap → chosen mark painted, 4× CPU`, value: `${ms(f.itemTap)} (${ratio(f.itemTap, f.plainTap)}× plain)`, budget: '≤ 50 ms', ok: pct(f.itemTap, 50) <= 50 });
			rows.push({ figure: `item screen switch (next item), 4× CPU (median of ${f.switchMs.length})`, value: ms(f.switchMs), budget: '≤ 160 ms', ok: pct(f.switchMs, 50) <= 160 });
		} finally {
			plain.remove();
		}
		}
		if (want('consensus')) {
			step('consensus screen against an item screen');
			const c = await (await import('./consensus')).consensusFigures(browser, APP, Number(process.env.BENCH_ITEM_ROUNDS ?? 5));
			const median = (xs: number[]) => pct(xs, 50);
			rows.push({ figure: `item screen of a locked pair review: cold open, 4× CPU (median of ${c.itemOpen.length})`, value: `${median(c.itemOpen).toFixed(0)} ms`, budget: '—', ok: null });
			rows.push({
				figure: 'consensus screen (first agreed-score radios; all 25 rows after) ÷ item screen, cold, 4× CPU',
				value: `${(median(c.consensusOpen) / median(c.itemOpen)).toFixed(2)}× (${median(c.consensusOpen).toFixed(0)} ms; all rows ${median(c.consensusAllRows).toFixed(0)} ms)`,
				budget: '≤ 1.1× (as fast, within noise)',
				ok: median(c.consensusOpen) <= median(c.itemOpen) * 1.1
			});
		}
		if (want('chrome')) {
		step('item screen chrome on a landscape tablet');
		for (const n of [7, 25]) {
			const c = await chromeHeight(browser, APP, n);
			rows.push({ figure: `finished review, item ${n}, 1280×800: top of the score controls / first anchor`, value: `y ${c.scoreY.toFixed(0)} / ${c.firstAnchorY.toFixed(0)} px`, budget: '—', ok: null });
		}
		}
		if (want('list')) {
		// BENCH_LIST_COUNTS=10,100 to try fewer sizes.
		const counts = (process.env.BENCH_LIST_COUNTS ?? '10,100,1000').split(',').map(Number);
		for (const count of counts) {
			step(`list with ${count} reviews`);
			const f = await listFigures(browser, APP, count);
			const drawn = pct(f.drawnMs, 50);
			const back = pct(f.backMs, 50);
			const mb = pct(f.heapBytes, 50) / 1024 / 1024;
			// The "≤ 200 ms after the shell" is the next row; this one is the whole start, HTML included.
			rows.push({ figure: `list, ${count} reviews: HTML → first card, 4× CPU (median of 5)`, value: `${drawn.toFixed(0)} ms (max ${Math.max(...f.drawnMs).toFixed(0)})`, budget: '—', ok: true });
			rows.push({ figure: `list, ${count} reviews: shell painted → first card, 4× CPU (median of 5)`, value: `${pct(f.shellToCardMs, 50).toFixed(0)} ms`, budget: '≤ 200 ms', ok: pct(f.shellToCardMs, 50) <= 200 });
			rows.push({ figure: `list, ${count} reviews: back to the list, 4× CPU (median of 5)`, value: `${back.toFixed(0)} ms (max ${Math.max(...f.backMs).toFixed(0)})`, budget: '≤ 200 ms', ok: back <= 200 });
			rows.push({ figure: `list, ${count} reviews: JS heap after GC`, value: `${mb.toFixed(1)} MB`, budget: '≤ 8 MB', ok: mb <= 8 });
		}
		}
		if (want('lock')) rows.push(...(await (await import('./lock')).lockRows(browser, APP))); // issue 14: the lock's figures (scripts/bench/lock.ts)
		if (want('taps')) rows.push(...(await (await import('./taps')).tapRows(browser, APP))); // issue 11: taps of a scripted full review (scripts/bench/taps.ts)
		if (want('drain')) {
		step('queue drain');
		for (const [where, path] of [['settings screen open', '/settings'], ['reviews list open', '/']] as const) {
			const drain = await queueDrain(browser, 200, path);
			rows.push({ figure: `200 queued reviews drained to the local receiver (${where})`, value: `${(drain / 1000).toFixed(2)} s`, budget: '≤ 10 s', ok: drain <= 10_000 });
		}
		}
	} finally {
		await browser.close();
		app.kill();
		receiver?.kill();
	}
	const w = Math.max(...rows.map((r) => r.figure.length));
	console.log('\nLaatuarvio bench (' + new Date().toISOString() + ')');
	for (const r of rows) console.log(`${r.figure.padEnd(w)}  ${r.value.padEnd(26)}  budget ${r.budget.padEnd(9)} ${r.ok === null ? '' : r.ok ? 'within' : 'OVER'}`);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
