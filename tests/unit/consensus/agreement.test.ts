import { describe, expect, it } from 'vitest';
import { agreementOf, agreementReport, weightedKappa, type Pair } from '../../../src/lib/consensus/agreement';
import { getEdition } from '../../../src/lib/instrument/index';
import type { Rating } from '../../../src/lib/review/schema';

const pairs = (a: number[], b: number[]): Pair[] => a.map((x, i) => [x, b[i]!] as const);

/*
 * Worked by hand. Quadratic weighted kappa = 1 − observed / expected with
 * observed = Σ (aᵢ − bᵢ)² and expected = (1/n) Σᵢ Σⱼ (aᵢ − bⱼ)². For example
 * a = [2, 4], b = [2, 5]: observed = 0 + 1 = 1; expected = (0 + 9 + 4 + 1) / 2 = 7;
 * kappa = 1 − 1/7 = 6/7 (the same as the textbook form with weights (i − j)²/16 over
 * the 5 × 5 table: Σ w·p_obs = 1/32, Σ w·p_exp = 14/64, 1 − (1/32)/(7/32)).
 */
describe('agreement figures, hand-worked', () => {
	it.each([
		// name, a, b, exact, withinOne, kappa
		['identical and varied', [1, 2, 3], [1, 2, 3], 1, 1, 1],
		['reversed: obs 8, exp 12/3 = 4', [1, 2, 3], [3, 2, 1], 1 / 3, 1 / 3, -1],
		['one point off once: obs 1, exp 9/3 = 3', [1, 2, 3], [2, 2, 3], 2 / 3, 1, 2 / 3],
		['a constant one point below b: obs 2, exp 4/2 = 2', [3, 3], [4, 4], 0, 1, 0],
		['a constant, b varies once: obs 1, exp 4/4 = 1', [4, 4, 4, 4], [4, 4, 4, 5], 3 / 4, 1, 0],
		['opposite ends: obs 32, exp 32/2 = 16', [1, 5], [5, 1], 0, 0, -1],
		['the worked example: obs 1, exp 14/2 = 7', [2, 4], [2, 5], 1 / 2, 1, 6 / 7],
		['one item, one point apart: obs 1, exp 1', [2], [3], 0, 1, 0]
	] as const)('%s', (_name, a, b, exact, withinOne, kappa) => {
		const figures = agreementOf(pairs([...a], [...b]));
		expect(figures.n).toBe(a.length);
		expect(figures.exact).toBeCloseTo(exact, 12);
		expect(figures.withinOne).toBeCloseTo(withinOne, 12);
		expect(figures.kappa?.kind).toBe('value');
		if (figures.kappa?.kind === 'value') expect(figures.kappa.value).toBeCloseTo(kappa, 12);
	});

	it.each([
		['every item 3 on both sides', [3, 3, 3], [3, 3, 3]],
		['a single item, same score', [2], [2]]
	])('kappa is undefined (no variation), not 1, when %s', (_name, a, b) => {
		const figures = agreementOf(pairs(a, b));
		expect(figures).toEqual({ n: a.length, exact: 1, withinOne: 1, kappa: { kind: 'undefined', reason: 'no-variation' } });
	});

	it('has no figures without items both scored', () => {
		expect(agreementOf([])).toEqual({ n: 0, exact: null, withinOne: null, kappa: null });
		expect(weightedKappa([])).toBeNull();
	});

	it('does not depend on which reviewer is a and which is b', () => {
		const ab = weightedKappa(pairs([1, 2, 4, 5, 3], [2, 2, 5, 3, 3]));
		const ba = weightedKappa(pairs([2, 2, 5, 3, 3], [1, 2, 4, 5, 3]));
		expect(ab).toEqual(ba);
	});
});

describe('agreementReport over the 25 items', () => {
	const edition = getEdition('fi-2021-11-01')!;
	const rating = (reviewer: string, scores: Record<number, number | null>): Rating => ({
		reviewer,
		items: edition.items.map((item) => ({ number: item.number, score: item.number in scores ? scores[item.number]! : 3, subCriteria: {}, notes: '' })),
		lockedAt: null,
		hash: null
	});

	it('gives overall and per-section figures and the largest disagreements', () => {
		// a: all 3. b: item 1 = 5, item 2 = 1, item 3 = 4, the rest 3 (items 1–3 are the staffing section).
		// overall: exact 22/25, within one 23/25; observed 4 + 4 + 1 = 9, expected (1/25)·25·9 = 9, kappa 0.
		// staffing: exact 0/3, within one 1/3, kappa 1 − 9/9 = 0. Other sections: all 3 on both sides.
		const report = agreementReport(edition, rating('A', {}), rating('B', { 1: 5, 2: 1, 3: 4 }));
		expect(report.overall.n).toBe(25);
		expect(report.overall.exact).toBeCloseTo(22 / 25, 12);
		expect(report.overall.withinOne).toBeCloseTo(23 / 25, 12);
		expect(report.overall.kappa).toEqual({ kind: 'value', value: 0 });
		expect(report.sections.map((s) => s.id)).toEqual(['staffing', 'organisation', 'content']);
		expect(report.sections[0]).toMatchObject({ n: 3, exact: 0, kappa: { kind: 'value', value: 0 } });
		expect(report.sections[0]!.withinOne).toBeCloseTo(1 / 3, 12);
		expect(report.sections[1]).toMatchObject({ n: 8, exact: 1, kappa: { kind: 'undefined' } });
		expect(report.sections[2]).toMatchObject({ n: 14, exact: 1, kappa: { kind: 'undefined' } });
		expect(report.largest).toEqual([
			{ number: 1, a: 3, b: 5, difference: 2 },
			{ number: 2, a: 3, b: 1, difference: 2 },
			{ number: 3, a: 3, b: 4, difference: 1 }
		]);
	});

	it('counts only items both reviewers scored', () => {
		const report = agreementReport(edition, rating('A', { 4: null }), rating('B', { 5: null }));
		expect(report.overall.n).toBe(23);
		expect(report.largest).toEqual([]);
	});

	it('lists at most five disagreements', () => {
		const b = Object.fromEntries(edition.items.map((i) => [i.number, 4]));
		expect(agreementReport(edition, rating('A', {}), rating('B', b)).largest.map((d) => d.number)).toEqual([1, 2, 3, 4, 5]);
	});
});
