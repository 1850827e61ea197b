import { describe, expect, it } from 'vitest';
import { caseload } from '../../../../src/lib/scoring/figures/caseload';
import { aRuleText, placed } from '../helpers';

const fullTime = (n: number) => Array.from({ length: n }, () => 1);

describe('caseload (item 1): clients per full-time coach, lower is better', () => {
	it.each([
		['0 clients', 0, [1], 0, 5],
		['20 → 5 (at most 20)', 20, [1], 20, 5],
		['20.01 → 4', 2001, fullTime(100), 20.01, 4],
		['20.5 → 4', 41, [1, 1], 20.5, 4],
		['25 → 4', 25, [1], 25, 4],
		['25.01 → 3', 2501, fullTime(100), 25.01, 3],
		['30 → 3', 30, [1], 30, 3],
		['30.01 → 2', 3001, fullTime(100), 30.01, 2],
		['40 → 2', 40, [1], 40, 2],
		['40.01 → 1', 4001, fullTime(100), 40.01, 1],
		['40.5 → 1 (between 40 and 41)', 81, [1, 1], 40.5, 1],
		['41 → 1', 41, [1], 41, 1],
		['part-timers add up: 15 clients / 0.5 FTE = 30 → 3', 15, [0.5], 30, 3],
		['FTE sum 0.8 with float noise stays exactly 25 → 4', 20, [0.05, 0.05, 0.7], 25, 4]
	])('%s', (_, clients, ftes, value, score) => {
		expect(placed(caseload, { clients, ftes })).toEqual({ value, score, gap: false });
	});

	it('labels the measure and band in both languages, in the form words', () => {
		const o = caseload.evaluate({ clients: 23, ftes: [1] });
		expect(o).toMatchObject({ kind: 'suggested', band: '21 – 25 asiakasta', assumptions: [] });
		if (o.kind === 'suggested') expect(o.measure.label).toEqual(aRuleText);
	});

	it.each([
		['negative clients', { clients: -1, ftes: [1] }, 'clients'],
		['fractional clients', { clients: 10.5, ftes: [1] }, 'clients'],
		['zero FTE', { clients: 10, ftes: [1, 0] }, 'ftes[1]'],
		['FTE over 1', { clients: 10, ftes: [1.2] }, 'ftes[0]'],
		['negative FTE', { clients: 10, ftes: [-0.5] }, 'ftes[0]'],
		['FTE not a list', { clients: 10, ftes: 1 }, 'ftes'],
		['clients not a number', { clients: 'many', ftes: [1] }, 'clients'],
		['invalid beats incomplete', { clients: -1 }, 'clients']
	])('invalid: %s', (_, figures, field) => {
		expect(caseload.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['clients', 'ftes']],
		['empty FTE list', { clients: 10, ftes: [] }, ['ftes']],
		['empty cells', { clients: null, ftes: [1, null] }, ['clients', 'ftes[1]']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(caseload.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});
