import { describe, expect, it } from 'vitest';
import { firstEmployerContact } from '../../../../src/lib/scoring/figures/first-employer-contact';
import { aRuleText, placed } from '../helpers';

describe('first-employer-contact (item 15): mean days to the first employer meeting, lower is better', () => {
	it.each([
		['0 days → 5', [0], 0, 5],
		['30 → 5 (within 30 days)', [30], 30, 5],
		['30.5 → 4 (mean of 30 and 31)', [30, 31], 30.5, 4],
		['31 → 4', [31], 31, 4],
		['60 → 4', [60], 60, 4],
		['60.5 → 3', [60, 61], 60.5, 3],
		['150 → 3', [150], 150, 3],
		['150.5 → 2', [150, 151], 150.5, 2],
		['270 → 2', [270], 270, 2],
		['270.5 → 1 (between 270 and 271)', [270, 271], 270.5, 1],
		['271 → 1', [271], 271, 1],
		['the mean, not the worst case: 10, 20, 90 → 40 → 4', [10, 20, 90], 40, 4]
	])('%s', (_, days, value, score) => {
		expect(placed(firstEmployerContact, { days, contactsTracked: true })).toEqual({ value, score, gap: false });
	});

	it('gives 5 only when contacts with employers are tracked, and says so', () => {
		const o = firstEmployerContact.evaluate({ days: [20], contactsTracked: true });
		expect(o).toMatchObject({ score: 5, assumptions: [aRuleText] });
	});

	it('gives 4 for a fast start without tracking', () => {
		const o = firstEmployerContact.evaluate({ days: [20], contactsTracked: false });
		expect(o).toMatchObject({ score: 4, assumptions: [aRuleText] });
	});

	it('does not ask about tracking when the mean is over 30 days', () => {
		expect(placed(firstEmployerContact, { days: [45] })).toEqual({ value: 45, score: 4, gap: false });
	});

	it.each([
		['negative days', { days: [10, -1] }, 'days[1]'],
		['days not a list', { days: 12 }, 'days'],
		['tracking not yes/no', { days: [10], contactsTracked: 'yes' }, 'contactsTracked']
	])('invalid: %s', (_, figures, field) => {
		expect(firstEmployerContact.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['days']],
		['no records', { days: [] }, ['days']],
		['an empty record', { days: [10, null, 20] }, ['days[1]']],
		['tracking unanswered when it decides 4 or 5', { days: [10] }, ['contactsTracked']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(firstEmployerContact.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});
