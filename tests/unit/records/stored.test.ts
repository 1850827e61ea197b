import { describe, expect, it } from 'vitest';
import { sheetFigures } from '../../../src/lib/records/compute';
import {
	addContact,
	addJob,
	addRecord,
	emptyJob,
	removeContact,
	removeJob,
	removeRecord,
	restoreRecord,
	setJobFields,
	setRecordFields
} from '../../../src/lib/records/edits';
import { SheetRecord } from '../../../src/lib/records/schema';
import { asOfDate, holdsSheet, isSheetItem, sheetEntries, useSheet, type SheetItem } from '../../../src/lib/records/use';
import type { Edit } from '../../../src/lib/review/edit';
import { migrateVisit, parseAnyFormat } from '../../../src/lib/review/migrate';
import { ReviewDocument } from '../../../src/lib/review/schema';
import { readText, setText, targetKey } from '../../../src/lib/review/text-targets';
import formatOne from '../../fixtures/finished-review.json';
import { blankReview } from '../visit/build';

describe('the stored sheet', () => {
	it('a format-2 document written before the sheet parses with an empty sheet', () => {
		const doc = blankReview();
		const { records: _r, ...older } = doc.visit;
		const parsed = ReviewDocument.safeParse({ ...doc, visit: older });
		expect(parsed.success && parsed.data.visit.records).toEqual([]);
	});

	it('a format-1 file parses with an empty sheet', () => {
		const parsed = parseAnyFormat(structuredClone(formatOne));
		expect(parsed.success && parsed.data.visit.records).toEqual([]);
	});

	it('a stored row read without the parse (toCurrent) gets the sheet filled in', () => {
		const doc = blankReview();
		const { records: _r, ...older } = doc.visit;
		expect(migrateVisit({ ...doc, visit: older } as ReviewDocument).visit.records).toEqual([]);
	});

	it.each<[string, unknown]>([
		['running number 0', { n: 0 }],
		['a fractional running number', { n: 1.5 }],
		['a name instead of a number', { n: 'Matti' }],
		['a Finnish-style date', { serviceStart: '1.3.2026' }],
		['a follow-along date as text', { followAlong: ['maaliskuu'] }],
		['an employer of 201 characters', { jobs: [{ ...emptyJob(), employer: 'x'.repeat(201) }] }]
	])('refuses %s', (_what, over) => {
		const row = { n: 1, serviceStart: null, firstEmployerContact: null, jobs: [], followAlong: [], ...(over as object) };
		expect(SheetRecord.safeParse(row).success).toBe(false);
	});
});

const run = (...edits: Edit[]) => edits.reduce((doc, e) => e(doc), blankReview());

describe('sheet edits', () => {
	it.each<[string, Edit[], unknown]>([
		['add gives 1, 2, 3', [addRecord(), addRecord(), addRecord()], [1, 2, 3]],
		['a removed number in the middle is not reused', [addRecord(), addRecord(), addRecord(), removeRecord(2), addRecord()], [1, 3, 4]],
		['removing the only row empties the sheet', [addRecord(), removeRecord(1)], []],
		['restoring puts a row back in its place', [addRecord(), addRecord(), removeRecord(1), restoreRecord({ n: 1, serviceStart: '2026-01-01', firstEmployerContact: null, jobs: [], followAlong: [] }, 0)], [1, 2]],
		['restoring a number already taken changes nothing', [addRecord(), restoreRecord({ n: 1, serviceStart: '2026-01-01', firstEmployerContact: null, jobs: [], followAlong: [] }, 0)], [1]]
	])('%s', (_what, edits, numbers) => {
		expect(run(...edits).visit.records.map((r) => r.n)).toEqual(numbers);
	});

	it.each<[string, Edit[], Partial<SheetRecord>]>([
		['sets dates', [setRecordFields(1, { serviceStart: '2026-01-05', firstEmployerContact: '2026-02-01' })], { serviceStart: '2026-01-05', firstEmployerContact: '2026-02-01' }],
		['clears a date', [setRecordFields(1, { serviceStart: '2026-01-05' }), setRecordFields(1, { serviceStart: null })], { serviceStart: null }],
		['adds contacts sorted, once each', [addContact(1, '2026-05-01'), addContact(1, '2026-03-01'), addContact(1, '2026-05-01')], { followAlong: ['2026-03-01', '2026-05-01'] }],
		['removes a contact', [addContact(1, '2026-05-01'), addContact(1, '2026-03-01'), removeContact(1, '2026-05-01')], { followAlong: ['2026-03-01'] }],
		['adds and edits a job', [addJob(1), setJobFields(1, 0, { type: 'siivooja', competitive: true })], { jobs: [{ ...emptyJob(), type: 'siivooja', competitive: true }] }],
		['removes the right job', [addJob(1, { ...emptyJob(), type: 'a' }), addJob(1, { ...emptyJob(), type: 'b' }), removeJob(1, 0)], { jobs: [{ ...emptyJob(), type: 'b' }] }],
		['puts a job back where it was', [addJob(1, { ...emptyJob(), type: 'b' }), addJob(1, { ...emptyJob(), type: 'a' }, 0)], { jobs: [{ ...emptyJob(), type: 'a' }, { ...emptyJob(), type: 'b' }] }],
		['a job index past the end changes nothing', [setJobFields(1, 3, { type: 'x' })], { jobs: [] }]
	])('%s', (_what, edits, expected) => {
		expect(run(addRecord(), ...edits).visit.records[0]).toMatchObject(expected);
	});

	it('an edit of a row removed elsewhere returns the document as it is', () => {
		const doc = run(addRecord());
		for (const e of [setRecordFields(9, { serviceStart: '2026-01-01' }), addJob(9), removeJob(9, 0), addContact(9, '2026-01-01')]) expect(e(doc)).toBe(doc);
	});

	it('every edited sheet still parses, and feeds sheetFigures unchanged', () => {
		const doc = run(
			addRecord(),
			setRecordFields(1, { serviceStart: '2026-01-01', firstEmployerContact: '2026-01-31' }),
			addJob(1, { type: 'siivooja', employer: 'Oy A', competitive: true, permanent: true, start: '2026-02-01' }),
			addContact(1, '2026-06-15')
		);
		const parsed = ReviewDocument.safeParse(doc);
		expect(parsed.success).toBe(true);
		if (!parsed.success) return;
		// The stored type is compute.ts's input type: no mapping between them.
		const figures = sheetFigures(parsed.data.visit.records, '2026-11-30');
		expect(figures[15].figures.days).toEqual([30]);
		expect(figures[21].figures).toEqual({ employed: 1, competitive: 1 });
		expect(figures[23].figures).toMatchObject({ started: 1, metAtFourMonths: 1 });
	});
});

