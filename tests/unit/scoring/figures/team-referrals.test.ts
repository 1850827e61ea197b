import { describe, expect, it } from 'vitest';
import { teamReferrals } from '../../../../src/lib/scoring/figures/team-referrals';
import { aRuleText, ofThousand, placed } from '../helpers';

const oneOrTwo = (p: number) => {
	const { part, whole } = ofThousand(p);
	return { attachment: 'one-or-two', caseload: whole, fromTeams: part };
};

describe('team-referrals (item 4): attachment to the teams and the share they refer', () => {
	it.each([
		['one or two teams, 0 % → 2', 0, 2],
		['one or two teams, 49.9 % → 2', 49.9, 2],
		['one or two teams, 50 % → 3', 50, 3],
		['one or two teams, 74.9 % → 3', 74.9, 3],
		['one or two teams, 75 % → 4', 75, 4],
		['one or two teams, 89.9 % → 4', 89.9, 4],
		['one or two teams, 90 % → 5', 90, 5],
		['one or two teams, 100 % → 5', 100, 5]
	])('%s', (_, p, score) => {
		expect(placed(teamReferrals, oneOrTwo(p))).toEqual({ value: p, score, gap: false });
	});

	it.each([
		['a separate employment service → 1 whatever the share', 'separate', 1],
		['three or more teams → 2 whatever the share', 'three-or-more', 2],
		['professionals not organised in teams → 2 whatever the share', 'not-organised', 2]
	])('%s', (_, attachment, score) => {
		expect(placed(teamReferrals, { attachment, caseload: 40, fromTeams: 38 })).toEqual({ value: 95, score, gap: false });
	});

	it('names the arrangement in the form words', () => {
		expect(teamReferrals.evaluate({ attachment: 'three-or-more', caseload: 40, fromTeams: 38 })).toMatchObject({
			band: 'kiinnittyneinä kolmeen tai useampaan työkyvyn ja työllistymisen tuen tiimiin'
		});
	});

	it.each([
		['more referred than the caseload', { attachment: 'one-or-two', caseload: 10, fromTeams: 11 }, 'fromTeams'],
		['an empty caseload', { attachment: 'one-or-two', caseload: 0, fromTeams: 0 }, 'caseload'],
		['an unknown arrangement', { attachment: 'two-teams', caseload: 10, fromTeams: 5 }, 'attachment'],
		['an arrangement that is not text', { attachment: true, caseload: 10, fromTeams: 5 }, 'attachment']
	])('invalid: %s', (_, figures, field) => {
		expect(teamReferrals.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['attachment', 'caseload', 'fromTeams']],
		['only the arrangement', { attachment: 'separate' }, ['caseload', 'fromTeams']],
		['an empty choice', { attachment: '', caseload: 10, fromTeams: 5 }, ['attachment']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(teamReferrals.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});
