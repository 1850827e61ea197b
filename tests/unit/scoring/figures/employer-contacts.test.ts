import { describe, expect, it } from 'vitest';
import { employerContacts } from '../../../../src/lib/scoring/figures/employer-contacts';
import { aRuleText, placed } from '../helpers';

/** Two coaches with 5 job seekers each, so the mean is (a + b) / 2. */
const mean = (m: number, tracking = 'weekly') => ({
	coaches: [
		{ contacts: m - 0.5, jobSeekers: 5 },
		{ contacts: m + 0.5, jobSeekers: 5 }
	],
	tracking
});

describe('employer-contacts (item 17): face-to-face employer contacts per coach per week', () => {
	it.each([
		['0.5 → 1', 0.5, 1, false],
		['1.9 → 1', 1.9, 1, false],
		['2 → 2', 2, 2, false],
		['2.9 → 2', 2.9, 2, false],
		['3 → 2, flagged: the form jumps from 2 to 4', 3, 2, true],
		['3.9 → 2, flagged', 3.9, 2, true],
		['4 → 3', 4, 3, false],
		['4.9 → 3', 4.9, 3, false],
		['5 → 4', 5, 4, false],
		['5.9 → 4', 5.9, 4, false],
		['6 → 5', 6, 5, false],
		['9 → 5', 9, 5, false]
	])('%s (weekly review)', (_, m, score, gap) => {
		expect(placed(employerContacts, mean(m))).toEqual({ value: m, score, gap });
	});

	it.each([
		['6 a week, monthly review → 3', 6, 'monthly', 3, false],
		['4 a week, monthly review → 3', 4, 'monthly', 3, false],
		['6 a week, no tracking method → 2', 6, 'none', 2, false],
		['1 a week, no tracking method → 1', 1, 'none', 1, false],
		['6 a week, forms reviewed less than monthly → 2, flagged', 6, 'irregular', 2, true],
		['2 a week, forms reviewed less than monthly → 2, not flagged (no effect)', 2, 'irregular', 2, false]
	])('%s', (_, m, tracking, score, gap) => {
		expect(placed(employerContacts, mean(m, tracking))).toEqual({ value: m, score, gap });
	});

	it.each([
		['2 job seekers, 4 contacts (2 × 2) counts as 6 → 5', [{ contacts: 4, jobSeekers: 2 }], 6, 5],
		['1 job seeker, 2 contacts counts as 6 → 5', [{ contacts: 2, jobSeekers: 1 }], 6, 5],
		['2 job seekers, 3 contacts (under 2 × 2) stays 3 → 2', [{ contacts: 3, jobSeekers: 2 }], 3, 2],
		['3 job seekers, 4 contacts: the small-caseload rule no longer applies → 3', [{ contacts: 4, jobSeekers: 3 }], 4, 3],
		['mixed: 6 and a small caseload met → 6 → 5', [{ contacts: 6, jobSeekers: 8 }, { contacts: 4, jobSeekers: 2 }], 6, 5],
		['a coach with no job seekers is left out', [{ contacts: 6, jobSeekers: 8 }, { contacts: 0, jobSeekers: 0 }], 6, 5]
	])('%s', (_, coaches, value, score) => {
		expect(placed(employerContacts, { coaches, tracking: 'weekly' })).toMatchObject({ value, score });
	});

	it('lists what the score rested on', () => {
		const o = employerContacts.evaluate({ coaches: [{ contacts: 4, jobSeekers: 2 }, { contacts: 0, jobSeekers: 0 }], tracking: 'weekly' });
		expect(o).toMatchObject({ kind: 'suggested', score: 5, assumptions: [aRuleText, aRuleText, aRuleText] });
	});

	it.each([
		['no coach has job seekers', { coaches: [{ contacts: 3, jobSeekers: 0 }], tracking: 'weekly' }, 'coaches'],
		['fractional job seekers', { coaches: [{ contacts: 3, jobSeekers: 1.5 }], tracking: 'weekly' }, 'coaches[0].jobSeekers'],
		['negative contacts', { coaches: [{ contacts: -3, jobSeekers: 4 }], tracking: 'weekly' }, 'coaches[0].contacts'],
		['unknown tracking option', { coaches: [{ contacts: 3, jobSeekers: 4 }], tracking: 'daily' }, 'tracking']
	])('invalid: %s', (_, figures, field) => {
		expect(employerContacts.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['coaches', 'tracking']],
		['an empty cell', { coaches: [{ contacts: 3, jobSeekers: null }], tracking: 'weekly' }, ['coaches[0].jobSeekers']],
		['tracking unanswered', { coaches: [{ contacts: 3, jobSeekers: 4 }] }, ['tracking']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(employerContacts.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});
