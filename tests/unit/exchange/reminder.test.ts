import { describe, expect, it } from 'vitest';
import { atRisk, backupReminder, GRACE_MS, type ReminderReview } from '../../../src/lib/exchange/reminder';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const finished = (over: Partial<ReminderReview> = {}): ReminderReview => {
	const at = over.finishedAt ?? ago(GRACE_MS + 1);
	return { status: 'finished', finishedAt: at, updatedAt: at, exportedAt: null, uploaded: false, ...over };
};

describe('a review at risk', () => {
	it.each([
		['finished, unsent, never exported, a day and a ms old', finished(), true],
		['finished exactly a day ago (not yet more than a day)', finished({ finishedAt: ago(GRACE_MS) }), false],
		['finished an hour ago', finished({ finishedAt: ago(3_600_000) }), false],
		['a draft', finished({ status: 'draft', finishedAt: null }), false],
		['uploaded', finished({ uploaded: true }), false],
		['exported after its last change', finished({ exportedAt: ago(1000) }), false],
		['exported at the very moment of its last change', finished({ exportedAt: ago(GRACE_MS + 1) }), false],
		['exported before it changed', finished({ exportedAt: ago(GRACE_MS + 2) }), true]
	])('%s → %s', (_name, review, expected) => {
		expect(atRisk(review, NOW)).toBe(expected);
	});
});

describe('backupReminder', () => {
	it.each([
		['storage not persistent, two at risk', false, [finished(), finished(), finished({ uploaded: true })], { show: true, count: 2 }],
		['persistence unknown counts as not persistent', null, [finished()], { show: true, count: 1 }],
		['persistent storage never reminds', true, [finished()], { show: false }],
		['nothing at risk', false, [finished({ uploaded: true })], { show: false }],
		['no reviews', false, [], { show: false }]
	] as const)('%s', (_name, persisted, reviews, expected) => {
		expect(backupReminder(reviews, persisted, NOW)).toEqual(expected);
	});
});
