import type { Item } from '../instrument/schema';
import type { ItemAnswer } from '../review/schema';
import { suggestFromCount } from './count';
import { figureRule } from './figures/index';
import type { SuggestionResult } from './types';

/**
 * The suggested score for one item, from what the reviewer has entered so far.
 * Never throws: a missing answer reads as nothing entered, and a rule id this
 * build does not know (e.g. from a newer edition) suggests nothing.
 */
export function suggest(item: Item, answer: ItemAnswer | undefined): SuggestionResult {
	const how = item.suggestion;
	if (how.kind === 'judgement') return { kind: 'none' };

	if (how.kind === 'count') {
		const states = item.subCriteria.map((c) => ({ id: c.id, met: answer?.subCriteria[c.id]?.met ?? null }));
		return suggestFromCount(how.scoreByMet, states);
	}

	const rule = figureRule(how.rule);
	if (!rule) return { kind: 'none' };
	const outcome = rule.evaluate(answer?.figures ?? {});
	switch (outcome.kind) {
		case 'incomplete':
			return { kind: 'incomplete', basis: 'figures', missing: outcome.missing };
		case 'invalid':
			return { kind: 'invalid', basis: 'figures', field: outcome.field, reason: outcome.reason };
		case 'suggested':
			return { ...outcome, basis: 'figures' };
	}
}
