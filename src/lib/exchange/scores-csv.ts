import { agreementReport } from '../consensus/agreement';
import { bothLocked } from '../consensus/rules';
import type { Edition, SectionId } from '../instrument/schema';
import type { ReviewDocument, ReviewType } from '../review/schema';
import { computeTotals } from '../scoring/totals';
import { toCsv, type Cell } from './csv';

/**
 * The scores table: one row per review, for spreadsheets and reporting to the
 * commissioner. Column order is fixed (tests hold it); header words come from the
 * UI language. Totals are recomputed from the chosen scores, so a draft shows its
 * partial sums (its state column says so) and no level.
 */
export type ScoresCsvLabels = {
	id: string;
	revision: string;
	service: string;
	organisation: string;
	place: string;
	reviewers: string;
	startDate: string;
	endDate: string;
	reviewType: string;
	edition: string;
	state: string;
	item: (n: number) => string;
	section: Record<SectionId, string>;
	total: string;
	level: string;
	types: Record<ReviewType, string>;
	states: { draft: string; finished: string };
	/** Two reviewers (issue 10): the agreement columns after the level; empty for one reviewer. */
	agreement: { exact: string; withinOne: string; kappa: string; kappaUndefined: string };
};

const SECTIONS: readonly SectionId[] = ['staffing', 'organisation', 'content'];
const DEFAULT_ITEMS = 25;

export function scoresCsv(
	docs: readonly ReviewDocument[],
	editionOf: (id: string) => Edition | undefined,
	labels: ScoresCsvLabels
): string {
	const itemCount = Math.max(DEFAULT_ITEMS, ...docs.map((d) => editionOf(d.edition)?.items.length ?? 0));
	const numbers = Array.from({ length: itemCount }, (_, i) => i + 1);
	const header: Cell[] = [
		labels.id,
		labels.revision,
		labels.service,
		labels.organisation,
		labels.place,
		labels.reviewers,
		labels.startDate,
		labels.endDate,
		labels.reviewType,
		labels.edition,
		labels.state,
		...numbers.map(labels.item),
		...SECTIONS.map((s) => labels.section[s]),
		labels.total,
		labels.level,
		labels.agreement.exact,
		labels.agreement.withinOne,
		labels.agreement.kappa
	];
	return toCsv([header, ...docs.map((doc) => rowOf(doc, editionOf(doc.edition), numbers, labels))]);
}

function rowOf(doc: ReviewDocument, edition: Edition | undefined, numbers: number[], labels: ScoresCsvLabels): Cell[] {
	const { meta } = doc;
	const totals = edition ? computeTotals(edition, doc.items) : null;
	const level = totals?.level ? (edition?.levels.find((l) => l.id === totals.level)?.label ?? totals.level) : null;
	return [
		doc.id,
		doc.revision,
		meta.service,
		meta.organisation,
		meta.place,
		meta.reviewers.join(', '),
		meta.startDate,
		meta.endDate,
		labels.types[meta.reviewType],
		doc.edition,
		doc.finishedAt ? labels.states.finished : labels.states.draft,
		...numbers.map((n) => doc.items.find((i) => i.number === n)?.score ?? null),
		...SECTIONS.map((s) => totals?.sections.find((t) => t.id === s)?.score ?? null),
		totals?.total ?? null,
		level,
		...agreementCells(doc, edition, labels)
	];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Exact and within-one agreement as per cents (one decimal), kappa with three decimals, or the
 * words for an undefined kappa. Only once both ratings are locked: before that the figures would
 * tell something of a rating that is still blind.
 */
function agreementCells(doc: ReviewDocument, edition: Edition | undefined, labels: ScoresCsvLabels): Cell[] {
	const [a, b] = doc.ratings;
	if (!edition || !a || !b || !bothLocked(doc)) return [null, null, null];
	const { exact, withinOne, kappa } = agreementReport(edition, a, b).overall;
	return [
		exact === null ? null : round(exact * 100, 1),
		withinOne === null ? null : round(withinOne * 100, 1),
		kappa === null ? null : kappa.kind === 'undefined' ? labels.agreement.kappaUndefined : round(kappa.value, 3)
	];
}
