import type { Edit } from '../review/edit';
import type { ReviewDocument } from '../review/schema';
import type { SheetJob, SheetRecord } from './schema';

/**
 * Pure edits of the client-record sheet (`visit.records`), applied through
 * `session.edit` (the one write path) to whatever is stored at commit time.
 * Rows are addressed by their running number, which never changes once given;
 * an edit whose row or job is gone (removed in another tab) changes nothing.
 */

type Records = SheetRecord[];
const rows = (doc: ReviewDocument): Records => doc.visit.records ?? [];
const withRecords = (doc: ReviewDocument, records: Records): ReviewDocument => ({ ...doc, visit: { ...doc.visit, records } });

/** The next running number: one past the highest on the sheet, so numbers keep their rows' order. */
export const nextNumber = (records: Records): number => records.reduce((max, r) => Math.max(max, r.n), 0) + 1;

export const emptyRecord = (n: number): SheetRecord => ({ n, serviceStart: null, firstEmployerContact: null, jobs: [], followAlong: [] });
export const emptyJob = (): SheetJob => ({ type: '', employer: '', competitive: null, permanent: null, start: null });

const update =
	(n: number, change: (r: SheetRecord) => SheetRecord): Edit =>
	(doc) => {
		const records = rows(doc);
		if (!records.some((r) => r.n === n)) return doc;
		return withRecords(doc, records.map((r) => (r.n === n ? change(r) : r)));
	};

/** A new empty row with the next running number. */
export const addRecord = (): Edit => (doc) => withRecords(doc, [...rows(doc), emptyRecord(nextNumber(rows(doc)))]);

/** Puts a removed row back where it was (the undo of a removal); a number already taken is left alone. */
export const restoreRecord =
	(record: SheetRecord, at: number): Edit =>
	(doc) => {
		const records = [...rows(doc)];
		if (records.some((r) => r.n === record.n)) return doc;
		records.splice(Math.min(at, records.length), 0, record);
		return withRecords(doc, records);
	};

export const removeRecord =
	(n: number): Edit =>
	(doc) =>
		withRecords(doc, rows(doc).filter((r) => r.n !== n));

export type RecordFields = Partial<Pick<SheetRecord, 'serviceStart' | 'firstEmployerContact'>>;
export const setRecordFields = (n: number, fields: RecordFields): Edit => update(n, (r) => ({ ...r, ...fields }));

/** A job; `at` puts a removed one back where it was. */
export const addJob = (n: number, job: SheetJob = emptyJob(), at?: number): Edit =>
	update(n, (r) => {
		const jobs = [...r.jobs];
		jobs.splice(Math.min(at ?? jobs.length, jobs.length), 0, job);
		return { ...r, jobs };
	});

export const removeJob = (n: number, index: number): Edit => update(n, (r) => ({ ...r, jobs: r.jobs.filter((_, i) => i !== index) }));

export type JobFields = Partial<SheetJob>;
export const setJobFields = (n: number, index: number, fields: JobFields): Edit =>
	update(n, (r) => (index < r.jobs.length ? { ...r, jobs: r.jobs.map((j, i) => (i === index ? { ...j, ...fields } : j)) } : r));

/** Follow-along dates stay sorted, and a date already listed is not listed twice. */
export const addContact = (n: number, date: string): Edit =>
	update(n, (r) => (r.followAlong.includes(date) ? r : { ...r, followAlong: [...r.followAlong, date].sort() }));

export const removeContact = (n: number, date: string): Edit => update(n, (r) => ({ ...r, followAlong: r.followAlong.filter((d) => d !== date) }));
