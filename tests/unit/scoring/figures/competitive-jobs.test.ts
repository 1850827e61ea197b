import { describe, expect, it } from 'vitest';
import { competitiveJobs } from '../../../../src/lib/scoring/figures/competitive-jobs';
import { aRuleText, ofThousand, placed } from '../helpers';

const share = (p: number) => {
	const { part, whole } = ofThousand(p);
	return { employed: whole, competitive: part };
};

describe('competitive-jobs (item 21): share in permanent competitive jobs', () => {
	it.each([
		['0 → 1', 0, 1, false],
		['63.9 → 1', 63.9, 1, false],
		['64 → 1, flagged: "alle 64" and "65 – 74" both leave it out', 64, 1, true],
		['64.9 → 1, flagged', 64.9, 1, true],
		['65 → 2', 65, 2, false],
		['74.9 → 2', 74.9, 2, false],
		['75 → 3', 75, 3, false],
		['84.9 → 3', 84.9, 3, false],
		['85 → 4', 85, 4, false],
		['94.9 → 4', 94.9, 4, false],
		['95 → 4, flagged: "85 – 94" and "yli 95" both leave it out', 95, 4, true],
		['95.1 → 5 (over 95)', 95.1, 5, false],
		['100 → 5', 100, 5, false]
	])('%s', (_, p, score, gap) => {
		expect(placed(competitiveJobs, share(p))).toEqual({ value: p, score, gap });
	});

	it.each([
		['0 employed → 1', { employed: 0 }],
		['9 employed → 1 even if all are competitive', { employed: 9, competitive: 9 }],
		['9 employed → 1 without asking the competitive count', { employed: 9 }]
	])('fewer than 10 employed: %s', (_, figures) => {
		expect(placed(competitiveJobs, figures)).toEqual({ value: figures.employed, score: 1, gap: false });
	});

	it('10 employed is enough to use the share: 10 of 10 → 5', () => {
		expect(placed(competitiveJobs, { employed: 10, competitive: 10 })).toEqual({ value: 100, score: 5, gap: false });
	});

	it('says when too few were employed, in the form words', () => {
		expect(competitiveJobs.evaluate({ employed: 3 })).toMatchObject({
			band: 'työhönvalmennuksen avulla työllistyneitä asiakkaita on vähemmän kuin 10',
			measure: { unit: 'asiakasta' }
		});
	});

	it('explains each gap in both languages', () => {
		for (const p of [64, 95]) expect(competitiveJobs.evaluate(share(p))).toMatchObject({ gap: { text: aRuleText, decision: aRuleText } });
	});

	it.each([
		['more competitive than employed', { employed: 12, competitive: 13 }, 'competitive'],
		['negative employed', { employed: -1, competitive: 0 }, 'employed'],
		['fractional competitive', { employed: 12, competitive: 5.5 }, 'competitive']
	])('invalid: %s', (_, figures, field) => {
		expect(competitiveJobs.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['employed', 'competitive']],
		['10 or more employed needs the competitive count', { employed: 12 }, ['competitive']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(competitiveJobs.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});
