import { describe, expect, it } from 'vitest';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { previousReview, previousScore, trendOf } from '../../../src/lib/review/trend';
import { buildFreshReview, withScores } from '../../fixtures/review-builder';

const review = (startDate: string, total: number, over: Partial<ReviewDocument> = {}) => {
	const base = buildFreshReview();
	return {
		...base,
		meta: { ...base.meta, startDate },
		totals: { ...base.totals!, total, level: total >= 100 ? ('good' as const) : ('fair' as const) },
		...over
	};
};
const draft = (startDate: string) => ({ ...review(startDate, 0), finishedAt: null, totals: null });

describe('previousReview', () => {
	const current = review('2026-09-01', 100);
	const a = review('2025-09-01', 90);
	const b = review('2026-03-01', 95);
	it.each<[string, ReviewDocument[], ReviewDocument | null]>([
		['no other reviews', [], null],
		['the latest one before', [a, b], b],
		['order of the input does not matter', [b, a], b],
		['a later review is not "previous"', [review('2027-01-01', 110), a], a],
		['a review on the same start date is not before', [review('2026-09-01', 80)], null],
		['a draft is never compared against', [a, draft('2026-06-01')], a],
		['the current review itself is ignored', [current, a], a]
	])('%s', (_name, others, expected) => {
		expect(previousReview(current, others)?.id ?? null).toBe(expected?.id ?? null);
	});

	it('a day before the current start counts as previous', () => {
		const dayBefore = review('2026-08-31', 99);
		expect(previousReview(current, [dayBefore])?.id).toBe(dayBefore.id);
	});
});

describe('trendOf', () => {
	const prev = withScores(review('2026-03-01', 96), { 1: 3, 2: 5, 3: null });
	const current = withScores(review('2026-09-01', 100), { 1: 4, 2: 4, 3: 4 });

	it.each([
		[1, 3, 1],
		[2, 5, -1],
		[3, null, null]
	])('item %i: previous %s, change %s', (n, previous, change) => {
		expect(trendOf(current, [prev]).items.find((i) => i.number === n)).toEqual({ number: n, previous, change });
	});

	it('total change and the series of finished totals, oldest first, current marked', () => {
		const older = review('2025-09-01', 80);
		const t = trendOf(current, [prev, older, draft('2026-06-01')]);
		expect(t.previous).toMatchObject({ id: prev.id, total: 96, sameEdition: true });
		expect(t.totalChange).toBe(4);
		expect(t.series.map((p) => [p.startDate, p.total, p.current])).toEqual([
			['2025-09-01', 80, false],
			['2026-03-01', 96, false],
			['2026-09-01', 100, true]
		]);
	});

	it('a draft current review: item changes shown, no total change, not in the series', () => {
		const d = { ...current, finishedAt: null, totals: null };
		const t = trendOf(d, [prev]);
		expect(t.totalChange).toBeNull();
		expect(t.series.map((p) => p.current)).toEqual([false]);
		expect(t.items[0]).toEqual({ number: 1, previous: 3, change: 1 });
	});

	it('another edition: totals compared, items not', () => {
		const t = trendOf(current, [{ ...prev, edition: 'fi-2019-01-01' }]);
		expect(t.previous?.sameEdition).toBe(false);
		expect(t.totalChange).toBe(4);
		expect(t.items.every((i) => i.previous === null)).toBe(true);
	});

	it('no previous review: nothing to compare', () => {
		const t = trendOf(current, []);
		expect([t.previous, t.totalChange, t.items[0]?.previous]).toEqual([null, null, null]);
	});
});

describe('previousScore (for the item screen)', () => {
	const prev = withScores(review('2026-03-01', 96), { 1: 3, 3: null });
	const current = withScores(review('2026-09-01', 100), { 1: 4, 2: null });
	it.each([
		[1, { score: 3, change: 1, startDate: '2026-03-01' }],
		[2, { score: 5, change: null, startDate: '2026-03-01' }],
		[3, null]
	])('item %i', (n, expected) => {
		expect(previousScore(current, [prev], n)).toEqual(expected);
	});

	it('is null without a previous review of the same edition', () => {
		expect(previousScore(current, [{ ...prev, edition: 'other' }], 1)).toBeNull();
	});
});
