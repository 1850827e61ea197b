import type { Score } from '$lib/instrument/schema';

export type ScoreWriter = {
	/** The score the document holds now. */
	stored: () => Score | null;
	/** The one write of a score (or of no score); resolves when committed or failed. */
	write: (score: Score | null) => Promise<unknown>;
	/** true when the last write failed. */
	failed: () => boolean;
	/**
	 * Resolves once the tapped mark has been painted (`nextPaint`, `src/lib/ui/paint.ts`).
	 * The write waits for it: on one main thread, a write started in the tap's own task
	 * put its work (and the redraw its commit brings) before the mark's frame, and the
	 * commit came no sooner (round 6, docs/item-screen-speed.md). Absent: write at once.
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
		if (this.writer.painted) await this.writer.painted();
		await this.writer.write(score);
		if (this.#pending?.seq !== seq) return; // a later tap owns the mark now
		this.#pending = null;
		this.#notSaved = this.writer.failed();
	}
}
