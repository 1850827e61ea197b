/**
 * Two builds side by side (issue 11): the item switch (next item, 7 → 8) and the score
 * tap → chosen mark painted, at 4× CPU, in rounds that alternate the builds, so a
 * change's effect is read on a loaded machine from the same run. Prints medians and
 * the load average before and after. For deciding what to keep, not a budget of its own.
 *
 *   npx tsx scripts/bench/ab-switch.ts <buildA> <buildB> [rounds] [portA] [portB]
 */
import { loadavg } from 'node:os';
import { chromium, type BrowserContext } from '@playwright/test';
import { BENCH_ITEM, onlineItemContext, switchMs, taps } from './item';
import { serveBuilds } from './serve-builds';

const [dirA, dirB] = [process.argv[2] ?? 'build', process.argv[3] ?? 'build'];
const rounds = Number(process.argv[4] ?? 6);
const portA = Number(process.argv[5] ?? 4711);
const portB = Number(process.argv[6] ?? portA + 1);
const { builds, stop } = await serveBuilds([
	{ dir: dirA, port: portA },
	{ dir: dirB, port: portB }
]);
const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`load average at start: ${load()}`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const setups: { context: BrowserContext; url: string; switches: number[]; taps: number[] }[] = [];
	for (const b of builds) {
		const app = `http://localhost:${b.port}`;
		const { context, id } = await onlineItemContext(browser, app);
		context.setDefaultTimeout(90_000);
		setups.push({ context, url: `${app}/review/${id}/item/${BENCH_ITEM}`, switches: [], taps: [] });
	}
	for (let i = 0; i < rounds; i++) {
		for (const s of i % 2 ? [...setups].reverse() : setups) {
			const page = await s.context.newPage();
			const cdp = await s.context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await page.goto(s.url);
			await page.getByTestId('pane-work').getByRole('heading', { level: 2 }).first().waitFor();
			s.taps.push(...(await taps(page, (n) => `[data-testid="anchor-${n}"].chosen`, 2)));
			s.switches.push(await switchMs(page));
			await page.close();
		}
	}
	for (const [i, s] of setups.entries())
		console.log(
			`${builds[i]!.dir}: switch median ${median(s.switches).toFixed(0)} ms (${s.switches.map((x) => x.toFixed(0)).join(', ')}); ` +
				`tap → painted median ${median(s.taps).toFixed(0)} ms (${s.taps.length} taps)`
		);
	console.log(`load average at end: ${load()}`);
} finally {
	await browser.close();
	stop();
}
