import type { Browser, BrowserContext, Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { seedReviews } from './seed';
import { gz } from './sizes';

/**
 * The lock's figures (issue 14, "Measures"). `BENCH_ONLY=lock npm run bench`.
 *
 * - Score tap → durable in IndexedDB, p95 of 40, with the lock ON and, in the same
 *   run and the same way, with it OFF: the ratio is what the lock costs, whatever
 *   the machine's load. "Durable" is read from the `summaries` row the same
 *   transaction writes (with the lock on the document itself is sealed).
 * - Unlocking a device with 200 stored reviews at 4× CPU: from pressing *Avaa
 *   lukitus* (the submit event) to the first card of the reviews list in the
 *   document, both timed inside the page. That includes the key derivation
 *   (PBKDF2, 600,000 iterations), the unwrap, the sealed journal and drawing the list.
 * - First-load JS with the lock on: scripts fetched before the lock screen is in
 *   the document (the same 80 KB budget as the list), and those fetched from the
 *   submit until the list is drawn (the cipher, the journal). With the lock off the
 *   list's own first load, lock gate included, is run.ts's 'size' figure.
 *
 * Every wait polls slowly inside the page (`waitForFunction`): Playwright's own
 * locator polling competes with the app on a 4×-throttled main thread.
 */
type Row = { figure: string; value: string; budget: string; ok: boolean | null };
const PASS = 'bench salalause 2026';
const BUILD_DIR = resolve(process.env.BUILD_DIR ?? 'build');
const ROUNDS = Number(process.env.BENCH_LOCK_ROUNDS ?? 5);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** In every page before the app: the submit's time, and when the lock screen and the first card enter the document. */
const MARKS = `
	globalThis.__name ??= (f) => f;
	const w = globalThis;
	addEventListener('submit', () => (w.__submitAt = performance.now()), true);
	new MutationObserver(() => {
		if (w.__lockAt === undefined && document.querySelector('[data-testid="lock-screen"]')) w.__lockAt = performance.now();
		if (w.__submitAt !== undefined && w.__cardAt === undefined && document.querySelector('[data-testid="review-card"]')) w.__cardAt = performance.now();
	}).observe(document, { childList: true, subtree: true });
`;

/** The app's first screen is up, so its database exists with its stores before rows are put into it. */
async function openApp(page: Page, app: string): Promise<void> {
	await page.goto(app + '/');
	await page.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor({ timeout: 120_000 });
}

async function newContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext();
	await context.addInitScript({ content: MARKS });
	return context;
}

const mark = (page: Page, name: '__lockAt' | '__cardAt') =>
	page.waitForFunction((n) => (globalThis as unknown as Record<string, number | undefined>)[n] !== undefined, name, { polling: 100, timeout: 120_000 });

async function turnOn(page: Page, app: string): Promise<number> {
	await page.goto(app + '/settings');
	const block = page.getByTestId('lock-settings');
	await block.getByTestId('lock-new').fill(PASS);
	await block.getByTestId('lock-confirm').fill(PASS);
	const t0 = Date.now();
	await block.getByTestId('lock-turn-on').click();
	await block.getByTestId('lock-on').waitFor({ timeout: 120_000 });
	return Date.now() - t0;
}

/** Types the passphrase and presses *Avaa lukitus* on a page showing the lock screen. */
async function unlockPage(page: Page): Promise<void> {
	await mark(page, '__lockAt');
	await page.getByTestId('lock-passphrase').fill(PASS);
	await page.getByTestId('unlock').click();
}

/** Item 7 of a seeded draft open on its own page (and context), with the lock on or off. */
async function itemPage(browser: Browser, app: string, locked: boolean): Promise<{ context: BrowserContext; page: Page; id: string }> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await openApp(page, app);
	const [doc] = await seedReviews(page, 1, { finished: false });
	if (locked) await turnOn(page, app);
	await page.goto(`${app}/review/${doc!.id}/item/7`);
	if (locked) await unlockPage(page); // a full load starts locked
	await page.getByRole('radio').first().waitFor();
	return { context, page, id: doc!.id };
}

/** One tap on the next anchor, timed inside the page from the click to the summary row holding the new total. */
function tap(page: Page, id: string): Promise<number> {
	return page.evaluate(
		async ({ id }) => {
			const total = () =>
				new Promise<number | null>((resolve) => {
					const open = indexedDB.open('laatuarvio');
					open.onsuccess = () => {
						const req = open.result.transaction('summaries').objectStore('summaries').get(id);
						req.onsuccess = () => (open.result.close(), resolve(req.result?.total ?? null));
					};
				});
			const before = await total();
			// The five anchors: tap the one after the chosen one, so the total always moves.
			const anchors = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].slice(0, 5);
			const input = anchors[(anchors.findIndex((a) => a.checked) + 1) % 5]!;
			const t0 = performance.now();
			input.click();
			while ((await total()) === before) await new Promise((r) => setTimeout(r, 0));
			return performance.now() - t0;
		},
		{ id }
	);
}

/**
 * 40 taps with the lock on and 40 with it off, taken in turns (on, off, on, …) so
 * that whatever else the machine is doing weighs on both alike.
 */
