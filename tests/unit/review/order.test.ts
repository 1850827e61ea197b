import { describe, expect, it } from 'vitest';
import { compareIso } from '../../../src/lib/review/order';

describe('compareIso orders ISO dates, timestamps and HH:MM times chronologically', () => {
	it.each([
		['2026-01-02', '2026-01-03', -1],
		['2026-01-03', '2026-01-02', 1],
		['2026-01-02', '2026-01-02', 0],
		['2025-12-31', '2026-01-01', -1],
		['2026-09-30', '2026-10-01', -1],
		['2026-03-02T09:05:00.000Z', '2026-03-02T10:00:00.000Z', -1],
		['2026-03-02T23:59:59.999Z', '2026-03-03T00:00:00.000Z', -1],
		['2026-03-02T09:05:00.000Z', '2026-03-02T09:05:00.001Z', -1],
		['2026-03-02', '2026-03-02T00:00:00.000Z', -1], // a date sorts before the moments of its day
		['09:05', '10:00', -1],
		['23:59', '99', -1], // plans.ts: an agenda entry with no time ('99') goes last
		['', '00:00', -1]
	] as const)('%s vs %s → %i', (a, b, sign) => {
		expect(Math.sign(compareIso(a, b))).toBe(sign);
		expect(Math.sign(compareIso(b, a))).toBe(-sign || 0);
	});

	it('sorts a shuffled year of timestamps as localeCompare does', () => {
		const day = 86_400_000;
		const stamps = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * day * 0.9137 + (i % 7) * 3_600_000).toISOString());
		const shuffled = [...stamps].sort((a, b) => (a.charCodeAt(20) * 31 + a.charCodeAt(18)) % 17 - ((b.charCodeAt(20) * 31 + b.charCodeAt(18)) % 17));
		expect([...shuffled].sort(compareIso)).toEqual([...shuffled].sort((a, b) => a.localeCompare(b)));
		expect([...shuffled].sort(compareIso)).toEqual(stamps);
	});
});
