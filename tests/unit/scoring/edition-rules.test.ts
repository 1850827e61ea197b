import { describe, expect, it } from 'vitest';
import { editions } from '../../../src/lib/instrument/index';
import { figureRule } from '../../../src/lib/scoring/figures/index';
import { suggest } from '../../../src/lib/scoring/suggest';
import { answer } from './helpers';

/** The one place the scoring rules meet the real edition data: every rule an edition names must exist here. */
describe.each(editions.map((e) => [e.id, e] as const))('edition %s', (_, edition) => {
	const figureItems = edition.items.flatMap((item) => (item.suggestion.kind === 'figures' ? [[item.number, item.suggestion.rule, item] as const] : []));

	it('has figure items', () => {
		expect(figureItems.length).toBeGreaterThan(0);
	});

	it.each(figureItems)('item %i names rule "%s", which exists', (_, rule) => {
		expect(figureRule(rule)?.id).toBe(rule);
	});

	it.each(figureItems)('item %i ("%s") asks for figures before it suggests', (number, _, item) => {
		expect(suggest(item, answer(number))).toMatchObject({ kind: 'incomplete', basis: 'figures' });
	});
});
