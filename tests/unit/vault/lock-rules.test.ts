import { describe, expect, it } from 'vitest';
import { attemptDelay, parseIdleMinutes, shouldLock } from '../../../src/lib/privacy/lock-rules';

const MIN = 60_000;

describe('shouldLock (idle 5 minutes)', () => {
	it.each([
		['just used', 0, null, false],
		['idle one ms short of 5 min', 5 * MIN - 1, null, false],
		['idle exactly 5 min', 5 * MIN, null, true],
		['idle 6 min', 6 * MIN, null, true],
		['hidden 4 min 59 s', 0, 5 * MIN - 1000, false],
		['hidden exactly 5 min', 0, 5 * MIN, true],
		['hidden an hour', 0, 60 * MIN, true]
	] as const)('%s → %s', (_, idleFor, hiddenFor, expected) => {
		const now = 10_000_000;
		expect(shouldLock({ now, lastActivity: now - idleFor, hiddenSince: hiddenFor === null ? null : now - hiddenFor, idleMinutes: 5 })).toBe(expected);
	});
});

describe('attemptDelay', () => {
	it.each([
		[0, 0],
		[1, 0],
		[3, 0],
		[4, 2_000],
		[5, 4_000],
		[8, 32_000],
		[11, 256_000],
		[12, 300_000],
		[40, 300_000]
	])('after %i wrong passphrases waits %i ms', (failures, ms) => {
		expect(attemptDelay(failures)).toBe(ms);
	});
});

describe('parseIdleMinutes', () => {
	it.each([
		['5', 5],
		[' 15 ', 15],
		['1', 1],
		['60', 60],
		['0', null],
		['61', null],
		['2.5', null],
		['-3', null],
		['', null],
		['viisi', null]
	] as const)('%j → %s', (text, n) => {
		expect(parseIdleMinutes(text)).toBe(n);
	});
});
