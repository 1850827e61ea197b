import { itemOf } from '$lib/instrument';
import type { Edition, Item } from '$lib/instrument/schema';
import type { ItemAnswer, ReviewDocument } from '$lib/review/schema';
import { figureRule, suggest, type FigureRule, type SuggestionResult } from '$lib/scoring';

/** What the item screen draws for one item: the criterion, its answer, its figure rule and the suggestion. */
export type ItemParts = {
	readonly item: Item;
	readonly answer: ItemAnswer;
	readonly rule: FigureRule | undefined;
	readonly suggestion: SuggestionResult;
};

/**
 * The parts of item `number`, or null when the edition or the document has no such item (the
 * screen then says so). One function for both panes of the item screen: the second pane follows
 * a switch a frame later (issue 15) and reads the item it still shows, not the one just opened.
 */
export function itemParts(edition: Edition, doc: Pick<ReviewDocument, 'items'>, number: number): ItemParts | null {
	if (!Number.isInteger(number)) return null;
	const item = itemOf(edition, number);
	const answer = doc.items.find((a) => a.number === number);
	if (!item || !answer) return null;
	return {
		item,
		answer,
		rule: item.suggestion.kind === 'figures' ? figureRule(item.suggestion.rule) : undefined,
		suggestion: suggest(item, answer)
	};
}
