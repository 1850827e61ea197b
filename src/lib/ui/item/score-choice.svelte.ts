import type { Score } from '$lib/instrument/schema';

export type ScoreWriter = {
	/** The score the document holds now. */
	stored: () => Score | null;
	/**
	 * The one write of a score (or of no score); resolves when committed or failed.
	 * `shownAfter`, when given, is the tapped mark's paint: the write starts at once,
	 * and what its commit redraws waits for that (`ReviewSession.edit`).
	 */
	write: (score: Score | null, shownAfter?: Promise<void>) => Promise<unknown>;
	/** true when the last write failed. */
	failed: () => boolean;
	/**
	 * Resolves once the tapped mark has been painted (`nextPaint` of `src/lib/ui/paint.ts`).
	 * Absent: nothing is held back.
	 */
	painted?: () => Promise<void>;
};

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
		// The wait starts with the tap: the commit is not held back by the frame (issue 14),
		// only its redraw is, so the mark is drawn first (issue 15).
		const painted = this.writer.painted?.();
		await Promise.all([this.writer.write(score, painted), painted]);
		if (this.#pending?.seq !== seq) return; // a later tap owns the mark now
		this.#pending = null;
		this.#notSaved = this.writer.failed();
	}
}
