import type { Edit } from '$lib/review/edit';

/**
 * One undo for the quick destructive taps of the workspace (clearing a score,
 * removing a figure row or list entry): they act at once, and the bar at the foot
 * of the screen offers to put back what went. The offer stays until the next
 * destructive tap replaces it, the reviewer closes it, or the review is left;
 * no timer, so nobody has to be quick (WCAG 2.2.1). The action plan's removal in
 * the summary keeps its own undo line beside the list it changes.
 */
export interface UndoOffer {
	/** What was removed, said in the bar. */
	readonly message: string;
	/** The edit that puts it back, applied to the document as stored at commit time. */
	readonly revert: Edit;
}

export class Undo {
	offer = $state.raw<UndoOffer | null>(null);

	/** Call only after the removal committed: an undo of a write that failed would undo nothing. */
	make(offer: UndoOffer): void {
		this.offer = offer;
	}

	/** Applies the revert; the offer goes only when the write landed, so a failed undo can be tried again. */
	async take(apply: (edit: Edit) => Promise<boolean>): Promise<void> {
		const offer = this.offer;
		if (!offer) return;
		if (await apply(offer.revert)) {
			if (this.offer === offer) this.offer = null;
		}
	}

	dismiss(): void {
		this.offer = null;
	}
}

/**
 * A plain deep copy of what a removal takes away, kept for its undo: the document
 * is a $state proxy, which IndexedDB's structured clone refuses.
 */
export function keptCopy<T>(value: T): T {
	return $state.snapshot(value) as T;
}
