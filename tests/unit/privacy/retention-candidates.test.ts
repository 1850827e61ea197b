import { describe, expect, it } from 'vitest';
import { dueCandidates, type RetentionOutbox, type RetentionSummary } from '../../../src/lib/privacy/retention';

/**
 * The pass at every start decides from the small rows which documents to read at
 * all (src/lib/db/retention.ts). It may name more than is due (it cannot see which
 * still hold notes) but never fewer: the table's boundaries are the day the notes go.
 */
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-31T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW - d * DAY).toISOString();
const up = (id: string, status: string, d: number | null, revision = 1): RetentionOutbox => ({
	reviewId: id,
	revision,
	status,
	uploadedAt: d === null ? null : daysAgo(d)
});
const summary = (id: string, exported: number | null, finished: number | null = 60, revision = 1): RetentionSummary => ({
	id,
	status: finished === null ? 'draft' : 'finished',
	revision,
	finishedAt: finished === null ? null : daysAgo(finished),
	exportedAt: exported === null ? null : daysAgo(exported)
});
const SINCE_LONG_AGO = NOW - 400 * DAY;

describe('dueCandidates', () => {
	it.each([
		// [case, outbox, summaries, days, since, review ids, payloads]
		['uploaded exactly 30 days ago is due', [up('a', 'uploaded', 30)], [], 30, SINCE_LONG_AGO, ['a'], [['a', 1]]],
		['uploaded 29 days ago is not', [up('a', 'uploaded', 29)], [], 30, SINCE_LONG_AGO, [], []],
		['retention off reads nothing', [up('a', 'uploaded', 300)], [summary('b', 300)], null, SINCE_LONG_AGO, [], []],
		['the rule took effect 10 days ago: nothing yet', [up('a', 'uploaded', 300)], [], 30, NOW - 10 * DAY, [], []],
		['pending, failed and uploading are never candidates', [up('a', 'pending', null), up('b', 'failed', null), up('c', 'uploading', null)], [], 30, SINCE_LONG_AGO, [], []],
		['exported after finishing, never queued', [], [summary('e', 40, 50)], 30, SINCE_LONG_AGO, ['e'], []],
		['exported before finishing does not count', [], [summary('e', 50, 40)], 30, SINCE_LONG_AGO, [], []],
		['a draft is never a candidate', [], [summary('d', 40, null)], 30, SINCE_LONG_AGO, [], []],
		['an export of a queued revision waits for the receiver', [up('q', 'pending', null)], [summary('q', 40)], 30, SINCE_LONG_AGO, [], []],
		[
			'two uploaded revisions of one review: one read of the review, both payloads',
			[up('r', 'uploaded', 90, 1), up('r', 'uploaded', 45, 2)],
			[summary('r', null, 46, 2)],
			30,
			SINCE_LONG_AGO,
			['r'],
			[['r', 1], ['r', 2]]
		]
	] as const)('%s', (_, outbox, summaries, days, since, reviewIds, payloads) => {
		const got = dueCandidates({ outbox: [...outbox], summaries: [...summaries], days, since, now: NOW });
		expect(got.reviewIds).toEqual(reviewIds);
		expect(got.payloads).toEqual(payloads);
	});
});
