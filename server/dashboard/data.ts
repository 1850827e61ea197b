import { createHash } from 'node:crypto';
import { getEdition } from '../../src/lib/instrument/index';
import { FinishedReviewDocument, type ReviewDocument } from '../../src/lib/review/schema';
import { nextReviewDue } from '../../src/lib/review/schedule';
import { computeTotals } from '../../src/lib/scoring/totals';
import type { ReviewSummary } from '../../src/lib/sync/protocol';

/**
 * Pure views over what the store holds: no HTTP, no SQL. A service is the pair
 * (organisation, service) as the reviewer typed it; its reviews are the latest
 * revision of each review id, oldest first.
 */
export type ServiceView = {
	key: string;
	service: string;
	organisation: string;
	reviews: ReviewSummary[];
	latest: ReviewSummary;
	nextDue: string;
};

export function serviceKey(organisation: string, service: string): string {
	return createHash('sha256').update(`${organisation}\u0000${service}`, 'utf8').digest('hex').slice(0, 16);
}

export function groupServices(summaries: readonly ReviewSummary[]): ServiceView[] {
	const byKey = new Map<string, ReviewSummary[]>();
	for (const s of summaries) {
		const key = serviceKey(s.organisation, s.service);
		const list = byKey.get(key);
		if (list) list.push(s);
		else byKey.set(key, [s]);
	}
	const views = [...byKey.entries()].map(([key, reviews]) => {
		reviews.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.storedAt.localeCompare(b.storedAt));
		const latest = reviews[reviews.length - 1]!;
		return { key, service: latest.service, organisation: latest.organisation, reviews, latest, nextDue: nextReviewDue(latest.startDate, latest.total) };
	});
	return views.sort((a, b) => a.organisation.localeCompare(b.organisation, 'fi') || a.service.localeCompare(b.service, 'fi'));
}

/** A stored document read back through the schema, with its scores recomputed by the app's own rules. */
export type ScoredReview = { document: ReviewDocument; scores: Map<number, number | null>; total: number; level: string | null };

export function scoreDocument(stored: unknown): ScoredReview | null {
	const parsed = FinishedReviewDocument.safeParse(stored);
	if (!parsed.success) return null;
	const edition = getEdition(parsed.data.edition);
	if (!edition) return null;
	const totals = computeTotals(edition, parsed.data.items);
	const scores = new Map(edition.items.map((item) => [item.number, parsed.data.items.find((a) => a.number === item.number)?.score ?? null]));
	return { document: parsed.data, scores, total: totals.total, level: totals.level };
}

export type CriterionRow = { number: number; title: string; mean: number | null; byService: (number | null)[] };

/** Services × criteria for the latest reviews, weakest criterion (lowest mean) first. */
export function heatMap(editionId: string, latest: readonly ScoredReview[]): CriterionRow[] {
	const edition = getEdition(editionId);
	if (!edition) return [];
	const rows = edition.items.map((item) => {
		const byService = latest.map((r) => r.scores.get(item.number) ?? null);
		const present = byService.filter((s): s is number => s !== null);
		const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
		return { number: item.number, title: item.title, mean, byService };
	});
	return rows.sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || a.number - b.number);
}
