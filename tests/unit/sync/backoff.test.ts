import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, retryDelay } from '../../../src/lib/sync/backoff';

const fixed = (r: number) => () => r;
const MIN = 60_000;

describe('backoffDelay: full jitter under an exponential ceiling, capped', () => {
	it.each([
		// attempt, random, expected ms
		[1, 1, 5_000], // first failure: ceiling = base
		[1, 0.5, 2_500],
		[1, 0, 1_000], // jitter can draw 0: the floor keeps a pass from spinning
		[1, 0.1, 1_000], // 500 ms is under the floor
		[2, 1, 10_000],
		[3, 1, 20_000],
		[8, 1, 640_000], // 5 s × 2^7, still under the cap
		[9, 1, 15 * MIN], // 5 s × 2^8 = 21:20 min → capped at 15 min
		[9, 0.5, 7.5 * MIN],
		[500, 1, 15 * MIN], // 2^499 overflows; still the cap
		[0, 1, 5_000], // nonsense attempt counts are read as the first
		[1, 2, 5_000], // a random() outside [0,1] is clamped
		[1, -1, 1_000]
	])('attempt %i with random %f waits %i ms', (attempt, random, expected) => {
		expect(backoffDelay(attempt, fixed(random))).toBe(expected);
	});
});

describe('retryDelay: the later of our backoff and Retry-After, capped at an hour', () => {
	it.each([
		[1, null, 1, 5_000], // no Retry-After: our own backoff
		[1, 30_000, 1, 30_000], // the server asks for longer: honoured
		[3, 2_000, 1, 20_000], // the server asks for less than our backoff: ours wins
		[1, 0, 0, 1_000], // "Retry-After: 0" still waits the floor
		[1, 2 * 60 * MIN, 1, 60 * MIN], // two hours asked, one hour given
		[1, 60 * MIN, 1, 60 * MIN],
		[1, Number.NaN, 1, 5_000], // unreadable values are ignored
		[1, -5_000, 1, 5_000]
	])('attempt %i, Retry-After %s ms, random %f → %i ms', (attempt, retryAfter, random, expected) => {
		expect(retryDelay(attempt, retryAfter, fixed(random))).toBe(expected);
	});

	it('uses the policy it is given', () => {
		const policy = { ...DEFAULT_BACKOFF, baseMs: 100, floorMs: 0, capMs: 400 };
		expect([1, 2, 3, 4].map((n) => backoffDelay(n, fixed(1), policy))).toEqual([100, 200, 400, 400]);
	});
});
