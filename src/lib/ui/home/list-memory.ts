import type { ListEntry } from '$lib/db/reads';
import { readListPage } from '$lib/db/list-page';
import { isLocked, watchVault } from '$lib/db/vault/current';
import { PAGE_SIZE } from './filter';

/**
 * What the reviews list drew last, kept by this module (which outlives the route), so that the
 * list is drawn in its first frame (issue 15): coming back from a review, from the entries it
 * last showed; at a cold start, from the first page read while the code loaded
 * (`src/lib/db/list-page.ts`). Either is only a first picture: the list then follows Dexie's
 * live query, which replaces it within one read, so a review finished, sent or deleted meanwhile
 * (in this tab or another) is corrected at once. `complete` is false for a first page only:
 * `total` counts every review, `entries` holds the newest PAGE_SIZE.
 *
 * Forgotten when the device locks: a locked tab keeps no review's name in memory for the list.
 */
export type ListView = { entries: ListEntry[]; total: number; complete: boolean };

let last: ListView | null = null;
let watching = false;

/** The list as last drawn, or null (always null while locked, whichever way the lock came). */
export function rememberedList(): ListView | null {
	if (last && isLocked()) last = null;
	return last;
}

export function rememberList(view: ListView): void {
	last = view;
	if (watching) return;
	watching = true;
	watchVault((s) => {
		if (s.kind === 'locked') last = null;
	});
}

/** Reads the first page into memory unless something newer is there; never rejects. */
export async function readFirstPage(): Promise<void> {
	const page = await readListPage(PAGE_SIZE).catch(() => null);
	if (page && !last) rememberList({ ...page, complete: page.entries.length === page.total });
}
