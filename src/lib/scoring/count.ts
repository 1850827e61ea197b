import type { Score } from '../instrument/schema';
import type { SuggestionResult } from './types';

/** One sub-criterion as the count rule sees it; `met: null` = not yet assessed. */
export type SubCriterionState = { id: string; met: boolean | null };

/**
 * Score from the number of sub-criteria met, via the edition's map
 * (`scoreByMet[n]` = score when n are met). Until every sub-criterion is
 * assessed there is no count: an unanswered one is not a "not met".
 */
export function suggestFromCount(scoreByMet: readonly Score[], answers: readonly SubCriterionState[]): SuggestionResult {
	const missing = answers.filter((a) => a.met === null).map((a) => a.id);
	if (missing.length > 0) return { kind: 'incomplete', basis: 'count', missing };

	const met = answers.filter((a) => a.met === true).length;
	const score = scoreByMet[met];
	// The edition schema makes the map cover 0..n; a map that does not suggests nothing rather than throwing.
	if (score === undefined) return { kind: 'none' };
	return { kind: 'suggested', basis: 'count', score, met, of: answers.length };
}
