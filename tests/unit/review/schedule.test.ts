import { describe, expect, it } from 'vitest';
import { nextReviewDue, reviewIntervalMonths } from '../../../src/lib/review/schedule';

describe('reviewIntervalMonths', () => {
	it.each([
		[25, 6],
		[99, 6],
		[100, 12],
		[125, 12]
	])('a previous total of %i means the next review in %i months', (total, months) => {
		expect(reviewIntervalMonths(total)).toBe(months);
	});
});

describe('nextReviewDue', () => {
	it.each([
		['below 100: six months later', '2025-03-12', 99, '2025-09-12'],
		['exactly 100: a year later', '2025-03-12', 100, '2026-03-12'],
		['six months across the year end', '2025-07-15', 80, '2026-01-15'],
		['six months from December', '2025-12-01', 80, '2026-06-01'],
		['31 August + 6 months falls back to 28 February', '2025-08-31', 60, '2026-02-28'],
		['31 August + 6 months is 29 February in a leap year', '2027-08-31', 60, '2028-02-29'],
		['29 February + 12 months is 28 February', '2028-02-29', 110, '2029-02-28'],
		['31 March + 6 months falls back to 30 September', '2025-03-31', 73, '2025-09-30'],
		['a year from 31 December stays on 31 December', '2099-12-31', 125, '2100-12-31'],
		['29 August + 6 months is 28 February in 2100, which is not a leap year', '2099-08-29', 50, '2100-02-28']
	])('%s', (_name, start, total, due) => {
		expect(nextReviewDue(start, total)).toBe(due);
	});

	it.each(['2025-3-12', '12.3.2025', '2025-03-12T00:00:00Z', ''])('refuses %j, which is not an ISO date', (bad) => {
		expect(() => nextReviewDue(bad, 100)).toThrow(RangeError);
	});
});
