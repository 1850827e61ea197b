import type { Browser, BrowserContext, Page } from '@playwright/test';
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getEdition, itemOf, LATEST_EDITION_ID } from '../../src/lib/instrument';
import { reopen } from '../../src/lib/review/lifecycle';
import { finishedReview } from '../../tests/e2e/pages/sync';
import { seedDatabase } from '../../tests/e2e/support/seed';
import { openOnce, type Installed } from './installed';
import { waitForGlobal } from './wait-in-page';

/**
 * The item screen against a plain HTML page of the same item (issue 15 part 2),
 * measured in the same run so that the ratio holds on a loaded machine:
 * - cold open until the five score radios are in the page (online from the
 *   server with the HTTP cache off, and offline from the service worker: in an
 *   installed app's profile on disk that has opened the item before, and in an
 *   incognito context, the first start ever);
 * - a score tap until the frame showing the chosen mark has been painted.
 * Everything at 4× CPU throttling; rounds interleave the pages.
 */

export const BENCH_ITEM = 7;
const PLAIN_PATH = `/__bench/plain-item-${BENCH_ITEM}.html`;

/** Writes the reference page into the build the bench serves; `remove` takes it away again. */
export function writePlainPage(buildDir: string): { path: string; remove: () => void } {
	const item = itemOf(getEdition(LATEST_EDITION_ID)!, BENCH_ITEM)!;
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const anchors = item.anchors
		.map((a) => `<label data-testid="anchor-${a.score}"><input type="radio" name="score" value="${a.score}"> <b>${a.score}</b> ${esc(a.text)}</label>`)
		.join('\n');
	const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${item.number}. ${esc(item.title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}label{display:block;border:2px solid #999;border-radius:8px;padding:.75rem;margin:.5rem 0}label:has(input:checked){border-color:#1d4e89;background:#e8eef5}</style>
</head><body><h1>${item.number}. ${esc(item.title)}</h1><p style="white-space:pre-line">${esc(item.description)}</p>
<fieldset data-testid="anchors"><legend>Pisteet</legend>
${anchors}
</fieldset></body></html>`;
	const dir = join(buildDir, '__bench');
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, `plain-item-${BENCH_ITEM}.html`), html);
	return { path: PLAIN_PATH, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Installed before any page script: the moment the fifth score radio enters the
 * document (on the navigation's clock: from a kept frame, src/lib/shell, when there is one),
 * the moment the live screen's radios are there with no frame left (`__liveMs`), and a tap probe: from the pointerdown's
 * timestamp to the end of the first frame in which an element matches `selector`
 * (and, given `text`, its text starts with it).
 */
export const PROBE = `
	globalThis.__name ??= (f) => f;
	new MutationObserver((_, observer) => {
		if (document.querySelectorAll('[data-testid="anchors"] input[type=radio]').length < 5) return;
		globalThis.__usableMs ??= performance.now();
		if (document.getElementById('laatuarvio-frame')) return;
		globalThis.__liveMs = performance.now();
		observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
	globalThis.__tap = (selector, text) => new Promise((resolve) => {
		let t0 = null;
		const giveUp = performance.now() + 10000;
		addEventListener('pointerdown', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
		const shown = () => {
			const el = document.querySelector(selector);
			return el !== null && (text === undefined || el.textContent.trim().startsWith(text));
		};
		const frame = () => {
			if (performance.now() > giveUp) return resolve(NaN);
			if (t0 !== null && shown()) {
				// After this frame's paint: a message posted from requestAnimationFrame runs once it is drawn.
				const ch = new MessageChannel();
				ch.port1.onmessage = () => resolve(performance.now() - t0);
				ch.port2.postMessage(0);
			} else requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
`;

async function throttled(context: BrowserContext, cacheOff: boolean): Promise<Page> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	if (cacheOff) {
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	}
	return page;
}

/** `ms`: the radios usable (a kept frame's or the live screen's); `live`: the live screen's, no frame left. */
async function openMs(context: BrowserContext, url: string, cacheOff: boolean): Promise<{ page: Page; ms: number; live: number }> {
	const page = await throttled(context, cacheOff);
	await page.goto(url);
	const ms = await waitForGlobal(page, '__usableMs');
	const live = await waitForGlobal(page, '__liveMs');
	return { page, ms, live };
}

/** Taps anchors 1..5 in turn (`rounds` taps); each time, ms until the chosen mark was painted. */
export async function taps(page: Page, marked: (score: number) => string, rounds: number): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const score = ((i + 1) % 5) + 1;
		const label = page.getByTestId(`anchor-${score}`);
		await label.scrollIntoViewIfNeeded();
		// Armed before the tap (awaited), so the pointerdown is never missed.
		await page.evaluate((sel) => {
			const w = globalThis as unknown as { __tap: (s: string) => Promise<number>; __tapped: Promise<number> };
			w.__tapped = w.__tap(sel);
		}, marked(score));
		// Playwright's click scrolls again until nothing (the fixed bottom bar, the sticky score bar) covers the spot.
		await label.click({ position: { x: 40, y: 24 } });
		const ms = await page.evaluate(() => (globalThis as unknown as { __tapped: Promise<number> }).__tapped);
		if (Number.isNaN(ms)) throw new Error(`the tap on anchor ${score} was never painted as chosen (${marked(score)})`);
		out.push(ms);
		await page.waitForTimeout(150); // let the save settle before the next tap, as a person would
	}
	return out;
}

/**
 * Switching to the next item, as the bottom bar does: from the tap's pointerdown to the
 * end of the first frame that shows the next item's title. Timed in the page, so the
 * test driver's own round trips (large on a loaded machine) are not counted.
 */
export async function switchMs(page: Page): Promise<number> {
	const next = page.getByTestId('next-item');
	await next.scrollIntoViewIfNeeded();
	await page.evaluate((text) => {
		const w = globalThis as unknown as { __tap: (s: string, t: string) => Promise<number>; __tapped: Promise<number> };
		w.__tapped = w.__tap('[data-testid="item-page"] h1', text);
	}, `${BENCH_ITEM + 1}.`);
	await next.click();
	const ms = await page.evaluate(() => (globalThis as unknown as { __tapped: Promise<number> }).__tapped);
	if (Number.isNaN(ms)) throw new Error(`item ${BENCH_ITEM + 1} was never painted after the switch`);
	return ms;
}

export type ItemFigures = {
	plainOpen: number[];
	itemOpen: number[];
	itemOffline: number[];
	itemInstalled: number[];
	/** The same opens until the live screen (the app running, no kept frame left). */
	itemOpenLive: number[];
	itemInstalledLive: number[];
	plainTap: number[];
	itemTap: number[];
	switchMs: number[];
};

/** Seeds the bench's draft and ten finished reviews of its service; returns the draft's id. */
export async function seedItemReview(page: Page): Promise<string> {
	// A draft and ten finished reviews of the same service: the trend reads those.
	const now = new Date().toISOString();
	const past = Array.from({ length: 10 }, (_, i) => finishedReview('Bench item service', ((i % 5) + 1) as 1));
	const draft = { ...reopen(finishedReview('Bench item service', 3), now), revision: 1 };
	await seedDatabase(page, { reviews: [draft, ...past] });
	return draft.id;
}

/**
 * A context with no service worker holding the seeded draft; returns its id. The bench's
 * probes by default; the trace scripts pass their own init script and a landscape tablet.
 */
export async function onlineItemContext(
	browser: Browser,
	app: string,
	{ init = PROBE, viewport }: { init?: string; viewport?: { width: number; height: number } } = {}
): Promise<{ context: BrowserContext; id: string }> {
	const context = await browser.newContext({ serviceWorkers: 'block', ...(viewport ? { viewport } : {}) });
	await context.addInitScript({ content: init });
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	const id = await seedItemReview(setup);
	await setup.close();
	return { context, id };
}

/** For the trace scripts: a tablet-sized context with the draft, and no probes beyond esbuild's `__name`. */
export const traceItemContext = (browser: Browser, app: string) =>
	onlineItemContext(browser, app, { init: 'globalThis.__name ??= (f) => f;', viewport: { width: 1280, height: 800 } });

/** Opens the draft's item at 4× CPU and lets it settle (the right pane, then 1.5 s), for tracing what follows. */
export async function openSettledItem(context: BrowserContext, app: string, id: string) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.goto(`${app}/review/${id}/item/${BENCH_ITEM}`);
	await page.getByTestId('pane-work').getByRole('heading', { level: 2 }).first().waitFor();
	await page.waitForTimeout(1500);
	return { page, cdp };
}

export async function itemFigures(
	browser: Browser,
	app: string,
	controlled: (b: Browser) => Promise<{ context: BrowserContext; page: Page }>,
	rounds = 5,
	install?: () => Promise<Installed>
): Promise<ItemFigures> {
	// Online: no service worker, HTTP cache off, so every round fetches and parses everything.
	const { context: online, id } = await onlineItemContext(browser, app);
	const itemUrl = (rid: string) => `${app}/review/${rid}/item/${BENCH_ITEM}`;
	const RADIOS = '[data-testid="anchors"] input[type=radio]';

	// Offline from the worker, incognito: every start is the first start ever.
	const { context: offline, page: warm } = await controlled(browser);
	await offline.addInitScript({ content: PROBE });
	const offId = await seedItemReview(warm);
	await warm.close();
	await offline.setOffline(true);

	// Offline from the worker in a profile on disk that has opened this item once: an installed app.
	const installed = install ? await install() : null;
	let instId = '';
	if (installed) {
		await installed.context.addInitScript({ content: PROBE });
		instId = await seedItemReview(installed.page);
		await installed.page.close();
		await installed.context.setOffline(true);
		await openOnce(installed.context, itemUrl(instId), RADIOS);
	}

	const f: ItemFigures = { plainOpen: [], itemOpen: [], itemOffline: [], itemInstalled: [], itemOpenLive: [], itemInstalledLive: [], plainTap: [], itemTap: [], switchMs: [] };
	try {
		for (let i = 0; i < rounds; i++) {
			const plain = await openMs(online, app + PLAIN_PATH, true);
			f.plainOpen.push(plain.ms);
			f.plainTap.push(...(await taps(plain.page, (s) => `[data-testid="anchor-${s}"]:has(input:checked)`, 4)));
			await plain.page.close();

			const item = await openMs(online, itemUrl(id), true);
			f.itemOpen.push(item.ms);
			f.itemOpenLive.push(item.live);
			f.itemTap.push(...(await taps(item.page, (s) => `[data-testid="anchor-${s}"].chosen`, 4)));
			f.switchMs.push(await switchMs(item.page));
			await item.page.close();

			const off = await openMs(offline, itemUrl(offId), false);
			f.itemOffline.push(off.ms);
			await off.page.close();

			if (installed) {
				const inst = await openMs(installed.context, itemUrl(instId), false);
				f.itemInstalled.push(inst.ms);
				f.itemInstalledLive.push(inst.live);
				await inst.page.close();
			}
		}
	} finally {
		await online.close();
		await offline.close();
		await installed?.close();
	}
	return f;
}
