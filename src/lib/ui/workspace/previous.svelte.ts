import { importInfo } from '$lib/db/import';
import { parseStored } from '$lib/db/read-review';
import { reviewsOfService } from '$lib/db/reads';
import { afterFirstScreen } from '$lib/pwa/after-first-screen';
import type { ReviewDocument } from '$lib/review/schema';

/**
 * The stored reviews of one service, for the previous scores and the trend
 * (`src/lib/review/trend.ts` picks from them). Rows that fail to parse are left
 * out rather than trusted. An imported copy of a review that is also on this
 * device is dropped: counting it would show the same visit twice in the trend.
 */
export async function loadServiceReviews(key: string): Promise<ReviewDocument[]> {
	const rows = await reviewsOfService(key);
	const ids = new Set(rows.map((r) => r.id));
	return rows
		.filter((r) => !ids.has(importInfo(r)?.copyOf ?? ''))
		.map(parseStored)
		.flatMap((l) => (l.kind === 'ready' ? [l.doc] : []));
}

/**
 * The reviews of the open review's service, read again whenever its key changes
 * (the reviewer renames the service). Not a live query: that would re-read and
 * re-parse every review of the service on each keystroke saved to the open one,
 * and the others do not change while it is open. Create it while a component
 * initialises (it owns an effect).
 */
export class ServiceReviews {
	#docs = $state.raw<ReviewDocument[]>([]);
	readonly #keyOf: () => string | null;
	// Derived, so a new document with the same key (every save) does not read again.
	#key = $derived.by(() => this.#keyOf());

	constructor(key: () => string | null) {
		this.#keyOf = key;
		$effect(() => {
			const current = this.#key;
			if (!current) return;
			let live = true;
			// After the screen has drawn its content: reading and parsing every review of the
			// service competed with an item's first paint (issue 15), and only fills in a hint.
			afterFirstScreen()
				.then(() => (live ? loadServiceReviews(current) : []))
				.then(
					(docs) => live && (this.#docs = docs),
					// Previous scores are a help, not the review: on a failed read the screens show none.
					() => live && (this.#docs = [])
				);
			return () => (live = false);
		});
	}

	/** Every parsed review of the service, the open one included (trend.ts skips it by id). */
	get docs(): readonly ReviewDocument[] {
		return this.#docs;
	}
}
