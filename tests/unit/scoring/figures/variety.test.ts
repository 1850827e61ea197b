import { describe, expect, it } from 'vitest';
import { employerVariety, jobVariety } from '../../../../src/lib/scoring/figures/variety';
import { aRuleText, ofThousand, placed } from '../helpers';

const share = (p: number) => {
	const { part, whole } = ofThousand(p);
	return { jobs: whole, different: part };
};

describe.each([
	['job-variety (item 19): share of jobs of different types', jobVariety],
	['employer-variety (item 20): share of jobs with different employers', employerVariety]
])('%s', (_, rule) => {
	it.each([
		['0 → 1', 0, 1],
		['49.9 → 1', 49.9, 1],
		['50 → 2', 50, 2],
		['59.9 → 2', 59.9, 2],
		['60 → 3', 60, 3],
		['69.9 → 3', 69.9, 3],
		['70 → 4', 70, 4],
		['84.9 → 4', 84.9, 4],
		['85 → 5', 85, 5],
		['100 → 5', 100, 5]
	])('%s', (_, p, score) => {
		expect(placed(rule, share(p))).toEqual({ value: p, score, gap: false });
	});

	it('computes the share from the counts: 7 of 9 = 77.8 % → 4', () => {
		expect(placed(rule, { jobs: 9, different: 7 })).toMatchObject({ value: 77.7777777778, score: 4 });
	});

	it.each([
		['more different than jobs', { jobs: 5, different: 6 }, 'different'],
		['no jobs', { jobs: 0, different: 0 }, 'jobs']
	])('invalid: %s', (_, figures, field) => {
		expect(rule.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it('incomplete: nothing entered', () => {
		expect(rule.evaluate({})).toEqual({ kind: 'incomplete', missing: ['jobs', 'different'] });
	});
});

it('words the two items differently, as the form does', () => {
	expect(jobVariety.evaluate(share(55))).toMatchObject({ band: 'erilaisia töitä 50 – 59 prosentissa tapauksista' });
	expect(employerVariety.evaluate(share(55))).toMatchObject({
		band: 'työsuhteita eri työnantajien kanssa 50 – 59 prosentissa tapauksista'
	});
});
