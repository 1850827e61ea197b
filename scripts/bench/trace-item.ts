/**
 * Where an item screen's cold open goes (issue 15 part 2): opens item 7 of a
 * seeded draft at 4× CPU with the V8 CPU profiler on, then prints the scripts
 * fetched (gzip size) and self time by script and by function. For deciding what
 * to cut, not a budget of its own.
 *
 *   npm run build && npx tsx scripts/bench/trace-item.ts [build] [port]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { printSelfTime, selfTime } from './profile-summary';
import { gz } from './sizes';
import { BENCH_ITEM } from './item';
import { finishedReview } from '../../tests/e2e/pages/sync';
import { seedDatabase } from '../../tests/e2e/support/seed';
import { reopen } from '../../src/lib/review/lifecycle';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4991);
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
	const setup = await context.newPage();
	await setup.goto(app + '/');
	await setup.locator('[data-testid="empty-state"], [data-testid="review-list"]').first().waitFor();
	const draft = { ...reopen(finishedReview('Trace service', 3), new Date().toISOString()), revision: 1 };
	await seedDatabase(setup, { reviews: [draft, ...Array.from({ length: 10 }, () => finishedReview('Trace service', 4))] });
	await setup.close();

	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	// The profile is started as the document is created and stopped by the page itself in the
	// mutation that adds the fifth radio: what runs after (the previous scores, read once the screen
	// is drawn; Playwright's polling) is not counted, as it was when the driver stopped it.
	const finished = new Promise<{ profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }>((resolve) => cdp.once('Profiler.consoleProfileFinished', resolve as never));
	await page.addInitScript({
		content: `console.profile('item');
		new MutationObserver((_, o) => { if (document.querySelectorAll('[data-testid="anchors"] input[type=radio]').length < 5) return; console.profileEnd('item'); globalThis.__radios = performance.now(); o.disconnect(); }).observe(document, { childList: true, subtree: true });`
	});
	await page.goto(`${app}/review/${draft.id}/item/${BENCH_ITEM}`);
	const { profile } = await finished;
	const usable = Math.round(await page.evaluate(() => (globalThis as { __radios?: number }).__radios ?? NaN));

	// Requested before the radios: what comes after (the frame's extras, the sync badge) depends on
	// when this evaluation runs, and is not the screen's cost.
	const scripts = await page.evaluate((until) =>
		performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.startTime <= until).map((e) => new URL(e.name).pathname), usable
	);
	const small = scripts.filter((p) => gz(join(dir, p)) < 1024).length;
	console.log(`radios ${usable} ms after navigation start (4× CPU); ${scripts.length} scripts before them (${small} under 1 KB), ${(scripts.reduce((s, p) => s + gz(join(dir, p)), 0) / 1024).toFixed(1)} KB gzip`);
	for (const p of scripts) console.log(`  ${(gz(join(dir, p)) / 1024).toFixed(1).padStart(6)} KB  ${p}`);

	console.log();
	printSelfTime(profile, app, { functions: 25 });
	const { byUrl } = selfTime(profile, app);
	const self = new Map<number, number>();
	profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
	const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);

	// Who the busiest scripts work for: each sample of a script charged to the nearest
	// caller in another script (minified names say little; the caller's place does).
	const parent = new Map<number, Node>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);
	const where = (n: Node) => (n.callFrame.url ? new URL(n.callFrame.url, app).pathname : '');
	for (const [script] of top(byUrl, 6).filter(([k]) => k.startsWith('/'))) {
		const callers = new Map<string, number>();
		for (const n of profile.nodes) {
			if (where(n) !== script || !self.get(n.id)) continue;
			let up = parent.get(n.id);
			while (up && where(up) === script) up = parent.get(up.id);
			const key = up ? `${up.callFrame.functionName || '(anonymous)'} ${where(up) || '(root)'}:${up.callFrame.lineNumber}:${up.callFrame.columnNumber}` : '(root)';
			callers.set(key, (callers.get(key) ?? 0) + (self.get(n.id) ?? 0));
		}
		console.log(`\n${script} works for:`);
		for (const [k, v] of top(callers, 5)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`);
	}
} finally {
	await browser.close();
	server.kill();
}
