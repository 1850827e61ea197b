import type { ReviewSummary } from '$lib/db/types';

/** With this many reviews or more the list offers a search box; below it a glance is quicker. */
export const SEARCH_FROM = 6;

/** Cards drawn at first and added by each "show more": a tablet screen and a bit. */
export const PAGE_SIZE = 20;

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('fi');

/**
 * Every word of the query must appear in the service, organisation or place.
 * Case is folded but ä/ö are kept apart from a/o: in Finnish they are other letters.
 */
export function matchesQuery(summary: Pick<ReviewSummary, 'service' | 'organisation' | 'place'>, query: string): boolean {
	const words = fold(query).split(/\s+/).filter(Boolean);
	if (words.length === 0) return true;
	const haystack = fold(`${summary.service} ${summary.organisation} ${summary.place}`);
	return words.every((w) => haystack.includes(w));
}
