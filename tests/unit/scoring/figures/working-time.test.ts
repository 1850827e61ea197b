import { describe, expect, it } from 'vitest';
import { coachingTime } from '../../../../src/lib/scoring/figures/coaching-time';
import { communityTime } from '../../../../src/lib/scoring/figures/community-time';
import { aRuleText, placed } from '../helpers';

/** One coach working 100 h, so hours read as percentages. */
const coaching = (h: number) => ({ coaches: [{ coachingHours: h, workingHours: 100 }] });
const community = (h: number) => ({ coaches: [{ communityHours: h, workingHours: 100 }] });

describe('coaching-time (item 2): share of working time on job coaching', () => {
	it.each([
		['0 → 1', 0, 1],
		['59.9 → 1', 59.9, 1],
		['60 → 2', 60, 2],
		['74.5 → 2 (between 74 and 75)', 74.5, 2],
		['74.9 → 2', 74.9, 2],
		['75 → 3', 75, 3],
		['89.9 → 3', 89.9, 3],
		['90 → 4', 90, 4],
		['95 → 4', 95, 4],
		['95.5 → 4 (between 95 and 96)', 95.5, 4],
		['96 → 5', 96, 5],
		['100 → 5', 100, 5]
	])('%s', (_, hours, score) => {
		expect(placed(coachingTime, coaching(hours))).toEqual({ value: hours, score, gap: false });
	});

	it('weights coaches by their hours: (30 + 8) / (40 + 20) = 63.3 % → 2', () => {
		const figures = { coaches: [{ coachingHours: 30, workingHours: 40 }, { coachingHours: 8, workingHours: 20 }] };
		expect(placed(coachingTime, figures)).toMatchObject({ score: 2, value: 63.3333333333 });
	});

	it('keeps a sum with float noise on its edge: (0.4 + 1.4) / (0.5 + 1.5) h = 90 % → 4', () => {
		const figures = { coaches: [{ coachingHours: 0.4, workingHours: 0.5 }, { coachingHours: 1.4, workingHours: 1.5 }] };
		expect(placed(coachingTime, figures)).toEqual({ value: 90, score: 4, gap: false });
	});

	it.each([
		['more coaching than working hours', { coaches: [{ coachingHours: 41, workingHours: 40 }] }, 'coaches[0].coachingHours'],
		['zero working hours', { coaches: [{ coachingHours: 0, workingHours: 0 }] }, 'coaches[0].workingHours'],
		['negative hours', { coaches: [{ coachingHours: -1, workingHours: 40 }] }, 'coaches[0].coachingHours'],
		['a row that is not a row', { coaches: [5] }, 'coaches[0]'],
		['not a table', { coaches: 'x' }, 'coaches']
	])('invalid: %s', (_, figures, field) => {
		expect(coachingTime.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['coaches']],
		['no rows', { coaches: [] }, ['coaches']],
		['an empty cell', { coaches: [{ coachingHours: 30, workingHours: 40 }, { coachingHours: null, workingHours: 40 }] }, ['coaches[1].coachingHours']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(coachingTime.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});

describe('community-time (item 24): share of working time in the community', () => {
	it.each([
		['0 → 1', 0, 1, false],
		['29.9 → 1', 29.9, 1, false],
		['30 → 2, flagged: both anchor 1 ("30 %") and 2 ("30 – 39 %") claim it', 30, 2, true],
		['30.1 → 2', 30.1, 2, false],
		['39.9 → 2', 39.9, 2, false],
		['40 → 3', 40, 3, false],
		['49.9 → 3', 49.9, 3, false],
		['50 → 4', 50, 4, false],
		['64.9 → 4', 64.9, 4, false],
		['65 → 5', 65, 5, false],
		['100 → 5', 100, 5, false]
	])('%s', (_, hours, score, gap) => {
		expect(placed(communityTime, community(hours))).toEqual({ value: hours, score, gap });
	});

	it('explains the overlap at 30 % in both languages', () => {
		expect(communityTime.evaluate(community(30))).toMatchObject({ gap: { text: aRuleText, decision: aRuleText } });
	});

	it('refuses more community hours than working hours', () => {
		expect(communityTime.evaluate({ coaches: [{ communityHours: 50, workingHours: 40 }] })).toMatchObject({
			kind: 'invalid',
			field: 'coaches[0].communityHours'
		});
	});

	it('asks for the community hours, not the coaching hours', () => {
		expect(communityTime.evaluate({ coaches: [{ coachingHours: 20, workingHours: 40 }] })).toEqual({
			kind: 'incomplete',
			missing: ['coaches[0].communityHours']
		});
	});
});
