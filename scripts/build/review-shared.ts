import { resolve } from 'node:path';
import { ITEM_ROOTS, REVIEW_ROUTES, ROUTE_NODE, staticClosure, type ModuleInfo } from './item-chunk.ts';
import { codeOf, isMessage, messageKey, namedKeys, namedMessages } from './messages.ts';
import { startRoots } from './start-chunk.ts';

/**
 * A third chunk for the item screen (issue 15, round 9): the code the review layout and the item
 * page import that other screens import too — the data screen, the new-review form, settings — but
 * that the list never loads. Automatic splitting made one chunk per set of screens sharing a module
 * (the instrument, the scoring rules, the ratings, the confirm dialog, the privacy warning: ten
 * scripts on a cold item open); here they are one.
 *
 * The trade: those other screens load all of it, though each uses a part (their first load grows;
 * the list's does not). The list's world is what the list and kit's start reach, at once or later,
 * through lazy imports too — but not through the imports in ON_ACTION, which run only when the
 * reviewer acts (finishing or creating a review, exporting a backup) and are never loaded by the
 * list by itself. `assertScreenChunks` (chunk-guard.ts) checks the built bundle.
 */
export const REVIEW_SHARED_CHUNK = 'review-shared';

/** Lazily imported modules that run only on a reviewer's action: the list loading one loads this chunk. */
export const ON_ACTION = ['src/lib/review/lifecycle.ts', 'src/lib/instrument/index.ts', 'src/lib/ui/exchange/actions.ts', 'src/lib/review/create.ts'].map((p) => resolve(p));

/** The list's route component, which its kit node imports. */
export const LIST_PAGE = resolve('src/routes/+page.svelte');

/** What the list and kit's start load, at once or later, without the reviewer acting. */
export function listWorld(ids: readonly string[], info: (id: string) => ModuleInfo | null): Set<string> {
	const listNodes = ids.filter((m) => ROUTE_NODE.test(m) && (info(m)?.importedIds ?? []).includes(LIST_PAGE));
	return staticClosure([...startRoots(ids, info), ...listNodes], info, true, (d) => !ON_ACTION.includes(d));
}

/** The modules of the chunk: on the item screen's path, not `taken` (the start and item chunks), never in the list's world. */
export function reviewSharedModules(ids: readonly string[], info: (id: string) => ModuleInfo | null, taken: ReadonlySet<string>): Set<string> {
	const list = listWorld(ids, info);
	const closure = staticClosure(ITEM_ROOTS, info);
	// A lazily imported module keeps a chunk of its own (as automatic splitting gives it), which the
	// guard needs to tell an action's import from the list's.
	const lazy = (m: string) => info(m)?.isEntry || (info(m)?.dynamicImporters ?? []).length > 0;
	const own = [...closure].filter((m) => !taken.has(m) && !list.has(m) && !m.startsWith(REVIEW_ROUTES) && !isMessage(m) && !lazy(m));
	const listNames = namedKeys(codeOf(list, info));
	const messages = namedMessages(closure, namedKeys(codeOf(own, info)), info).filter((m) => !taken.has(m) && !listNames.has(messageKey(info(m)?.code) ?? ''));
	return new Set([...own, ...messages]);
}
