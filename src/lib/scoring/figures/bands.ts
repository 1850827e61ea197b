import type { Score } from '../../instrument/schema';
import type { BandGap, FigureOutcome, Measure, RuleText } from '../types';

/**
 * A band covers the stretch of the number line up to its edge: `below` (edge
 * excluded) or `atMost` (edge included). Bands are listed in ascending order of
 * the measure and `last` takes everything past the final edge, so every value
 * lands in exactly one band — nothing is lost, nothing counted twice.
 *
 * The edges come from one rule (docs/scoring-decisions.md): a score is earned
 * only by reaching the threshold the form prints for it. "60 – 74 %" then
 * covers [60, 75), and "21 – 25 asiakasta" covers (20, 25].
 */
export type Band = { score: Score; band: RuleText; gap?: BandGap };
export type Step = Band & ({ below: number } | { atMost: number });
export type BandTable = { steps: readonly Step[]; last: Band };

export function bandOf(table: BandTable, value: number): Band {
	const inside = (s: Step) => ('below' in s ? value < s.below : value <= s.atMost);
	return table.steps.find(inside) ?? table.last;
}

/**
 * Removes binary floating-point noise (0.7 + 0.1 = 0.7999999999999999) so a
 * measure that is exactly on an edge stays on it. This is not rounding in the
 * domain sense: 74.5 stays 74.5.
 */
export const clean = (x: number): number => Number(x.toPrecision(12));

/** part / whole as a percentage; multiplying first keeps whole-number results exact. */
export const percent = (part: number, whole: number): number => clean((part * 100) / whole);

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** The suggested outcome for a measure placed on a band, with the score possibly capped by a qualitative condition. */
export function suggested(
	measure: Measure,
	placed: Band,
	options: { score?: Score; gap?: BandGap | null; assumptions?: RuleText[] } = {}
): FigureOutcome {
	return {
		kind: 'suggested',
		score: options.score ?? placed.score,
		measure,
		band: placed.band,
		gap: options.gap ?? placed.gap ?? null,
		assumptions: options.assumptions ?? []
	};
}

export const lower = (a: Score, b: Score): Score => (a < b ? a : b);
