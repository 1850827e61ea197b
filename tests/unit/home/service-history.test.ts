import { describe, expect, it } from 'vitest';
import { serviceHistory } from '../../../src/lib/ui/home/service-history';

type R = { name: string; status: 'draft' | 'finished'; startDate: string; updatedAt: string };
const r = (name: string, status: R['status'], startDate: string, updatedAt = `${startDate}T10:00:00.000Z`): R => ({ name, status, startDate, updatedAt });

describe('what the new-review form says about a service already on the device', () => {
	it.each([
		{ case: 'nothing stored', rows: [], draft: null, finished: null },
		{ case: 'one draft only: offered, but no schedule', rows: [r('d', 'draft', '2026-05-01')], draft: 'd', finished: null },
		{ case: 'one finished only', rows: [r('f', 'finished', '2026-05-01')], draft: null, finished: 'f' },
		{
			case: 'a newer draft does not move the schedule',
			rows: [r('f', 'finished', '2026-01-10'), r('d', 'draft', '2026-09-01')],
			draft: 'd',
			finished: 'f'
		},
		{
			case: 'four drafts: the one edited last is offered',
			rows: [
				r('d1', 'draft', '2026-09-01', '2026-09-03T08:00:00.000Z'),
				r('d2', 'draft', '2026-09-02', '2026-09-04T08:00:00.000Z'),
				r('d3', 'draft', '2026-09-09', '2026-09-04T07:59:59.999Z'),
				r('d4', 'draft', '2026-08-01', '2026-09-01T08:00:00.000Z')
			],
			draft: 'd2',
			finished: null
		},
		{
			case: 'the latest start date among finished reviews counts, whatever the order',
			rows: [r('f2', 'finished', '2026-06-30'), r('f1', 'finished', '2025-12-31'), r('f3', 'finished', '2026-07-01')],
			draft: null,
			finished: 'f3'
		}
	])('$case', ({ rows, draft, finished }) => {
		const history = serviceHistory(rows);
		expect(history.draft?.name ?? null).toBe(draft);
		expect(history.lastFinished?.name ?? null).toBe(finished);
	});
});
