import { describe, expect, it } from 'vitest';
import { followAlongDuration } from '../../../../src/lib/scoring/figures/follow-along-duration';
import { askedInputs } from '../../../../src/lib/scoring/figures/index';
import { aRuleText, ofThousand, placed } from '../helpers';

const share = (p: number, more: Record<string, string | boolean> = {}) => {
	const { part, whole } = ofThousand(p);
	return { started: whole, metAtFourMonths: part, ...more };
};

describe('follow-along-duration (item 23): share still met face to face four months after starting work', () => {
	it.each([
		['nobody met after the first month → 1', share(0, { metAfterFirstMonth: false }), 0, 1],
		['met after the first month, but nobody at four months → 2', share(0, { metAfterFirstMonth: true }), 0, 2],
		['0.1 % → 2', share(0.1), 0.1, 2],
		['49.9 % → 2', share(49.9), 49.9, 2],
		['50 % → 3 (at least half)', share(50, { rhythm: 'neither' }), 50, 3],
		['100 % without the anchor-4 rhythm → 3', share(100, { rhythm: 'neither' }), 100, 3],
		['50 % with the anchor-4 rhythm → 4', share(50, { rhythm: 'anchor-4' }), 50, 4],
		['50 % with the anchor-5 rhythm → 5', share(50, { rhythm: 'anchor-5' }), 50, 5],
		['49.9 % with the anchor-5 rhythm stays 2: the anchors build on each other', share(49.9, { rhythm: 'anchor-5' }), 49.9, 2]
	])('%s', (_, figures, value, score) => {
		expect(placed(followAlongDuration, figures)).toEqual({ value, score, gap: false });
	});

	it('marks scores 4–5 as the reviewer’s qualitative judgement', () => {
		const o = followAlongDuration.evaluate(share(80, { rhythm: 'anchor-4' }));
		expect(o).toMatchObject({ kind: 'suggested', score: 4, assumptions: [aRuleText, aRuleText] });
	});

	it.each([
		['more met than started', { started: 5, metAtFourMonths: 6 }, 'metAtFourMonths'],
		['nobody started work', { started: 0, metAtFourMonths: 0 }, 'started'],
		['an unknown rhythm', share(60, { rhythm: 'monthly' }), 'rhythm']
	])('invalid: %s', (_, figures, field) => {
		expect(followAlongDuration.evaluate(figures)).toEqual({ kind: 'invalid', field, reason: aRuleText });
	});

	it.each([
		['nothing entered', {}, ['started', 'metAtFourMonths']],
		['nobody met at four months asks whether anyone is met after the first month', share(0), ['metAfterFirstMonth']],
		['at least half asks for the rhythm', share(50), ['rhythm']]
	])('incomplete: %s', (_, figures, missing) => {
		expect(followAlongDuration.evaluate(figures)).toEqual({ kind: 'incomplete', missing });
	});
});

describe('follow-along-duration (item 23): follow-up questions asked only when they apply', () => {
	const asked = (figures: Record<string, unknown>) =>
		askedInputs(followAlongDuration, figures as never).map((f) => f.key);
	const base = ['started', 'metAtFourMonths'];

	it.each([
		['nothing entered yet: no follow-up', {}, base],
		['only the clients who started: no follow-up', { started: 9 }, base],
		['6 of 9 met (the issue’s case): the rhythm, not whether anyone is met later', { started: 9, metAtFourMonths: 6 }, [...base, 'rhythm']],
		['exactly half met: the rhythm', share(50), [...base, 'rhythm']],
		['just under half met: neither follow-up', share(49.9), base],
		['one of many met: neither follow-up', share(0.1), base],
		['nobody met at four months: whether anyone is met after the first month', share(0), [...base, 'metAfterFirstMonth']],
		['more met than started (invalid): no follow-up', { started: 5, metAtFourMonths: 6 }, base],
		['an earlier answer to a question no longer asked is kept, not asked', share(80, { metAfterFirstMonth: false }), [...base, 'rhythm']]
	])('%s', (_, figures, keys) => {
		expect(asked(figures)).toEqual(keys);
	});

	it('a rule without follow-ups asks for every input', () => {
		const rule = { ...followAlongDuration, asks: undefined };
		expect(askedInputs(rule, {}).map((f) => f.key)).toEqual(followAlongDuration.inputs.map((f) => f.key));
	});
});
