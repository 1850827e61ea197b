/**
 * Where an item switch goes (issue 11): opens item 7 of the bench's seeded draft at
 * 4× CPU, lets it settle, then taps "next" with the V8 CPU profiler and a devtools
 * trace on, and prints the switch time, the main thread's time by kind of work
 * (script, style, layout, paint…) and self time by function. For deciding what to
 * cut, not a budget of its own.
 *
 *   npm run build && npx tsx scripts/bench/trace-switch.ts [build] [port] [rounds]
 *
 * With TRACE_WHAT=tap it traces a score tap instead (issue 15 part 2: anchor 1, or 2 when 1
 * is already chosen, until the card shows the mark) and lists every task from the click to
 * the frame after the mark with the work inside it, so what runs before the mark's paint shows.
 * TRACE_DETAIL=1 lists those tasks for a switch too, each event inside them with its script.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { BENCH_ITEM, openSettledItem, traceItemContext } from './item';

const dir = process.argv[2] ?? 'build';
const port = Number(process.argv[3] ?? 4993);
const rounds = Number(process.argv[4] ?? 1);
const tapping = process.env.TRACE_WHAT === 'tap';
const app = `http://localhost:${port}`;
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };
type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; args?: { data?: Record<string, unknown> } };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
	const { context, id } = await traceItemContext(browser, app);

	const self = new Map<string, number>();
	const kinds = new Map<string, number>();
	for (let r = 0; r < rounds; r++) {
		const { page, cdp } = await openSettledItem(context, app, id);
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
		await cdp.send('Profiler.start');
		const t0 = Date.now();
		if (tapping) {
			const score = (await page.locator('[data-testid="anchor-1"].chosen').count()) ? 2 : 1;
			await page.getByTestId(`anchor-${score}`).click({ position: { x: 40, y: 24 } });
			await page.locator(`[data-testid="anchor-${score}"].chosen`).waitFor();
		} else {
			await page.getByTestId('next-item').click();
			await page.locator('[data-testid="item-page"] h1', { hasText: `${BENCH_ITEM + 1}.` }).waitFor();
		}
		const ms = Date.now() - t0;
		await page.waitForTimeout(400);
		const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number } };
		const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
		console.log(`round ${r + 1}: switch ${ms} ms`);
		if (process.env.TRACE_OUT) (await import('node:fs')).writeFileSync(`${process.env.TRACE_OUT}-${r}.json`, JSON.stringify(trace));

		// Self time of the samples from the pointerdown to the switch's (or tap's) end only: the
		// profile also holds the settling after it (the kept frame's snapshot, Playwright's polling).
		const events = trace.traceEvents;
		const main = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
		const down = main && (events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'pointerdown' && e.tid === main.tid) ?? main);
		const nodeSelf = new Map<number, number>();
		let at = profile.startTime;
		profile.samples.forEach((n, i) => {
			at += profile.timeDeltas[i] ?? 0;
			if (down && (at < down.ts || at > down.ts + ms * 1000)) return;
			nodeSelf.set(n, (nodeSelf.get(n) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
		});
		for (const n of profile.nodes) {
			const t = nodeSelf.get(n.id) ?? 0;
			if (!t) continue;
			const url = n.callFrame.url ? new URL(n.callFrame.url, app).pathname : '';
			const key = `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
			self.set(key, (self.get(key) ?? 0) + t);
		}

		// The renderer's main thread: the thread that ran the click's event dispatch.
		const onMain = events.filter((e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur);
		// Top-level slices only (those not inside another on the thread), by name, and the
		// inner kinds of work that matter wherever they nest.
		const top = onMain.filter((e) => e.name === 'RunTask');
		// Thread time (tdur) of the tasks from the click to the switch's end: what the switch
		// cost the main thread, less sensitive than wall time to other sessions' load.
		if (main) {
			const inSwitch = top.filter((e) => e.ts >= main.ts - 50_000 && e.ts <= main.ts + ms * 1000);
			const cpu = inSwitch.reduce((sum, e) => sum + ((e as { tdur?: number }).tdur ?? 0) / 1000, 0);
			console.log(`  main-thread time in the switch: ${cpu.toFixed(0)} ms (thread time, ${inSwitch.length} tasks)`);
		}
		const busy = top.reduce((s, e) => s + e.dur! / 1000, 0);
		kinds.set('(main thread busy, RunTask)', (kinds.get('(main thread busy, RunTask)') ?? 0) + busy);
		for (const e of onMain) {
			if (['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'FunctionCall', 'EventDispatch', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC', 'ParseHTML', 'HitTest', 'TimerFire', 'FireAnimationFrame', 'v8.compile', 'EvaluateScript'].includes(e.name))
				kinds.set(e.name, (kinds.get(e.name) ?? 0) + e.dur! / 1000);
		}
		if ((tapping || process.env.TRACE_DETAIL === '1') && main && down) {
			// Every task from the pointerdown on, with the work inside it (nested kinds overlap).
			console.log('  tasks from the pointerdown (ms from it, duration, work inside):');
			console.log(`  click dispatched at +${((main.ts - down.ts) / 1000).toFixed(1)} ms`);
			for (const t of top.filter((e) => e.ts + e.dur! >= down.ts && e.ts <= down.ts + 200_000 && e.dur! >= 100)) {
				const inner = new Map<string, number>();
				for (const e of onMain)
					if (e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.name !== 'RunTask')
						inner.set(e.name, (inner.get(e.name) ?? 0) + e.dur! / 1000);
				const parts = [...inner].filter(([, v]) => v >= 0.3).sort((a, b) => b[1] - a[1]).slice(0, 6);
				console.log(`    +${((t.ts - down.ts) / 1000).toFixed(1).padStart(6)}  ${(t.dur! / 1000).toFixed(1).padStart(6)} ms  ${parts.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')}`);
				if (process.env.TRACE_DETAIL !== '1') continue;
				// What ran inside it: events and script by name, forced layouts with the script that asked.
				for (const e of onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur! && e.dur! >= 500)) {
					const d = (e.args?.data ?? (e.args as { beginData?: Record<string, unknown> })?.beginData ?? {}) as Record<string, unknown>;
					const stack = (d.stackTrace as { functionName: string; url: string; lineNumber: number; columnNumber: number }[] | undefined)?.slice(0, 4)
						.map((f) => `${f.functionName || '?'}@${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`).join(' < ');
					const what = [d.type, d.functionName, typeof d.url === 'string' ? `${d.url.split('/').pop()}:${d.lineNumber}:${d.columnNumber}` : undefined].filter(Boolean).join(' ');
					const a = e.args as { beginData?: Record<string, unknown>; endData?: Record<string, unknown> } | undefined;
					const objects = e.name === 'Layout' ? ` objects ${a?.beginData?.dirtyObjects}/${a?.beginData?.totalObjects} partial ${a?.beginData?.partialLayout} roots ${JSON.stringify((a?.endData?.layoutRoots as unknown[] | undefined)?.length ?? a?.endData?.rootNode)}` : '';
					console.log(`        +${((e.ts - down.ts) / 1000).toFixed(1).padStart(6)}${objects} ${(e.dur! / 1000).toFixed(1).padStart(6)} (cpu ${(((e as { tdur?: number }).tdur ?? 0) / 1000).toFixed(1)}) ${e.name} ${what}${stack ? ' [' + stack + ']' : ''}`);
				}
			}
		}
		if (r === 0 && main) {
			const start = main.ts;
			console.log('  timeline of long tasks after the click (ms from the click, duration):');
			for (const e of top.filter((e) => e.ts >= start - 1000 && e.dur! > 4000).slice(0, 20))
				console.log(`    +${((e.ts - start) / 1000).toFixed(0).padStart(5)}  ${(e.dur! / 1000).toFixed(1).padStart(6)} ms`);
		}
		await page.close();
	}
	const sorted = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
	console.log(`\nmain thread by kind (ms, summed over ${rounds} rounds; nested kinds overlap):`);
	for (const [k, v] of sorted(kinds, 20)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
	console.log('\nself time by function, from the pointerdown to the end (ms):');
	for (const [k, v] of sorted(self, 40)) console.log(`  ${v.toFixed(1).padStart(8)}  ${k}`);
} finally {
	await browser.close();
	server.kill();
}
