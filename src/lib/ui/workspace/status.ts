import type { Edition, Item } from '$lib/instrument/schema';
import type { ItemAnswer, ReviewDocument } from '$lib/review/schema';
import { mismatches, type Mismatch } from '$lib/scoring';

/** One item as the overview and the jump list show it. */
export type ItemStatus = {
	item: Item;
	score: number | null;
	/** Notes plus sub-criteria with evidence written. */
	entries: number;
	mismatch: Mismatch | null;
};

const entriesOf = (answer: ItemAnswer | undefined): number =>
	answer
		? answer.notes.length + Object.values(answer.subCriteria).filter((s) => s.evidence.trim() !== '').length
		: 0;

export function itemStatuses(edition: Edition, doc: ReviewDocument): ItemStatus[] {
	const byNumber = new Map(doc.items.map((a) => [a.number, a]));
	const differing = new Map(mismatches(edition, doc.items).map((m) => [m.number, m]));
	return edition.items.map((item) => {
		const answer = byNumber.get(item.number);
		return {
			item,
			score: answer?.score ?? null,
			entries: entriesOf(answer),
			mismatch: differing.get(item.number) ?? null
		};
	});
}