async function saveLatencies(browser: Browser, app: string): Promise<{ on: number[]; off: number[] }> {
	const locked = await itemPage(browser, app, true);
	const open = await itemPage(browser, app, false);
	const on: number[] = [];
	const off: number[] = [];
	for (let i = 0; i < 40; i++) {
		on.push(await tap(locked.page, locked.id));
		off.push(await tap(open.page, open.id));
	}
	await locked.context.close();
	await open.context.close();
	return { on, off };
}

/** The page's marks, and the gzip size of the scripts whose fetch started within (from, to] on the page's clock. */
async function pageMarks(page: Page) {
	const r = await page.evaluate(() => {
		const w = globalThis as unknown as Record<'__lockAt' | '__submitAt' | '__cardAt', number>;
		const scripts = performance
			.getEntriesByType('resource')
			.filter((e) => e.name.endsWith('.js'))
			.map((e) => ({ path: new URL(e.name).pathname, start: e.startTime }));
		return { lockAt: w.__lockAt, submitAt: w.__submitAt, cardAt: w.__cardAt, scripts };
	});
	const js = (from: number, to: number) => r.scripts.filter((s) => s.start > from && s.start <= to).reduce((sum, s) => sum + gz(join(BUILD_DIR, s.path)), 0);
	return { lockAt: r.lockAt, submitAt: r.submitAt, cardAt: r.cardAt, js };
}

/**
 * Scripts fetched before the lock screen is in the document, on a cold load with no
 * service worker and no throttling (as run.ts measures the list's first load).
 */
async function lockScreenJs(browser: Browser, app: string): Promise<number> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript({ content: MARKS });
	const setup = await context.newPage();
	await openApp(setup, app);
	await turnOn(setup, app);
	await setup.close();
	const page = await context.newPage();
	await page.goto(app + '/');
	await mark(page, '__lockAt');
	await page.waitForLoadState('networkidle');
	const { lockAt, js } = await pageMarks(page);
	await context.close();
	return js(-Infinity, lockAt);
}

type UnlockFigures = { onMs: number; unlockMs: number[]; unlockJs: number };

async function unlockWith(browser: Browser, app: string, count: number): Promise<UnlockFigures> {
	const context = await newContext(browser);
	const setup = await context.newPage();
	await openApp(setup, app);
	await seedReviews(setup, count / 2, { finished: false });
	await seedReviews(setup, count / 2, { finished: true });
	const onMs = await turnOn(setup, app);
	await setup.close();
	const figures: UnlockFigures = { onMs, unlockMs: [], unlockJs: 0 };
	for (let i = 0; i < ROUNDS; i++) {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(app + '/');
		await unlockPage(page);
		await mark(page, '__cardAt');
		const { submitAt, cardAt, js } = await pageMarks(page);
		figures.unlockMs.push(cardAt - submitAt);
		// Scripts the unlock itself waits for (the cipher, the sealed journal): none if the lock screen fetched them.
		if (i === 0) figures.unlockJs = js(submitAt, cardAt);
		await page.close();
	}
	await context.close();
	return figures;
}

export async function lockRows(browser: Browser, app: string): Promise<Row[]> {
	console.error('bench: lock: score taps, lock on and off in turns…');
	const { on, off } = await saveLatencies(browser, app);
	console.error('bench: lock: first load of the lock screen…');
	const lockScreen = await lockScreenJs(browser, app);
	console.error('bench: lock: unlocking 200 reviews…');
	const f = await unlockWith(browser, app, 200);
	const unlock = pct(f.unlockMs, 50);
	const ms = (xs: number[], p: number) => `${pct(xs, p).toFixed(1)} ms`;
	return [
		{
			figure: 'lock on: score tap → durable in IndexedDB (p95 of 40)',
			value: `${ms(on, 95)} (p50 ${ms(on, 50)}); off ${ms(off, 95)} (p50 ${ms(off, 50)}); on ÷ off p95 ${(pct(on, 95) / pct(off, 95)).toFixed(2)}×, p50 ${(pct(on, 50) / pct(off, 50)).toFixed(2)}×`,
			budget: '≤ 50 ms',
			ok: pct(on, 95) <= 50
		},
		{
			figure: `lock on, 200 reviews: Avaa lukitus → list drawn, 4× CPU (median of ${f.unlockMs.length})`,
			value: `${unlock.toFixed(0)} ms (max ${Math.max(...f.unlockMs).toFixed(0)})`,
			budget: '≤ 1000 ms',
			ok: unlock <= 1000
		},
		{ figure: 'lock on: first-load JS before the lock screen is drawn (gzip)', value: kb(lockScreen), budget: '≤ 80 KB', ok: lockScreen <= 80 * 1024 },
		{ figure: 'lock on: JS fetched from Avaa lukitus to the list drawn (gzip)', value: kb(f.unlockJs), budget: '—', ok: null },
		{ figure: 'turning the lock on with 200 reviews (seals all, 1×)', value: `${f.onMs} ms`, budget: '—', ok: null }
	];
}
