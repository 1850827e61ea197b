import type { Browser, BrowserContext, Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { seedReviews } from './seed';
import { gz } from './sizes';

/**
 * The lock's figures (issue 14, "Measures"). `BENCH_ONLY=lock npm run bench`.
 *
 * - Score tap → durable in IndexedDB, p95 of 40, with the lock ON and, in the same
 *   run and the same way, with it OFF: the ratio is what the lock costs, whatever
 *   the machine's load. "Durable" is the `complete` event of the transaction that
 *   writes the review row and its summary (COMMITS), checked afterwards by reading
 *   the summary's new total: what the budget means, with no reader hammering the
 *   database meanwhile. The second row times the same taps as run.ts's save figure
 *   does, by a reader polling the database until it sees the change (the summary
 *   row here: with the lock on the document is sealed); that loop competes with the
 *   write it waits for, so it reads later and spreads wider. `scripts/bench/trace-lock-tap.ts`
 *   splits a tap into its steps.
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
/** Taps per timing and lock state (the p95 is of 40). */
const TAPS = Number(process.env.BENCH_LOCK_TAPS ?? 40);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** In every page before the app: the submit's time, and when the lock screen and the first card enter the document. */
export const MARKS = `
	globalThis.__name ??= (f) => f;
	const w = globalThis;
	addEventListener('submit', () => (w.__submitAt = performance.now()), true);
	new MutationObserver(() => {
		if (w.__lockAt === undefined && document.querySelector('[data-testid="lock-screen"]')) w.__lockAt = performance.now();
		if (w.__submitAt !== undefined && w.__cardAt === undefined && document.querySelector('[data-testid="review-card"]')) w.__cardAt = performance.now();
	}).observe(document, { childList: true, subtree: true });
`;

/** The app's first screen is up, so its database exists with its stores before rows are put into it. */
export async function openApp(page: Page, app: string): Promise<void> {
	await page.goto(app + '/');
	await page.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor({ timeout: 120_000 });
}

export async function newContext(browser: Browser, init = ''): Promise<BrowserContext> {
	const context = await browser.newContext();
	await context.addInitScript({ content: MARKS + init });
	return context;
}

const mark = (page: Page, name: '__lockAt' | '__cardAt') =>
	page.waitForFunction((n) => (globalThis as unknown as Record<string, number | undefined>)[n] !== undefined, name, { polling: 100, timeout: 120_000 });

export async function turnOn(page: Page, app: string): Promise<number> {
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
export async function unlockPage(page: Page): Promise<void> {
	await mark(page, '__lockAt');
	await page.getByTestId('lock-passphrase').fill(PASS);
	await page.getByTestId('unlock').click();
}

/** Item 7 of a seeded draft open on its own page (and context), with the lock on or off. */
export async function itemPage(browser: Browser, app: string, locked: boolean, init = ''): Promise<{ context: BrowserContext; page: Page; id: string }> {
	const context = await newContext(browser, init);
	const page = await context.newPage();
	await openApp(page, app);
	const [doc] = await seedReviews(page, 1, { finished: false });
	if (locked) await turnOn(page, app);
	await page.goto(`${app}/review/${doc!.id}/item/7`);
	if (locked) await unlockPage(page); // a full load starts locked
	await page.getByRole('radio').first().waitFor();
	return { context, page, id: doc!.id };
}

/**
 * In the item pages only: the bench's hook on commits. Every read-write transaction
 * that writes `reviews` (the score's `editReview`, which writes the row and its
 * summary together) reports its IndexedDB `complete` event, the moment the write is
 * durable, with no reader polling the database meanwhile. It is the bench's, not the
 * app's: with the lock on or off, in this build or main's, the same event is timed.
 */
export const COMMITS = `
	const commits = (globalThis.__commits = { tx: [], waiting: [] });
	const transaction = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (stores, mode, options) {
		const tx = transaction.call(this, stores, mode, options);
		if (mode === 'readwrite' && [].concat(stores).includes('reviews')) {
			const t = { begin: performance.now(), end: null };
			commits.tx.push(t);
			tx.addEventListener('complete', () => {
				t.end = performance.now();
				for (const wake of commits.waiting.splice(0)) wake();
			});
		}
		return tx;
	};
`;

/** What COMMITS keeps in the page: each such transaction's begin and commit on the page's clock. */
export type Commits = { tx: { begin: number; end: number | null }[]; waiting: (() => void)[] };

/** The two ways a tap is timed: to the commit event (the budget's), or to a polling reader seeing the summary row. */
export type TapTiming = 'commit' | 'poll';

/**
 * One tap on the next anchor (so the total always moves), timed inside the page from
 * the click. 'commit': to the `complete` event of the transaction that wrote it (see
 * COMMITS), then checked: a fresh connection reads the summary row's new total.
 * 'poll': to a reader that reopens the database and reads the summary row in a loop
 * seeing the new total, as run.ts's save figure reads the review row (the document is
 * sealed with the lock on); the loop's own IndexedDB traffic competes with the write.
 * Before the click and after the commit the page is let go idle, so one tap's redraw
 * never lands in the next one's time (the two pages' taps alternate).
 */
export function tap(page: Page, id: string, timing: TapTiming): Promise<number> {
	return page.evaluate(
		async ({ id, timing }) => {
			const commits = (globalThis as unknown as { __commits: Commits }).__commits;
			const idle = () => new Promise((r) => requestIdleCallback(r, { timeout: 1000 }));
			const total = () =>
				new Promise<number | null>((resolve) => {
					const open = indexedDB.open('laatuarvio');
					open.onsuccess = () => {
						const req = open.result.transaction('summaries').objectStore('summaries').get(id);
						req.onsuccess = () => (open.result.close(), resolve(req.result?.total ?? null));
					};
				});
			const before = await total();
			const anchors = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].slice(0, 5);
			const input = anchors[(anchors.findIndex((a) => a.checked) + 1) % 5]!;
			await idle();
			const from = commits.tx.length;
			const t0 = performance.now();
			input.click();
			let ms: number;
			if (timing === 'commit') {
				const committed = () => commits.tx.slice(from).find((t) => t.end !== null)?.end;
				while (committed() === undefined) await new Promise<void>((wake) => commits.waiting.push(wake));
				ms = committed()! - t0;
				if ((await total()) === before) throw new Error('bench: lock: the committed transaction did not hold the tap');
			} else {
				while ((await total()) === before) await new Promise((r) => setTimeout(r, 0));
				ms = performance.now() - t0;
			}
			await idle();
			return ms;
		},
		{ id, timing }
	);
}

type Taps = Record<TapTiming, { on: number[]; off: number[] }>;

/**
 * 40 taps with the lock on and 40 with it off for each timing, taken in turns (on,
 * off, on, … and commit, poll, commit, …) so that whatever else the machine is
 * doing weighs on all four alike.
 */
async function saveLatencies(browser: Browser, app: string): Promise<Taps> {
	const locked = await itemPage(browser, app, true, COMMITS);
	const open = await itemPage(browser, app, false, COMMITS);
	const taps: Taps = { commit: { on: [], off: [] }, poll: { on: [], off: [] } };
	for (let i = 0; i < TAPS; i++)
		for (const timing of ['commit', 'poll'] as const) {
			taps[timing].on.push(await tap(locked.page, locked.id, timing));
			taps[timing].off.push(await tap(open.page, open.id, timing));
		}
	await locked.context.close();
	await open.context.close();
	return taps;
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
	const taps = await saveLatencies(browser, app);
	console.error('bench: lock: first load of the lock screen…');
	const lockScreen = await lockScreenJs(browser, app);
	console.error('bench: lock: unlocking 200 reviews…');
	const f = await unlockWith(browser, app, 200);
	const unlock = pct(f.unlockMs, 50);
	const ms = (xs: number[], p: number) => `${pct(xs, p).toFixed(1)} ms`;
	const onOff = ({ on, off }: { on: number[]; off: number[] }) =>
		`${ms(on, 95)} (p50 ${ms(on, 50)}); off ${ms(off, 95)} (p50 ${ms(off, 50)}); on ÷ off p95 ${(pct(on, 95) / pct(off, 95)).toFixed(2)}×, p50 ${(pct(on, 50) / pct(off, 50)).toFixed(2)}×`;
	return [
		{
			figure: `lock on: score tap → committed in IndexedDB (p95 of ${TAPS})`,
			value: onOff(taps.commit),
			budget: '≤ 50 ms',
			ok: pct(taps.commit.on, 95) <= 50
		},
		{ figure: `lock on: score tap → summary row seen by a polling reader (p95 of ${TAPS})`, value: onOff(taps.poll), budget: '—', ok: null },
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
