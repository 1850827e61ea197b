import { compareIso } from './order';
import type { LevelId, Score } from '../instrument/schema';
import type { ReviewDocument } from './schema';

/**
 * How a service's scores moved between reviews. The caller passes the other
 * reviews of the same service (same `serviceKey`). Only finished reviews are
 * compared against: a draft's scores are not yet the reviewer's conclusion, and
 * its total is partial. Per-item comparisons need the same edition, because a
 * later edition may number or word its items differently.
 */

export type PreviousReview = { id: string; startDate: string; revision: number; total: number; level: LevelId | null; sameEdition: boolean };
export type ItemTrend = { number: number; previous: Score | null; change: number | null };
export type TrendPoint = { id: string; startDate: string; total: number; level: LevelId | null; current: boolean };

export type Trend = {
	previous: PreviousReview | null;
	items: ItemTrend[];
	/** Current total minus the previous total; null while the current review is a draft. */
	totalChange: number | null;
	/** Finished reviews of the service, oldest first, the current one included if finished. */
	series: TrendPoint[];
};

const finishedOthers = (current: ReviewDocument, others: readonly ReviewDocument[]) =>
	others.filter((o) => o.id !== current.id && o.finishedAt !== null && o.totals !== null);

/** The latest finished review that started strictly before the current one (a tie on dates is not "before"). */
export function previousReview(current: ReviewDocument, others: readonly ReviewDocument[]): ReviewDocument | null {
	const earlier = finishedOthers(current, others).filter((o) => o.meta.startDate < current.meta.startDate);
	earlier.sort((a, b) => compareIso(a.meta.startDate, b.meta.startDate) || compareIso(a.updatedAt, b.updatedAt));
	return earlier.at(-1) ?? null;
}

const scoreOf = (doc: ReviewDocument, n: number): Score | null => doc.items.find((i) => i.number === n)?.score ?? null;

/** For the item screen: the previous review's score on item n and the change to the current score. */
export function previousScore(
	current: ReviewDocument,
	others: readonly ReviewDocument[],
	n: number
): { score: Score; change: number | null; startDate: string } | null {
	const prev = previousReview(current, others);
	if (!prev || prev.edition !== current.edition) return null;
	const score = scoreOf(prev, n);
	if (score === null) return null;
	const now = scoreOf(current, n);
	return { score, change: now === null ? null : now - score, startDate: prev.meta.startDate };
}

export function trendOf(current: ReviewDocument, others: readonly ReviewDocument[]): Trend {
	const prev = previousReview(current, others);
	const sameEdition = prev !== null && prev.edition === current.edition;
	const items = current.items.map(({ number, score }): ItemTrend => {
		const previous = sameEdition && prev ? scoreOf(prev, number) : null;
		return { number, previous, change: previous !== null && score !== null ? score - previous : null };
	});
	const currentTotal = current.finishedAt !== null ? (current.totals?.total ?? null) : null;
	const previous: PreviousReview | null = prev?.totals
		? { id: prev.id, startDate: prev.meta.startDate, revision: prev.revision, total: prev.totals.total, level: prev.totals.level, sameEdition }
		: null;
	const points = [...finishedOthers(current, others), ...(currentTotal !== null ? [current] : [])];
	const series = points
		.map((d): TrendPoint => ({ id: d.id, startDate: d.meta.startDate, total: d.totals?.total ?? 0, level: d.totals?.level ?? null, current: d.id === current.id }))
		.sort((a, b) => compareIso(a.startDate, b.startDate));
	return {
		previous,
		items,
		totalChange: previous && currentTotal !== null ? currentTotal - previous.total : null,
		series
	};
}
