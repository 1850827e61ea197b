import { describe, expect, it } from 'vitest';
import { preferenceBasedContacts } from '../../../../src/lib/scoring/figures/preference-based-contacts';
import { aRuleText, ofThousand, placed } from '../helpers';

const share = (p: number, more: Record<string, boolean> = {}) => {
	const { part, whole } = ofThousand(p);
	return { contacts: whole, preferenceBased: part, ...more };
};
const both = { alignedWithPlans: true, lessonsFromPastJobs: true };

describe('preference-based-contacts (item 16): share of employer contacts based on client preferences', () => {
	it.each([
		['0 → 1', 0, 1],
		['24.9 → 1', 24.9, 1],
		['25 → 2', 25, 2],
		['49.9 → 2', 49.9, 2],
		['50 → 3', 50, 3],
		['74.9 → 3', 74.9, 3],
		['75 → 4', 75, 4],
		['89.9 → 4', 89.9, 4],
		['90 → 5', 90, 5],
		['100 → 5', 100, 5]
	])('%s (conditions met)', (_, p, score) => {
		expect(placed(preferenceBasedContacts, share(p, both))).toEqual({ value: p, score, gap: false });
	});

	it.each([
		['75 %, contacts not in line with job search plans → 3', share(75, { alignedWithPlans: false }), 3, 1],
		['90 %, not in line with plans → 3', share(90, { alignedWithPlans: false, lessonsFromPastJobs: true }), 3, 1],
		['90 %, in line but no lessons from past jobs → 4', share(90, { alignedWithPlans: true, lessonsFromPastJobs: false }), 4, 2],
		['80 %, in line → 4 (lessons not needed)', share(80, { alignedWithPlans: true }), 4, 1],
		['95 %, both conditions → 5', share(95, both), 5, 2]
	])('%s', (_, figures, score, assumptions) => {
		const o = preferenceBasedContacts.evaluate(figures);
		expect(o).toMatchObject({ kind: 'suggested', score });
		if (o.kind === 'suggested') expect(o.assumptions).toHaveLength(assumptions);
	});

	it('does not ask about the conditions below 75 %', () => {
		expect(placed(preferenceBasedContacts, share(60))).toEqual({ value: 60, score: 3, gap: false });
	});

	it.each([
		['more preference-based contacts than contacts', { contacts: 10, preferenceBased: 12 }, 'preferenceBased'],
		['no contacts examined', { contacts: 0, preferenceBased: 0 }, 'contacts'],
		['fractional contacts', { contacts: 10.5, preferenceBased: 5 }, 'contacts']
	])('invalid: %s', (_, figures, field) => {
		expect(preferenceBasedContacts.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['contacts', 'preferenceBased']],
		['75 % without the plan condition', share(75), ['alignedWithPlans']],
		['90 % asks both conditions at once', share(90), ['alignedWithPlans', 'lessonsFromPastJobs']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(preferenceBasedContacts.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});
