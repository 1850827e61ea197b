import { describe, expect, it } from 'vitest';
import { afterNextPaint, nextPaint, PAINT_CEILING_MS, type PaintHost } from '../../../src/lib/ui/paint';

/**
 * A page the test drives by hand: frames are drawn, time passes and posted tasks
 * run only when the test says so, so each rule of the contract is seen alone.
 */
function fakePage({ hidden = false } = {}) {
	let now = 0;
	let nextId = 1;
	const frames = new Map<number, () => void>();
	const timers = new Map<number, { at: number; run: () => void }>();
	const tasks = new Map<number, () => void>();
	const host: PaintHost = {
		hidden: () => hidden,
		requestAnimationFrame: (run) => (frames.set(nextId, run), nextId++),
		cancelAnimationFrame: (id) => void frames.delete(id),
		setTimeout: (run, ms) => (timers.set(nextId, { at: now + ms, run }), nextId++),
		clearTimeout: (id) => void timers.delete(id as number),
		post: (run) => {
			const id = nextId++;
			tasks.set(id, run);
			return () => void tasks.delete(id);
		}
	};
	return {
		host,
		/** The browser draws a frame: rAF callbacks run, then the paint. */
		frame() {
			const due = [...frames.values()];
			frames.clear();
			for (const run of due) run();
		},
		/** Tasks queued so far run (a posted message, in order). */
		tasks() {
			const due = [...tasks.values()];
			tasks.clear();
			for (const run of due) run();
		},
		advance(ms: number) {
			now += ms;
			for (const [id, t] of [...timers]) if (t.at <= now) (timers.delete(id), t.run());
		},
		get pending() {
			return frames.size + timers.size + tasks.size;
		}
	};
}

describe('afterNextPaint: after the frame, never later than the ceiling, cancellable', () => {
	it('runs in the task after the next frame, not in the frame and not before it', () => {
		const page = fakePage();
		let ran = 0;
		afterNextPaint(() => ran++, PAINT_CEILING_MS, page.host);
		page.tasks();
		page.advance(PAINT_CEILING_MS - 1);
		expect(ran).toBe(0); // no frame yet, ceiling not reached
		page.frame();
		expect(ran).toBe(0); // the rAF callback runs before the paint: not yet
		page.tasks();
		expect(ran).toBe(1);
		page.advance(1000);
		page.frame();
		page.tasks();
		expect(ran).toBe(1); // once only: the ceiling's timer is gone
		expect(page.pending).toBe(0);
	});

	it.each([
		[0, 0],
		[PAINT_CEILING_MS - 1, 0],
		[PAINT_CEILING_MS, 1],
		[PAINT_CEILING_MS + 500, 1]
	])('no frame comes: after %i ms it has run %i time(s)', (ms, times) => {
		const page = fakePage();
		let ran = 0;
		afterNextPaint(() => ran++, PAINT_CEILING_MS, page.host);
		page.advance(ms);
		expect(ran).toBe(times);
	});

	it('a longer ceiling is honoured', () => {
		const page = fakePage();
		let ran = 0;
		afterNextPaint(() => ran++, 1000, page.host);
		page.advance(999);
		expect(ran).toBe(0);
		page.advance(1);
		expect(ran).toBe(1);
		page.frame();
		page.tasks();
		expect(ran).toBe(1);
		expect(page.pending).toBe(0);
	});

	it('a hidden tab draws no frames: it runs in the next task, never synchronously', () => {
		const page = fakePage({ hidden: true });
		let ran = 0;
		afterNextPaint(() => ran++, PAINT_CEILING_MS, page.host);
		expect(ran).toBe(0);
		page.tasks();
		expect(ran).toBe(1);
		expect(page.pending).toBe(0);
	});

	it.each([
		['before the frame', (p: ReturnType<typeof fakePage>) => void p],
		['between the frame and its task', (p: ReturnType<typeof fakePage>) => p.frame()]
	])('cancelled %s: never runs, and leaves nothing queued', (_when, step) => {
		const page = fakePage();
		let ran = 0;
		const cancel = afterNextPaint(() => ran++, PAINT_CEILING_MS, page.host);
		step(page);
		cancel();
		page.frame();
		page.tasks();
		page.advance(PAINT_CEILING_MS * 10);
		expect(ran).toBe(0);
		expect(page.pending).toBe(0);
	});

	it('cancelled in a hidden tab: never runs', () => {
		const page = fakePage({ hidden: true });
		let ran = 0;
		afterNextPaint(() => ran++, PAINT_CEILING_MS, page.host)();
		page.tasks();
		expect(ran).toBe(0);
	});

	it('cancelling after it ran changes nothing', () => {
		const page = fakePage();
		let ran = 0;
		const cancel = afterNextPaint(() => ran++, PAINT_CEILING_MS, page.host);
		page.frame();
		page.tasks();
		cancel();
		expect(ran).toBe(1);
	});

	it('nextPaint: the same wait as a promise', async () => {
		const page = fakePage();
		let resolved = false;
		const wait = nextPaint(PAINT_CEILING_MS, page.host).then(() => (resolved = true));
		await Promise.resolve();
		expect(resolved).toBe(false);
		page.frame();
		page.tasks();
		await wait;
		expect(resolved).toBe(true);
	});
});