describe('using the sheet on an item', () => {
	const sheet = sheetFigures(
		[
			{ n: 1, serviceStart: '2026-01-01', firstEmployerContact: '2026-01-21', jobs: [{ type: 'a', employer: 'X', competitive: true, permanent: true, start: '2026-02-01' }], followAlong: ['2026-03-15'] },
			{ n: 2, serviceStart: null, firstEmployerContact: null, jobs: [], followAlong: [] }
		],
		'2026-11-30'
	);

	it.each<[SheetItem, [string, unknown][]]>([
		[15, [['days', [20]]]],
		[19, [['jobs', 1], ['different', 1]]],
		[21, [['employed', 1], ['competitive', 1]]],
		// Nobody met at four months: whether anyone was met after the first month is said.
		[23, [['started', 1], ['metAtFourMonths', 0], ['metAfterFirstMonth', true]]]
	])('item %i gets %j', (item, entries) => {
		expect(sheetEntries(sheet, item)).toEqual(entries);
		const doc = useSheet(item, sheetEntries(sheet, item))(blankReview());
		const figures = doc.items.find((i) => i.number === item)!.figures;
		expect(holdsSheet(figures, sheetEntries(sheet, item))).toBe(true);
		expect(ReviewDocument.safeParse(doc).success).toBe(true);
	});

	it('a null the sheet cannot say is not copied over a typed value', () => {
		const met = sheetFigures([{ n: 1, serviceStart: null, firstEmployerContact: null, jobs: [{ type: 'a', employer: 'X', competitive: null, permanent: null, start: '2026-01-01' }], followAlong: ['2026-06-01'] }], '2026-11-30');
		expect(sheetEntries(met, 23).map(([k]) => k)).toEqual(['started', 'metAtFourMonths']);
	});

	it('a changed figure no longer holds the sheet', () => {
		const entries = sheetEntries(sheet, 21);
		expect(holdsSheet({ employed: 1, competitive: 0 }, entries)).toBe(false);
	});

	it.each([[15, true], [16, false], [23, true], [22, false]])('item %i is a sheet item: %s', (n, yes) => expect(isSheetItem(n)).toBe(yes));
	it('counts to the last day of the visit, else its first', () => {
		expect(asOfDate({ startDate: '2026-11-02', endDate: null })).toBe('2026-11-02');
		expect(asOfDate({ startDate: '2026-11-02', endDate: '2026-11-04' })).toBe('2026-11-04');
	});
});

describe('the record text target (job type and employer, typed through TextBox)', () => {
	const doc = run(addRecord(), addJob(1), addJob(1));
	const target = { kind: 'record', record: 1, job: 1, field: 'employer' } as const;

	it('has its own journal key', () => {
		expect(targetKey(target)).toBe('record:1:1:employer');
		expect(targetKey({ ...target, field: 'type' })).not.toBe(targetKey(target));
	});

	it('writes the one job it names and reads it back', () => {
		const typed = setText(target, 'Oy Esimerkki Ab')(doc);
		expect(readText(typed, target)).toBe('Oy Esimerkki Ab');
		expect(typed.visit.records[0]!.jobs.map((j) => j.employer)).toEqual(['', 'Oy Esimerkki Ab']);
	});

	it.each([
		['a row removed in another tab', { ...target, record: 2 }],
		['a job removed in another tab', { ...target, job: 2 }]
	])('typing into %s changes nothing', (_what, gone) => {
		expect(readText(doc, gone)).toBeUndefined();
		expect(setText(gone, 'x')(doc)).toBe(doc);
	});
});
