import type { Edition, SectionId } from '../instrument/schema';
import type { Rating } from '../review/schema';

/**
 * How well two independent ratings agree: exact agreement, agreement within one point,
 * and quadratically weighted Cohen's kappa. Pure; imported by the app and the receiver.
 *
 * Only items both reviewers scored count (`n`). With disagreement weights (a − b)², the
 * weighted kappa is 1 − observed / expected, where observed = Σ over items (aᵢ − bᵢ)² and
 * expected = (1/n) Σᵢ Σⱼ (aᵢ − bⱼ)², the disagreement if the two score lists were paired at
 * random. The usual normalisation by (k − 1)² cancels, so the figure does not depend on the
 * width of the 1–5 scale.
 *
 * Kappa is undefined when expected = 0, which happens only when both reviewers gave every
 * counted item one and the same score: then the figure is `{ kind: 'undefined' }`, shown as
 * "not defined (no variation)", never as 1 or 0. With no counted items every figure is null.
 */

export type Kappa = { kind: 'value'; value: number } | { kind: 'undefined'; reason: 'no-variation' };

export interface AgreementFigures {
	/** Items both reviewers scored. */
	n: number;
	/** Share of those items with the same score, 0–1; null when n = 0. */
	exact: number | null;
	/** Share with scores at most one point apart, 0–1; null when n = 0. */
	withinOne: number | null;
	/** null when n = 0. */
	kappa: Kappa | null;
}

export interface Disagreement {
	number: number;
	a: number;
	b: number;
	difference: number;
}

export interface AgreementReport {
	overall: AgreementFigures;
	sections: ({ id: SectionId } & AgreementFigures)[];
	/** Items where the two differ most, largest difference first, then by item number. */
	largest: Disagreement[];
}

export type Pair = readonly [a: number, b: number];

export function agreementOf(pairs: readonly Pair[]): AgreementFigures {
	const n = pairs.length;
	if (n === 0) return { n, exact: null, withinOne: null, kappa: null };
	const exact = pairs.filter(([a, b]) => a === b).length / n;
	const withinOne = pairs.filter(([a, b]) => Math.abs(a - b) <= 1).length / n;
	return { n, exact, withinOne, kappa: weightedKappa(pairs) };
}

export function weightedKappa(pairs: readonly Pair[]): Kappa | null {
	const n = pairs.length;
	if (n === 0) return null;
	const observed = pairs.reduce((sum, [a, b]) => sum + (a - b) ** 2, 0);
	let crossed = 0;
	for (const [a] of pairs) for (const [, b] of pairs) crossed += (a - b) ** 2;
	const expected = crossed / n;
	if (expected === 0) return { kind: 'undefined', reason: 'no-variation' };
	return { kind: 'value', value: 1 - observed / expected };
}

/** Items both ratings scored, in the edition's order. */
function pairedItems(edition: Edition, a: Rating, b: Rating): Disagreement[] {
	const scoreIn = (r: Rating, number: number) => r.items.find((i) => i.number === number)?.score ?? null;
	return edition.items.flatMap((item) => {
		const sa = scoreIn(a, item.number);
		const sb = scoreIn(b, item.number);
		return sa === null || sb === null ? [] : [{ number: item.number, a: sa, b: sb, difference: Math.abs(sa - sb) }];
	});
}

export const LARGEST_LISTED = 5;

export function agreementReport(edition: Edition, a: Rating, b: Rating): AgreementReport {
	const paired = pairedItems(edition, a, b);
	const pairsWhere = (keep: (d: Disagreement) => boolean) => paired.filter(keep).map((d) => [d.a, d.b] as const);
	const sectionOf = new Map(edition.items.map((item) => [item.number, item.section]));
	return {
		overall: agreementOf(pairsWhere(() => true)),
		sections: edition.sections.map((section) => ({
			id: section.id,
			...agreementOf(pairsWhere((d) => sectionOf.get(d.number) === section.id))
		})),
		largest: paired
			.filter((d) => d.difference > 0)
			.sort((x, y) => y.difference - x.difference || x.number - y.number)
			.slice(0, LARGEST_LISTED)
	};
}
