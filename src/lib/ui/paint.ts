/**
 * "After the next paint": the one way screens wait for the browser to have drawn
 * what they just changed before doing more (issue 15). The item screen holds a
 * score tap's redraws until its mark is on screen; the consensus screen draws its
 * next rows after the last ones were painted.
 *
 * - A task posted from the frame's requestAnimationFrame runs after that frame's
 *   paint. A message, not a timer: it runs as soon as the frame is done, where a
 *   timer task could queue behind others (issue 14's lock-on tap).
 * - A hidden tab draws no frames: it does not wait for one (the next task runs it).
 * - Whatever happens, `ceilingMs` after the call it runs anyway, so a stalled or
 *   throttled page never holds a write or a screen back for longer than that.
 * - It runs at most once, never synchronously, and never after `cancel()`.
 */

export const PAINT_CEILING_MS = 50;

export type CancelPaintWait = () => void;

/** What the helper needs from the page; the window by default, a fake in unit tests. */
export type PaintHost = {
	hidden(): boolean;
	requestAnimationFrame(run: () => void): number;
	cancelAnimationFrame(handle: number): void;
	setTimeout(run: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
	/** Runs `run` in a task of its own, as soon as possible. */
	post(run: () => void): () => void;
};

const post = (run: () => void): (() => void) => {
	const channel = new MessageChannel();
	channel.port1.onmessage = () => {
		channel.port1.close();
		run();
	};
	channel.port2.postMessage(null);
	return () => channel.port1.close();
};

const windowHost = (): PaintHost => ({
	hidden: () => document.visibilityState === 'hidden',
	requestAnimationFrame: (run) => requestAnimationFrame(run),
	cancelAnimationFrame: (handle) => cancelAnimationFrame(handle),
	setTimeout: (run, ms) => setTimeout(run, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
	post
});

/** Calls `run` once the next frame has been painted (see above); returns a cancel. */
export function afterNextPaint(run: () => void, ceilingMs = PAINT_CEILING_MS, host: PaintHost = windowHost()): CancelPaintWait {
	let done = false;
	let frame: number | null = null;
	let unpost: (() => void) | null = null;
	let timer: unknown = null;
	const finish = () => {
		if (done) return;
		cancel();
		run();
	};
	const cancel = () => {
		done = true;
		if (frame !== null) host.cancelAnimationFrame(frame);
		if (timer !== null) host.clearTimeout(timer);
		unpost?.();
	};
	if (host.hidden()) {
		unpost = host.post(finish);
		return cancel;
	}
	timer = host.setTimeout(finish, ceilingMs);
	frame = host.requestAnimationFrame(() => {
		frame = null;
		if (!done) unpost = host.post(finish);
	});
	return cancel;
}

/** The same wait as a promise, for code that awaits it; it always settles (the ceiling). */
export const nextPaint = (ceilingMs = PAINT_CEILING_MS, host?: PaintHost): Promise<void> =>
	new Promise((resolve) => void afterNextPaint(resolve, ceilingMs, host));
