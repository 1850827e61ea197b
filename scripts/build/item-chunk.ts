import { resolve } from 'node:path';
import { codeOf, isMessage, namedKeys, namedMessages } from './messages.ts';

/**
 * One chunk for the item screen (issue 15): the code the review layout and the item
 * page import statically — and the list does not — goes into a single file instead
 * of the ~50 small shared chunks Rolldown's automatic splitting makes, which a cold
 * open fetched as a waterfall and evaluated one by one.
 *
 * Safe by construction: a module the list (root layout, list page, kit's entries)
 * reaches statically is never captured, so the list's first load is unchanged, and
 * since that set is closed under static imports the new chunk only imports from the
 * list's chunks, never the other way round (no cycle). Dynamic imports stay their
 * own chunks. The other review screens load this chunk with the layout they share.
 *
 * Rolldown calls `test` for every candidate module before it calls `name` (its
 * documented order), so `test` collects the graph's ids and the first `name` call
 * works out the split from `getModuleInfo`.
 */

export type ModuleInfo = {
	isEntry: boolean;
	importedIds: readonly string[];
	dynamicallyImportedIds: readonly string[];
	dynamicImporters?: readonly string[];
	code?: string | null;
};
export type Context = { getModuleInfo(id: string): ModuleInfo | null };

const root = resolve('.');
export const ITEM_ROOTS = ['src/routes/review/[id]/+layout.svelte', 'src/routes/review/[id]/item/[n]/+page.svelte'].map((p) => resolve(root, p));
export const REVIEW_ROUTES = resolve(root, 'src/routes/review');
/** Kit's route nodes: its app entry imports every one of them lazily. */
export const ROUTE_NODE = /[\\/]generated[\\/]client(-optimized)?[\\/]nodes[\\/]/;

export const ITEM_CHUNK = 'item-screen';

/**
 * Every module reached from `starts` through static imports (and with `lazy`, dynamic ones but kit's
 * route nodes and those `follow` refuses).
 */
export function staticClosure(starts: Iterable<string>, info: (id: string) => ModuleInfo | null, lazy = false, follow: (id: string) => boolean = () => true): Set<string> {
	const seen = new Set<string>();
	const todo = [...starts];
	while (todo.length > 0) {
		const id = todo.pop()!;
		if (seen.has(id)) continue;
		const m = info(id);
		if (!m) continue;
		seen.add(id);
		todo.push(...m.importedIds);
		if (lazy) todo.push(...m.dynamicallyImportedIds.filter((d) => !ROUTE_NODE.test(d) && follow(d)));
	}
	return seen;
}

/**
 * The modules the item chunk takes: those the review layout and the item page reach
 * statically that no screen outside /review reaches, at once or later (the list, settings,
 * data, the error page, kit's entries) — never the route components themselves, which stay
 * in kit's nodes. Messages go by who names them (messages.ts): every screen reaches all of
 * them through Paraglide's barrel, which left each review-only message set as a chunk of its own.
 */
export function itemModules(ids: readonly string[], info: (id: string) => ModuleInfo | null): Set<string> {
	const review = (m: string) => m.startsWith(REVIEW_ROUTES);
	const outside = ids.filter((m) => info(m)?.isEntry && ![...staticClosure([m], info)].some(review));
	// Code those screens load later (the sync badge after the list is drawn, a dialog) counts as
	// theirs too, or loading it would fetch the whole item chunk.
	const shared = staticClosure(outside, info, true);
	const closure = staticClosure(ITEM_ROOTS, info);
	const own = [...closure].filter((m) => !shared.has(m) && !review(m) && !isMessage(m));
	const theirs = new Set(namedMessages(closure, namedKeys(codeOf(shared, info)), info));
	const messages = namedMessages(closure, namedKeys(codeOf(closure, info)), info).filter((m) => !theirs.has(m));
	return new Set([...own, ...messages]);
}
