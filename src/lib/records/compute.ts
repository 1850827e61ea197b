import { addMonths, dayNumber, daysBetween } from './dates';
import type { SheetRecord } from './schema';

/**
 * The client-record sheet (issue 11 part 3) turned into the figure inputs of
 * items 15, 19, 20, 21 and 23, with the rows each figure used and why the others
 * were left out. Pure: the item screen shows the result, the reviewer decides.
 * Rows are identified by their running number only, never by a name.
 */

export type { SheetJob, SheetRecord } from './schema';

export type Skip = { n: number; reason: 'no-service-start' | 'bad-date' | 'contact-before-start' | 'start-after-review' };

export type ItemFromSheet<F> = { figures: F; used: number[]; skipped: Skip[] };

export type SheetFigures = {
	15: ItemFromSheet<{ days: number[] }> & { open: number[] };
	19: ItemFromSheet<{ jobs: number; different: number }>;
	20: ItemFromSheet<{ jobs: number; different: number }>;
	21: ItemFromSheet<{ employed: number; competitive: number }>;
	23: ItemFromSheet<{ started: number; metAtFourMonths: number; metAfterFirstMonth: boolean | null }>;
};

/** "Siivooja ", "siivooja" and "SIIVOOJA" are one job type; so are employers written alike. */
const same = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');

/**
 * Item 15: days from service start to the first face-to-face employer meeting;
 * a record with no meeting yet counts the days until `asOf` (the form says "if
 * there has been no meeting yet, enter the days so far"), listed in `open`.
 */
function firstContact(records: SheetRecord[], asOf: string): SheetFigures[15] {
	const out: SheetFigures[15] = { figures: { days: [] }, used: [], skipped: [], open: [] };
	for (const r of records) {
		if (!r.serviceStart) {
			out.skipped.push({ n: r.n, reason: 'no-service-start' });
			continue;
		}
		const end = r.firstEmployerContact ?? asOf;
		const days = daysBetween(r.serviceStart, end);
		if (days === null || (r.firstEmployerContact !== null && dayNumber(r.firstEmployerContact) === null)) {
			out.skipped.push({ n: r.n, reason: 'bad-date' });
			continue;
		}
		if (days < 0) {
			out.skipped.push({ n: r.n, reason: r.firstEmployerContact ? 'contact-before-start' : 'start-after-review' });
			continue;
		}
		out.figures.days.push(days);
		out.used.push(r.n);
		if (!r.firstEmployerContact) out.open.push(r.n);
	}
	return out;
}

/** Items 19 and 20: all jobs on the sheet, and how many distinct types or employers among them. */
function variety(records: SheetRecord[], key: 'type' | 'employer'): SheetFigures[19] {
	const jobs = records.flatMap((r) => r.jobs.map((j) => ({ n: r.n, value: same(j[key]) })));
	const distinct = new Set(jobs.map((j) => j.value).filter((v) => v !== ''));
	// A job whose type (employer) is blank still counts as a job, but as no new kind.
	return { figures: { jobs: jobs.length, different: distinct.size }, used: [...new Set(jobs.map((j) => j.n))], skipped: [] };
}

/** Item 21: clients with a job, and of them those with a permanent job on the open market. */
function competitive(records: SheetRecord[]): SheetFigures[21] {
	const employed = records.filter((r) => r.jobs.length > 0);
	const open = employed.filter((r) => r.jobs.some((j) => j.competitive === true && j.permanent === true));
	return { figures: { employed: employed.length, competitive: open.length }, used: employed.map((r) => r.n), skipped: [] };
}

/**
 * Item 23: clients whose first job started at least four months before `asOf`,
 * and of them those met face to face on or after the day four months into the
 * job. Only when none is met then: whether anyone was met after the first month.
 */
function followAlong(records: SheetRecord[], asOf: string): SheetFigures[23] {
	const out: SheetFigures[23] = { figures: { started: 0, metAtFourMonths: 0, metAfterFirstMonth: null }, used: [], skipped: [] };
	const today = dayNumber(asOf);
	let afterFirstMonth = false;
	for (const r of records) {
		if (r.jobs.some((j) => j.start !== null && dayNumber(j.start) === null)) {
			out.skipped.push({ n: r.n, reason: 'bad-date' });
			continue;
		}
		// ISO dates sort as text; a job with no start date yet does not start the clock.
		const first = r.jobs.flatMap((j) => (j.start === null ? [] : [j.start])).sort()[0];
		if (first === undefined) continue;
		const four = dayNumber(addMonths(first, 4));
		const one = dayNumber(addMonths(first, 1));
		if (today === null || four === null || one === null || four > today) continue; // not four months in yet
		const met = r.followAlong.map(dayNumber).filter((d): d is number => d !== null);
		out.figures.started++;
		out.used.push(r.n);
		if (met.some((d) => d >= four)) out.figures.metAtFourMonths++;
		if (met.some((d) => d > one)) afterFirstMonth = true;
	}
	if (out.figures.started > 0 && out.figures.metAtFourMonths === 0) out.figures.metAfterFirstMonth = afterFirstMonth;
	return out;
}

/** Every figure the sheet can give, as of the review date `asOf` (YYYY-MM-DD). */
export function sheetFigures(records: SheetRecord[], asOf: string): SheetFigures {
	return {
		15: firstContact(records, asOf),
		19: variety(records, 'type'),
		20: variety(records, 'employer'),
		21: competitive(records),
		23: followAlong(records, asOf)
	};
}
