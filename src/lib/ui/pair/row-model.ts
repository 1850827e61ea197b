import { reasonRequired } from '../../consensus/rules';
import type { Item, Score } from '../../instrument/schema';
import type { ItemAnswer, Rating, ReviewDocument } from '../../review/schema';
import { suggest } from '../../scoring/suggest';

/**
 * The suggested scores an item has on the consensus screen: figures are shared, so they
 * suggest one score; sub-criteria were judged by each reviewer, so each judgement may
 * suggest its own. Distinct scores, lowest first; empty when nothing is suggested.
 */
export function suggestedScores(item: Item, answer: ItemAnswer, ratings: readonly Rating[]): Score[] {
	const scores = ratings.flatMap((rating) => {
		const own = rating.items.find((i) => i.number === item.number);
		const result = suggest(item, own ? { ...answer, subCriteria: own.subCriteria } : answer);
		return result.kind === 'suggested' ? [result.score] : [];
	});
	return [...new Set(scores)].sort((x, y) => x - y);
}

/**
 * Whether picking `score` asks for a reason: required when it is neither reviewer's score
 * (the rule in src/lib/consensus/rules.ts), offered when it differs from every suggestion.
 */
export type ReasonAsk = 'required' | 'optional' | 'none';

export function reasonAsk(doc: ReviewDocument, number: number, score: Score, suggested: readonly Score[]): ReasonAsk {
	if (reasonRequired(doc, number, score)) return 'required';
	if (suggested.length > 0 && !suggested.includes(score)) return 'optional';
	return 'none';
}
