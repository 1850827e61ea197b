import type { Edition, LevelBand, Score, SectionId } from '../../instrument/schema';
import { gatheredEntries, orderedPlan } from '../../review/action-plan';
import type { ActionPlanEntry, ItemAnswer, ReviewDocument, Totals } from '../../review/schema';
import { trendOf, type Trend } from '../../review/trend';
import { computeTotals, levelFor, mismatches } from '../../scoring/totals';

/**
 * Everything the report shows, computed once from the review, its edition and the
 * other reviews of the service. Totals are recomputed from the chosen scores (not
 * read from the stored `totals`), so a draft shows its partial sums the same way.
 */
export type SheetRow = {
	number: number;
	title: string;
	score: Score | null;
	previous: Score | null;
	change: number | null;
	/** Set only when the chosen score differs from a complete suggestion. */
	suggested: Score | null;
};

export type SheetSection = { id: SectionId; title: string; rows: SheetRow[]; score: number; max: number; scored: number; items: number };

/** One criterion in the report's per-criterion part; every criterion of the edition has one. */
export type ItemText = {
	number: number;
	title: string;
	score: Score | null;
	/** Set only when the chosen score differs from a complete suggestion. */
	suggested: Score | null;
	justification: string;
	strengths: string;
	recommendations: string;
};

export type ReportModel = {
	finished: boolean;
	sections: SheetSection[];
	totals: Totals;
	maxTotal: number;
	level: LevelBand | null;
	texts: ItemText[];
	/**
	 * The action plan as printed: the reviewer's entries, plus every recommendation
	 * not yet gathered into the plan (with its default priority), so the printed
	 * plan never misses a recommendation the reviewer wrote.
	 */
	plan: ActionPlanEntry[];
	trend: Trend;
};

export function buildReport(doc: ReviewDocument, edition: Edition, others: readonly ReviewDocument[]): ReportModel {
	const totals = computeTotals(edition, doc.items);
	const trend = trendOf(doc, others);
	const suggested = new Map(mismatches(edition, doc.items).map((m) => [m.number, m.suggested]));
	const answers = new Map<number, ItemAnswer>(doc.items.map((a) => [a.number, a]));
	const sections = edition.sections.map((section): SheetSection => {
		const sum = totals.sections.find((s) => s.id === section.id);
		const rows = edition.items
			.filter((it) => it.section === section.id)
			.map((it): SheetRow => {
				const t = trend.items.find((i) => i.number === it.number);
				return {
					number: it.number,
					title: it.title,
					score: answers.get(it.number)?.score ?? null,
					previous: t?.previous ?? null,
					change: t?.change ?? null,
					suggested: suggested.get(it.number) ?? null
				};
			});
		return { id: section.id, title: section.title, rows, score: sum?.score ?? 0, max: sum?.max ?? 0, scored: sum?.scored ?? 0, items: sum?.items ?? 0 };
	});
	const texts = edition.items.map((it): ItemText => {
		const a = answers.get(it.number);
		return {
			number: it.number,
			title: it.title,
			score: a?.score ?? null,
			suggested: suggested.get(it.number) ?? null,
			justification: a?.justification.trim() ?? '',
			strengths: a?.strengths.trim() ?? '',
			recommendations: a?.recommendations.trim() ?? ''
		};
	});
	return {
		finished: doc.finishedAt !== null,
		sections,
		totals,
		maxTotal: sections.reduce((a, s) => a + s.max, 0),
		level: totals.level ? levelFor(edition, totals.total) : null,
		texts,
		plan: orderedPlan(doc, [...doc.actionPlan, ...gatheredEntries(doc, pendingId())]),
		trend
	};
}

function pendingId(): () => string {
	let n = 0;
	return () => `pending-${++n}`;
}

/** "+2", "−1", "0": a sign on every change, with a true minus sign for print. */
export function signed(n: number): string {
	return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
