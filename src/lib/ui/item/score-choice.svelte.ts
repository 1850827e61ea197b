import type { Score } from '$lib/instrument/schema';

export type ScoreWriter = {
	/** The score the document holds now. */
	stored: () => Score | null;
	/** The one write of a score (or of no score); resolves when committed or failed. */
	write: (score: Score | null) => Promise<unknown>;
	/** true when the last write failed. */
	failed: () => boolean;
	/**
	 * Resolves once the tapped mark has been painted. The commit lands within a few
	 * milliseconds and redraws everything the score feeds; started after the paint, that
	 * redraw no longer holds the mark back. Absent: write at once.
	 */
	painted?: () => Promise<void>;
};

/**
 * The next frame has been drawn: a task queued from requestAnimationFrame runs after
 * the paint. A message, not a timer: it runs as soon as the frame is done, where a
 * timer task queued behind others started the write (and so the commit) several
 * milliseconds later (issue 14's lock-on tap). A hidden tab draws no frames, so it
 * never waits on one, and the write waits at most PAINT_WAIT_MS whatever happens.
 */
const PAINT_WAIT_MS = 50;
export const nextPaint = (): Promise<void> =>
	new Promise((resolve) => {
		if (document.visibilityState === 'hidden') return resolve();
		const timer = setTimeout(resolve, PAINT_WAIT_MS);
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				clearTimeout(timer);
				channel.port1.close();
				resolve();
			};
			channel.port2.postMessage(null);
		});
	});

/**
 * The score as the item screen shows it (issue 15 part 2). A tap is shown at once
 * as "chosen, saving…" — the next frame, not after the IndexedDB commit and the
 * redraw of everything the score feeds — and becomes "chosen" when the stored
 * score is that value. A failed write puts the mark back on the stored score and
 * says so. The anchors and the compact score bar share one instance, so both
 * show the same state.
 */
export class ScoreChoice {
	/** The latest tap while its write is on the way; `seq` tells a later tap from it. */
	#pending = $state<{ score: Score | null; seq: number } | null>(null);
	#notSaved = $state(false);
	#seq = 0;

	constructor(private readonly writer: ScoreWriter) {}

	/** What the mark shows: the tap on its way, else the stored score. */
	get shown(): Score | null {
		return this.#pending ? this.#pending.score : this.writer.stored();
	}
	/** The shown score is not yet durable. */
	get saving(): boolean {
		return this.#pending !== null;
	}
	/** The last tap failed to save (the mark is back on the stored score). */
	get notSaved(): boolean {
		return this.#notSaved;
	}

	async choose(score: Score | null): Promise<void> {
		const seq = ++this.#seq;
		this.#pending = { score, seq };
		this.#notSaved = false;
		if (this.writer.painted) await this.writer.painted();
		await this.writer.write(score);
		if (this.#pending?.seq !== seq) return; // a later tap owns the mark now
		this.#pending = null;
		this.#notSaved = this.writer.failed();
	}
}
