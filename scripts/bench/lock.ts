import type { Browser, Page } from '@playwright/test';
import { seedReviews } from './seed';

/**
 * The lock's figures (issue 14 part 3), with the lock ON: score tap → durable in
 * IndexedDB (the document is sealed on the way, so "durable" is read from the
 * summary row the same transaction writes), turning the lock on and unlocking
 * with 200 stored reviews at 4× CPU. `npm run bench` runs it as BENCH_ONLY=lock.
 * The first-load JS of the list (with the lock gate in the layout) is the
 * 'size' figure of run.ts.
 */
type Row = { figure: string; value: string; budget: string; ok: boolean | null };
const PASS = 'bench salalause 2026';
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;

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

async function saveLatencyLocked(browser: Browser, app: string): Promise<number[]> {
	const context = await browser.newContext();
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	const page = await context.newPage();
	await page.goto(app + '/');
	const [doc] = await seedReviews(page, 1, { finished: false });
	await turnOn(page, app);
	await page.goto(`${app}/review/${doc!.id}/item/7`);
	// A full load starts locked.
	await page.getByTestId('lock-passphrase').fill(PASS);
	await page.getByTestId('unlock').click();
	await page.getByRole('radio').first().waitFor();
	const samples: number[] = [];
	for (let i = 0; i < 40; i++) {
		const ms = await page.evaluate(
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
			{ id: doc!.id }
		);
		samples.push(ms);
	}
	await context.close();
	return samples;
}

async function unlockWith(browser: Browser, app: string, count: number, rounds = 3): Promise<{ onMs: number; unlockMs: number[] }> {
	const context = await browser.newContext();
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await seedReviews(setup, count / 2, { finished: false });
	await seedReviews(setup, count / 2, { finished: true });
	const onMs = await turnOn(setup, app);
	await setup.close();
	const unlockMs: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const page = await context.newPage();
		await page.goto(app + '/');
		await page.getByTestId('lock-screen').waitFor();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.getByTestId('lock-passphrase').fill(PASS);
		const t0 = Date.now();
		await page.getByTestId('unlock').click();
		await page.locator('[data-testid="review-card"]').first().waitFor({ timeout: 60_000 });
		unlockMs.push(Date.now() - t0);
		await page.close();
	}
	await context.close();
	return { onMs, unlockMs };
}

export async function lockRows(browser: Browser, app: string): Promise<Row[]> {
	console.error('bench: lock…');
	const saves = await saveLatencyLocked(browser, app);
	const { onMs, unlockMs } = await unlockWith(browser, app, 200);
	const unlock = pct(unlockMs, 50);
	return [
		{ figure: 'lock on: score tap → durable in IndexedDB (p95 of 40)', value: `${pct(saves, 95).toFixed(1)} ms (p50 ${pct(saves, 50).toFixed(1)})`, budget: '≤ 50 ms', ok: pct(saves, 95) <= 50 },
		{ figure: 'lock on, 200 reviews: unlock → list drawn, 4× CPU (median of 3)', value: `${unlock} ms (max ${Math.max(...unlockMs)})`, budget: '≤ 1000 ms', ok: unlock <= 1000 },
		{ figure: 'turning the lock on with 200 reviews (seals all, 1×)', value: `${onMs} ms`, budget: '—', ok: null }
	];
}
