import { describe, expect, it } from 'vitest';
import { Edition } from '../../../src/lib/instrument/schema';
import { Totals, type ItemAnswer } from '../../../src/lib/review/schema';
import { computeTotals, levelFor, mismatches, unscored } from '../../../src/lib/scoring/totals';
import { answer, fixtureEdition } from './helpers';

const edition = Edition.parse(fixtureEdition());

/** 25 scored answers adding up to `total` (25..125): the first items take 5s, the rest 1s. */
function scoredTo(total: number): ItemAnswer[] {
	const extra = total - 25;
	return Array.from({ length: 25 }, (_, i) => answer(i + 1, { score: 1 + Math.min(4, Math.max(0, extra - 4 * i)) }));
}

describe('levelFor and the level of a finished review', () => {
	it.each([
		[24, null],
		[25, 'not-supported-employment'],
		[73, 'not-supported-employment'],
		[74, 'fair'],
		[99, 'fair'],
		[100, 'good'],
		[114, 'good'],
		[115, 'exemplary'],
		[125, 'exemplary'],
		[126, null]
	])('total %i → %s', (total, level) => {
		expect(levelFor(edition, total)?.id ?? null).toBe(level);
		if (total >= 25 && total <= 125) {
			const totals = computeTotals(edition, scoredTo(total));
			expect(totals).toMatchObject({ total, scored: 25, items: 25, level });
		}
	});
});

describe('computeTotals', () => {
	it('sums each section and the whole, and validates as Totals', () => {
		const totals = computeTotals(edition, scoredTo(75));
		expect(Totals.parse(totals)).toEqual({
			sections: [
				{ id: 'staffing', score: 15, max: 15, scored: 3, items: 3 },
				{ id: 'organisation', score: 40, max: 40, scored: 8, items: 8 },
				{ id: 'content', score: 20, max: 70, scored: 14, items: 14 }
			],
			total: 75,
			scored: 25,
			items: 25,
			level: 'fair'
		});
	});

	it.each([
		['no answers at all', [], 0, 0],
		['only item 1 scored', [answer(1, { score: 4 })], 4, 1],
		['24 of 25 scored (item 25 unscored)', scoredTo(125).map((a) => (a.number === 25 ? { ...a, score: null } : a)), 120, 24],
		['24 of 25 scored (item 13 missing)', scoredTo(125).filter((a) => a.number !== 13), 120, 24]
	])('partial: %s → no level', (_, items, total, scored) => {
		expect(computeTotals(edition, items)).toMatchObject({ total, scored, items: 25, level: null });
	});

	it('ignores answers for items the edition does not have, and repeated answers after the first', () => {
		const items = [...scoredTo(100), answer(26, { score: 5 }), answer(1, { score: 1 })];
		expect(computeTotals(edition, items)).toMatchObject({ total: 100, scored: 25, level: 'good' });
	});
});

describe('unscored', () => {
	it.each([
		['nothing answered', [], Array.from({ length: 25 }, (_, i) => i + 1)],
		['all scored', scoredTo(90), []],
		['null scores and missing answers, in edition order', scoredTo(90).filter((a) => a.number !== 20).map((a) => (a.number === 3 ? { ...a, score: null } : a)), [3, 20]]
	])('%s', (_, items, expected) => {
		expect(unscored(edition, items)).toEqual(expected);
	});
});

describe('mismatches', () => {
	const count = (m: boolean[]) => Object.fromEntries(m.map((met, i) => [`5.${i + 1}`, { met, evidence: '' }]));
	const caseload23 = { clients: 23, ftes: [1] }; // suggests 4

	it.each([
		['chosen = suggested', [answer(1, { score: 4, figures: caseload23 })], []],
		['figure item chosen differently', [answer(1, { score: 5, figures: caseload23 })], [{ number: 1, chosen: 5, suggested: 4 }]],
		['count item chosen differently (2 met → 2)', [answer(5, { score: 3, subCriteria: count([true, true, false, false, false]) })], [{ number: 5, chosen: 3, suggested: 2 }]],
		['unscored item is not a mismatch', [answer(1, { score: null, figures: caseload23 })], []],
		['incomplete suggestion is not a mismatch', [answer(1, { score: 2, figures: { clients: 23 } })], []],
		['judgement item never mismatches', [answer(2, { score: 1 })], []]
	])('%s', (_, items, expected) => {
		expect(mismatches(edition, items)).toEqual(expected);
	});

	it('lists mismatches in edition order', () => {
		const items = [
			answer(5, { score: 5, subCriteria: count([false, false, false, false, false]) }),
			answer(1, { score: 1, figures: caseload23 })
		];
		expect(mismatches(edition, items).map((m) => m.number)).toEqual([1, 5]);
	});
});
