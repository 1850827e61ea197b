import { createHash } from 'node:crypto';
import { getEdition } from '../../src/lib/instrument/index';
import { nextReviewDue } from '../../src/lib/review/schedule';
import type { StoredSummary } from '../storage/types';

/**
 * Pure views over what the store holds: no HTTP, no SQL. A service is the pair
 * (organisation, service) as the reviewer typed it; its reviews are the latest
 * revision of each review id, oldest first. Everything here reads the stored
 * summaries (scores per item included), never a document.
 */
export type ServiceView = {
	key: string;
	service: string;
	organisation: string;
	reviews: StoredSummary[];
	latest: StoredSummary;
	nextDue: string;
	/** Identity codes in the service's reviews (latest revision of each): the flag the pages show. */
	identityCodes: number;
};

export function serviceKey(organisation: string, service: string): string {
	return createHash('sha256').update(`${organisation}\u0000${service}`, 'utf8').digest('hex').slice(0, 16);
}

export function groupServices(summaries: readonly StoredSummary[]): ServiceView[] {
	const byKey = new Map<string, StoredSummary[]>();
	for (const s of summaries) {
		const key = serviceKey(s.organisation, s.service);
		const list = byKey.get(key);
		if (list) list.push(s);
		else byKey.set(key, [s]);
	}
	const views = [...byKey.entries()].map(([key, reviews]) => {
		reviews.sort((a, b) => a.startDate.localeCompare(b.startDate) || a.storedAt.localeCompare(b.storedAt));
		const latest = reviews[reviews.length - 1]!;
		const identityCodes = reviews.reduce((n, r) => n + r.personalData.identityCodes, 0);
		return { key, service: latest.service, organisation: latest.organisation, reviews, latest, nextDue: nextReviewDue(latest.startDate, latest.total), identityCodes };
	});
	// Sorting 1,000 services with localeCompare builds a collator per call; one collator is ~20× faster.
	const fi = new Intl.Collator('fi');
	return views.sort((a, b) => fi.compare(a.organisation, b.organisation) || fi.compare(a.service, b.service));
}

/** The score of item `number` in a stored summary (index number − 1); null when unscored or unknown. */
export function scoreIn(summary: StoredSummary, number: number): number | null {
	return summary.itemScores?.[number - 1] ?? null;
}

export type CriterionRow = { number: number; title: string; mean: number | null; byService: (number | null)[] };

/** Services × criteria for the latest reviews of one edition, weakest criterion (lowest mean) first. */
export function heatMap(editionId: string, latest: readonly StoredSummary[]): CriterionRow[] {
	const edition = getEdition(editionId);
	if (!edition) return [];
	const rows = edition.items.map((item) => {
		const byService = latest.map((r) => scoreIn(r, item.number));
		const present = byService.filter((s): s is number => s !== null);
		const mean = present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
		return { number: item.number, title: item.title, mean, byService };
	});
	return rows.sort((a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity) || a.number - b.number);
}
