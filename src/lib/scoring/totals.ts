import type { Edition, LevelBand, Score } from '../instrument/schema';
import type { ItemAnswer, Totals } from '../review/schema';
import { suggest } from './suggest';

/**
 * Totals, level and checks over a review that may be partial: items can be
 * missing, unscored, repeated or unknown to the edition, and nothing throws.
 * The edition's item list is the frame; answers are looked up by item number
 * (the first answer for a number wins, answers for other numbers are ignored).
 */
function answersByNumber(items: readonly ItemAnswer[]): Map<number, ItemAnswer> {
	const byNumber = new Map<number, ItemAnswer>();
	for (const answer of items) if (!byNumber.has(answer.number)) byNumber.set(answer.number, answer);
	return byNumber;
}

const scoreOf = (answers: Map<number, ItemAnswer>, number: number): Score | null => answers.get(number)?.score ?? null;

/** The level band a total falls in; null for a total outside every band. */
export function levelFor(edition: Edition, total: number): LevelBand | null {
	return edition.levels.find((band) => band.min <= total && total <= band.max) ?? null;
}

export function computeTotals(edition: Edition, items: readonly ItemAnswer[]): Totals {
	const answers = answersByNumber(items);
	const sections = edition.sections.map((section) => {
		const inSection = edition.items.filter((item) => item.section === section.id);
		const scores = inSection.map((item) => scoreOf(answers, item.number)).filter((s) => s !== null);
		return {
			id: section.id,
			score: scores.reduce((a, b) => a + b, 0),
			max: 5 * inSection.length,
			scored: scores.length,
			items: inSection.length
		};
	});
	const total = sections.reduce((a, s) => a + s.score, 0);
	const scored = sections.reduce((a, s) => a + s.scored, 0);
	const count = edition.items.length;
	// A partial total would fall in a lower band than the finished review; no level until all are scored.
	const level = count > 0 && scored === count ? (levelFor(edition, total)?.id ?? null) : null;
	return { sections, total, scored, items: count, level };
}

/** Item numbers still without a score, in the edition's order. */
export function unscored(edition: Edition, items: readonly ItemAnswer[]): number[] {
	const answers = answersByNumber(items);
	return edition.items.filter((item) => scoreOf(answers, item.number) === null).map((item) => item.number);
}

export type Mismatch = { number: number; chosen: Score; suggested: Score };

/** Scored items whose chosen score differs from a complete suggestion — for the report to ask "why?". */
export function mismatches(edition: Edition, items: readonly ItemAnswer[]): Mismatch[] {
	const answers = answersByNumber(items);
	const found: Mismatch[] = [];
	for (const item of edition.items) {
		const answer = answers.get(item.number);
		if (!answer || answer.score === null) continue;
		const suggestion = suggest(item, answer);
		if (suggestion.kind === 'suggested' && suggestion.score !== answer.score)
			found.push({ number: item.number, chosen: answer.score, suggested: suggestion.score });
	}
	return found;
}
