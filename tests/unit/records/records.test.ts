import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, daysBetween } from '../../../src/lib/records/dates';
import { sheetFigures, type SheetJob, type SheetRecord } from '../../../src/lib/records/compute';
import { figureRule } from '../../../src/lib/scoring';

describe('dates', () => {
	it.each<[string, string, number | null]>([
		['2026-01-01', '2026-01-31', 30],
		['2026-01-31', '2026-03-01', 29], // across February of a common year
		['2024-01-31', '2024-03-01', 30], // leap year
		['2025-12-20', '2026-01-10', 21], // across the year
		['2026-03-28', '2026-03-30', 2], // over the spring summer-time change
		['2026-05-01', '2026-04-01', -30],
		['2026-02-29', '2026-03-01', null], // no such day
		['2026-13-01', '2026-03-01', null],
		['1.3.2026', '2026-03-01', null],
		['', '2026-03-01', null]
	])('days from %s to %s = %s', (from, to, days) => {
		expect(daysBetween(from, to)).toBe(days);
	});

	it.each<[string, number, string]>([
		['2026-01-31', 1, '2026-02-28'],
		['2024-01-31', 1, '2024-02-29'],
		['2026-01-15', 4, '2026-05-15'],
		['2025-10-31', 4, '2026-02-28'],
		['2026-11-30', 3, '2027-02-28']
	])('%s plus %i months is %s', (date, months, expected) => {
		expect(addMonths(date, months)).toBe(expected);
	});

	it('refuses a date that does not exist', () => {
		expect(dayNumber('2023-02-29')).toBeNull();
		expect(dayNumber('2024-02-29')).not.toBeNull();
	});
});

const job = (over: Partial<SheetJob> = {}): SheetJob => ({ type: 'siivooja', employer: 'Oy A', competitive: true, permanent: true, start: null, ...over });
const rec = (n: number, over: Partial<SheetRecord> = {}): SheetRecord => ({ n, serviceStart: null, firstEmployerContact: null, jobs: [], followAlong: [], ...over });
const AS_OF = '2026-11-30';

describe('item 15 from the sheet: days to the first employer meeting', () => {
	it('counts days per record, the days so far for a record with no meeting yet, and skips what cannot be counted', () => {
		const f = sheetFigures(
			[
				rec(1, { serviceStart: '2026-01-10', firstEmployerContact: '2026-02-09' }), // 30
				rec(2, { serviceStart: '2026-10-31', firstEmployerContact: null }), // none yet: 30 days so far
				rec(3, { serviceStart: null, firstEmployerContact: '2026-02-01' }),
				rec(4, { serviceStart: '2026-05-01', firstEmployerContact: '2026-04-01' }),
				rec(5, { serviceStart: '2026-02-30', firstEmployerContact: '2026-03-01' }),
				rec(6, { serviceStart: '2026-12-15' }) // starts after the review date
			],
			AS_OF
		)[15];
		expect(f.figures.days).toEqual([30, 30]);
		expect(f.used).toEqual([1, 2]);
		expect(f.open).toEqual([2]);
		expect(f.skipped).toEqual([
			{ n: 3, reason: 'no-service-start' },
			{ n: 4, reason: 'contact-before-start' },
			{ n: 5, reason: 'bad-date' },
			{ n: 6, reason: 'start-after-review' }
		]);
	});

	it.each<[number, number]>([
		[30, 5],
		[31, 4],
		[60, 4],
		[61, 3],
		[150, 3],
		[151, 2],
		[270, 2],
		[271, 1]
	])('a mean of %i days suggests %i (contacts tracked), the band edges of the rule', (days, score) => {
		const start = '2025-01-01';
		const contact = new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
		const f = sheetFigures([rec(1, { serviceStart: start, firstEmployerContact: contact })], AS_OF)[15];
		expect(f.figures.days).toEqual([days]);
		const result = figureRule('first-employer-contact')!.evaluate({ days: f.figures.days, contactsTracked: true });
		expect(result.kind === 'suggested' && result.score).toBe(score);
	});
});

describe('items 19, 20 and 21 from the jobs on the sheet', () => {
	const records = [
		rec(1, { jobs: [job({ type: 'Siivooja', employer: 'Oy A' }), job({ type: 'siivooja ', employer: 'Oy B', permanent: false })] }),
		rec(2, { jobs: [job({ type: 'kokki', employer: 'oy a', competitive: false })] }),
		rec(3, { jobs: [job({ type: 'varastotyöntekijä', employer: 'Kauppa Ky' })] }),
		rec(4) // no job
	];
	const f = sheetFigures(records, AS_OF);

	it('counts every job and the distinct types and employers, whatever the case and spacing', () => {
		expect(f[19].figures).toEqual({ jobs: 4, different: 3 });
		expect(f[20].figures).toEqual({ jobs: 4, different: 3 });
		expect(f[19].used).toEqual([1, 2, 3]);
	});

	it('counts clients employed, and those with a permanent job on the open market', () => {
		expect(f[21].figures).toEqual({ employed: 3, competitive: 2 });
		expect(f[21].used).toEqual([1, 2, 3]);
	});

	it('an empty sheet gives zeros, not a division by zero', () => {
		const none = sheetFigures([], AS_OF);
		expect(none[19].figures).toEqual({ jobs: 0, different: 0 });
		expect(none[21].figures).toEqual({ employed: 0, competitive: 0 });
		expect(none[15].figures.days).toEqual([]);
	});
});

describe('item 23 from the follow-along meetings', () => {
	it('counts those four months into their first job, and those met on or after that day', () => {
		const f = sheetFigures(
			[
				rec(1, { jobs: [job({ start: '2026-07-30' })], followAlong: ['2026-11-30'] }), // 4 months on 30.11.: met that day
				rec(2, { jobs: [job({ start: '2026-07-31' })], followAlong: ['2026-11-30'] }), // 4 months on 30.11. (no 31.11.)
				rec(3, { jobs: [job({ start: '2026-05-01' })], followAlong: ['2026-08-31'] }), // four months on 1.9.: the day before is not enough
				rec(4, { jobs: [job({ start: '2026-08-01' })], followAlong: ['2026-12-01'] }), // not four months in yet
				rec(5, { jobs: [job({ start: '2026-03-01' }), job({ start: '2026-01-15' })], followAlong: ['2026-05-15'] }) // first job counts
			],
			AS_OF
		)[23];
		expect(f.used).toEqual([1, 2, 3, 5]);
		expect(f.figures).toEqual({ started: 4, metAtFourMonths: 3, metAfterFirstMonth: null });
	});

	it('when nobody is met at four months, says whether anyone was met after the first month', () => {
		const later = sheetFigures([rec(1, { jobs: [job({ start: '2026-01-10' })], followAlong: ['2026-01-20', '2026-03-01'] })], AS_OF)[23];
		expect(later.figures).toEqual({ started: 1, metAtFourMonths: 0, metAfterFirstMonth: true });
		const never = sheetFigures([rec(1, { jobs: [job({ start: '2026-01-10' })], followAlong: ['2026-02-10'] })], AS_OF)[23];
		expect(never.figures).toEqual({ started: 1, metAtFourMonths: 0, metAfterFirstMonth: false });
	});

	it('a job start that is not a date leaves the record out, by number', () => {
		const f = sheetFigures([rec(7, { jobs: [job({ start: '2026-02-31' })] })], AS_OF)[23];
		expect(f.skipped).toEqual([{ n: 7, reason: 'bad-date' }]);
		expect(f.figures.started).toBe(0);
	});
});
