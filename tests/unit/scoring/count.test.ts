import { describe, expect, it } from 'vitest';
import type { Score } from '../../../src/lib/instrument/schema';
import { suggestFromCount } from '../../../src/lib/scoring/count';

/** n sub-criteria, the first `met` of them met, the rest not. */
const answered = (n: number, met: number) => Array.from({ length: n }, (_, i) => ({ id: `5.${i + 1}`, met: i < met }));

describe('suggestFromCount', () => {
	// Fixture maps shaped like the form's: "0 or 1 met → 1" (5 sub-criteria) and "2 or fewer → 1" (6).
	const FIVE: Score[] = [1, 1, 2, 3, 4, 5];
	const SIX: Score[] = [1, 1, 1, 2, 3, 4, 5];
	const FOUR: Score[] = [1, 2, 3, 4, 5];

	it.each([
		[FIVE, 5, 0, 1],
		[FIVE, 5, 1, 1],
		[FIVE, 5, 2, 2],
		[FIVE, 5, 3, 3],
		[FIVE, 5, 4, 4],
		[FIVE, 5, 5, 5],
		[SIX, 6, 0, 1],
		[SIX, 6, 1, 1],
		[SIX, 6, 2, 1],
		[SIX, 6, 3, 2],
		[SIX, 6, 4, 3],
		[SIX, 6, 5, 4],
		[SIX, 6, 6, 5],
		[FOUR, 4, 0, 1],
		[FOUR, 4, 1, 2],
		[FOUR, 4, 2, 3],
		[FOUR, 4, 3, 4],
		[FOUR, 4, 4, 5]
	])('map %j, %i sub-criteria, %i met → %i', (map, n, met, score) => {
		expect(suggestFromCount(map, answered(n, met))).toEqual({ kind: 'suggested', basis: 'count', score, met, of: n });
	});

	it('counts which sub-criteria are met, not their position', () => {
		const answers = [
			{ id: '5.1', met: false },
			{ id: '5.2', met: true },
			{ id: '5.3', met: false },
			{ id: '5.4', met: true },
			{ id: '5.5', met: true }
		];
		expect(suggestFromCount(FIVE, answers)).toMatchObject({ score: 3, met: 3 });
	});

	it('an unanswered sub-criterion makes the count incomplete, not "not met"', () => {
		const answers = [...answered(3, 3), { id: '5.4', met: null }, { id: '5.5', met: null }];
		expect(suggestFromCount(FIVE, answers)).toEqual({ kind: 'incomplete', basis: 'count', missing: ['5.4', '5.5'] });
	});

	it('suggests nothing, without throwing, when the map does not cover the count', () => {
		expect(suggestFromCount([1, 2], answered(3, 3))).toEqual({ kind: 'none' });
	});
});
