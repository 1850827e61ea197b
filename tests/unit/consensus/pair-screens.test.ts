import { describe, expect, it } from 'vitest';
import { lock } from '../../../src/lib/consensus/lock';
import { agree, putLockedRating, setRatingJudgement, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { getEdition } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { percent, kappaText } from '../../../src/lib/ui/pair/figures-text';
import { savedRater, saveRater } from '../../../src/lib/ui/pair/rater';
import { reasonAsk, suggestedScores } from '../../../src/lib/ui/pair/row-model';
import { pairStage, unscoredOwn } from '../../../src/lib/ui/pair/stage';

const edition = getEdition('fi-2021-11-01')!;
const NOW = '2026-11-30T10:00:00.000Z';
const withNames = (reviewers: string[], finishedAt: string | null = null): ReviewDocument => ({
	...createReviewDocument({
		id: '0b6d3f7e-1d2c-4c3b-9a8e-7f6e5d4c3b2a',
		edition,
		meta: { service: 'S', organisation: 'O', place: 'P', reviewers, startDate: '2026-11-02', endDate: null, reviewType: 'external' },
		now: NOW
	}),
	finishedAt
});

describe('the stage the two-reviewer bar shows', () => {
	it.each([
		['no reviewer', [], { kind: 'single' }],
		['one reviewer', ['Aino'], { kind: 'single' }],
		['two, one of them blank', ['Aino', '  '], { kind: 'single' }],
		['the same name twice', ['Aino', 'Aino'], { kind: 'single' }],
		['two names', ['Aino', 'Bertil'], { kind: 'can-start', first: 'Aino', second: 'Bertil' }],
		['three names: the first two rate', ['Aino', 'Bertil', 'Cecilia'], { kind: 'can-start', first: 'Aino', second: 'Bertil' }]
	] as const)('%s', (_, names, stage) => {
		expect(pairStage(withNames([...names]))).toEqual(stage);
	});

	it('offers nothing on a finished review, then follows the ratings to agreeing', async () => {
		expect(pairStage(withNames(['Aino', 'Bertil'], NOW))).toEqual({ kind: 'single' });
		let d = startPair('Aino', 'Bertil')(withNames(['Aino', 'Bertil']));
		expect(pairStage(d)).toEqual({ kind: 'rating', reviewers: ['Aino', 'Bertil'], locked: [false, false] });
		d = putLockedRating(await lock(d.ratings[1]!, NOW))(d);
		expect(pairStage(d)).toMatchObject({ locked: [false, true] });
		d = putLockedRating(await lock(d.ratings[0]!, NOW))(d);
		expect(pairStage(d)).toEqual({ kind: 'agreeing', agreed: 0, items: 25 });
	});

	it('lists the own unscored items that block locking', () => {
		let d = startPair('Aino', 'Bertil')(withNames(['Aino', 'Bertil']));
		d = edition.items.filter((i) => i.number !== 7 && i.number !== 25).reduce((x, i) => setRatingScore('Aino', i.number, 3)(x), d);
		expect(unscoredOwn(d, 'Aino')).toEqual([7, 25]);
		expect(unscoredOwn(d, 'Bertil')).toHaveLength(25);
		expect(unscoredOwn(d, 'Nobody')).toEqual([]);
	});
});

describe('the reason asked on the consensus screen', () => {
	const counted = edition.items.find((i) => i.suggestion.kind === 'count')!;
	async function both(a: 1 | 2 | 3 | 4 | 5, b: 1 | 2 | 3 | 4 | 5): Promise<ReviewDocument> {
		let d = startPair('Aino', 'Bertil')(withNames(['Aino', 'Bertil']));
		d = setRatingScore('Aino', counted.number, a)(d);
		d = setRatingScore('Bertil', counted.number, b)(d);
		for (const r of d.ratings) d = putLockedRating(await lock(r, NOW))(d);
		return d;
	}
	it.each([
		['one of the two scores, no suggestion', 2, 4, 2, [], 'none'],
		['neither score', 2, 4, 3, [], 'required'],
		['neither score, even when suggested', 2, 4, 3, [3], 'required'],
		["a reviewer's score that differs from the suggestion", 2, 4, 4, [2], 'optional'],
		['the suggested score', 2, 4, 2, [2, 4], 'none']
	] as const)('%s', async (_, a, b, pick, suggested, ask) => {
		expect(reasonAsk(await both(a, b), counted.number, pick, suggested)).toBe(ask);
	});

	it("suggests from each reviewer's own judgements, distinct and lowest first", () => {
		let d = startPair('Aino', 'Bertil')(withNames(['Aino', 'Bertil']));
		for (const sub of counted.subCriteria) d = setRatingJudgement('Aino', counted.number, sub.id, true)(d);
		for (const sub of counted.subCriteria) d = setRatingJudgement('Bertil', counted.number, sub.id, false)(d);
		const answer = d.items.find((i) => i.number === counted.number)!;
		const scores = suggestedScores(counted, answer, d.ratings);
		expect(scores).toHaveLength(2);
		expect(scores[0]!).toBeLessThan(scores[1]!);
		const same = suggestedScores(counted, answer, [d.ratings[0]!, d.ratings[0]!]);
		expect(same).toHaveLength(1);
	});

	it('keeps the agreed entry valid for the schema after a reasoned agreement', async () => {
		const d = agree(counted.number, 3, ['Aino', 'Bertil'], NOW, 'both saw partial plans')(await both(2, 4));
		expect(d.consensus[0]!.reason).toBe('both saw partial plans');
	});
});

describe('agreement figures in words', () => {
	it.each([
		[null, 'fi', '–'],
		[0, 'fi', '0 %'],
		[0.92, 'fi', '92 %'],
		[1 / 3, 'en', '33 %'],
		[1, 'sv', '100 %']
	] as const)('share %s in %s is %s', (share, locale, text) => {
		expect(percent(share, locale)).toBe(text);
	});
	it.each([
		[null, 'fi', { kind: 'none' }],
		[{ kind: 'undefined', reason: 'no-variation' }, 'fi', { kind: 'undefined' }],
		[{ kind: 'value', value: 0.8571 }, 'fi', { kind: 'value', text: '0,86' }],
		[{ kind: 'value', value: -0.5 }, 'en', { kind: 'value', text: '-0.50' }]
	] as const)('kappa %j in %s', (kappa, locale, text) => {
		expect(kappaText(kappa, locale)).toEqual(text);
	});
});

describe('who is rating now on this tablet', () => {
	it('is kept per review as an index, and falls back to the first', () => {
		const store = new Map<string, string>();
		const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
		expect(savedRater(storage, 'r1')).toBe(0);
		saveRater(storage, 'r1', 1);
		expect(savedRater(storage, 'r1')).toBe(1);
		expect(savedRater(storage, 'r2')).toBe(0);
		expect([...store.values()]).toEqual(['1']);
		const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
		expect(savedRater(broken, 'r1')).toBe(0);
		expect(() => saveRater(broken, 'r1', 1)).not.toThrow();
	});
});
