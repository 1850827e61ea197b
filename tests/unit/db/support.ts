import { WriteError, type WriteFailure } from '../../../src/lib/db/errors';
import type { ReviewMeta } from '../../../src/lib/review/schema';

/** A review's set-up as the write-verb tests create it. */
export const meta: ReviewMeta = {
	service: 'Työhönvalmennus Joensuu',
	organisation: 'Siun sote',
	place: 'Joensuu',
	reviewers: ['Arvioija A', 'Arvioija B'],
	startDate: '2026-11-02',
	endDate: '2026-11-03',
	reviewType: 'external'
};

/** The failure a write verb refused with; fails the test if it did not refuse. */
export async function failure(p: Promise<unknown>): Promise<WriteFailure> {
	try {
		await p;
	} catch (e) {
		if (e instanceof WriteError) return e.failure;
		throw e;
	}
	throw new Error('expected a WriteError');
}
