import { describe, expect, it } from 'vitest';
import { getEdition, itemOf, LATEST_EDITION_ID } from '../../../src/lib/instrument';
import { figureRule, suggest } from '../../../src/lib/scoring';
import { itemParts } from '../../../src/lib/ui/item/item-parts';
import { buildFinishedReview } from '../../fixtures/review-builder';

const edition = getEdition(LATEST_EDITION_ID)!;
const doc = buildFinishedReview();
const kindOf = (n: number) => itemOf(edition, n)!.suggestion.kind;
const figuresItem = edition.items.find((i) => i.suggestion.kind === 'figures')!.number;
const otherItem = edition.items.find((i) => i.suggestion.kind !== 'figures')!.number;

describe('itemParts: what the item screen draws for one item, the same for both panes', () => {
	it.each([1, figuresItem, otherItem, 25])('item %i: its criterion, its answer, its rule and the suggestion the rules give', (n) => {
		const parts = itemParts(edition, doc, n)!;
		expect(parts.item).toBe(itemOf(edition, n));
		expect(parts.answer).toBe(doc.items.find((a) => a.number === n));
		expect(parts.suggestion).toEqual(suggest(parts.item, parts.answer));
		const rule = parts.item.suggestion.kind === 'figures' ? figureRule(parts.item.suggestion.rule) : undefined;
		expect(parts.rule).toBe(rule);
		expect(parts.rule !== undefined).toBe(kindOf(n) === 'figures');
	});

	it.each([
		['below the first item', 0],
		['above the last item', 26],
		['not a whole number', 7.5],
		['not a number (a mistyped address)', Number.NaN],
		['negative', -1]
	])('%s: null, so the screen says the item was not found', (_, n) => {
		expect(itemParts(edition, doc, n)).toBeNull();
	});

	it('an item the edition has but the document lacks: null, not a half-drawn screen', () => {
		const without = { items: doc.items.filter((a) => a.number !== 7) };
		expect(itemParts(edition, without, 7)).toBeNull();
		expect(itemParts(edition, without, 8)).not.toBeNull();
	});
});
