import { ITEM_CHUNK, REVIEW_ROUTES, ROUTE_NODE } from './item-chunk.ts';
import { LIST_PAGE, ON_ACTION, REVIEW_SHARED_CHUNK } from './review-shared.ts';
import { START_NODE } from './start-chunk.ts';

/**
 * Checks on the built client bundle, run in the plugin's `generateBundle`: a rule in this folder
 * that placed a module wrongly (a message whose use it missed, a new lazy import) would make a
 * screen load a chunk it should never load; the build stops instead of shipping that.
 */

export type BundleChunk = {
	type: 'chunk';
	name: string;
	fileName: string;
	imports: string[];
	dynamicImports: string[];
	isEntry: boolean;
	facadeModuleId: string | null;
	moduleIds: string[];
};
type Bundle = Record<string, { type: string } | BundleChunk>;

const chunksOf = (bundle: Bundle) => Object.values(bundle).filter((c): c is BundleChunk => c.type === 'chunk');
const isNode = (c: BundleChunk) => c.facadeModuleId !== null && ROUTE_NODE.test(c.facadeModuleId);
const isReviewNode = (c: BundleChunk) => isNode(c) && c.moduleIds.some((m) => m.startsWith(REVIEW_ROUTES));

/**
 * The chunks reached from the entry chunks `root` accepts, through static and lazy imports, never
 * into a chunk `skip` accepts nor lazily into one `skipLazy` accepts; each with the chain of chunks
 * that reaches it, for an error message.
 */
function reach(bundle: Bundle, root: (c: BundleChunk) => boolean, skip: (c: BundleChunk) => boolean, skipLazy: (c: BundleChunk) => boolean = () => false): Map<string, string[]> {
	const chunks = new Map(chunksOf(bundle).map((c) => [c.fileName, c]));
	const reached = new Map<string, string[]>();
	const todo: [string, string[]][] = [...chunks.values()].filter((c) => c.isEntry && root(c)).map((c) => [c.fileName, []]);
	while (todo.length > 0) {
		const [file, via] = todo.pop()!;
		const c = chunks.get(file);
		if (!c || reached.has(file) || skip(c)) continue;
		reached.set(file, via);
		for (const next of c.imports) todo.push([next, [...via, c.name]]);
		for (const next of c.dynamicImports) {
			const lazy = chunks.get(next);
			if (!lazy || !skipLazy(lazy)) todo.push([next, [...via, c.name]]);
		}
	}
	return reached;
}

/** The chunks a screen outside /review can load, at once or later: from kit's entries and every route node but the review screens'. */
export const loadedOutsideReview = (bundle: Bundle) => reach(bundle, (c) => !isReviewNode(c), isReviewNode);

/** The chunks the list can load without the reviewer acting: from kit's entries, its root nodes and the list's node, not into ON_ACTION's modules. */
export const loadedByList = (bundle: Bundle) => {
	const listOrStart = (c: BundleChunk) => !isNode(c) || START_NODE.test(c.facadeModuleId!) || c.moduleIds.includes(LIST_PAGE);
	return reach(bundle, listOrStart, (c) => !listOrStart(c), (c) => c.moduleIds.some((m) => ON_ACTION.includes(m)));
};

function assertNotReached(bundle: Bundle, name: string, reached: Map<string, string[]>, who: string): void {
	const chunk = chunksOf(bundle).find((c) => c.name === name);
	const via = chunk && reached.get(chunk.fileName);
	if (via) throw new Error(`${who} would load the ${name} chunk, through ${[...via, name].join(' → ')} (scripts/build/)`);
}

/** Stops a build in which a screen outside /review would load the item screen's chunk, or the list the chunk it shares with other screens. */
export function assertScreenChunks(bundle: Bundle): void {
	assertNotReached(bundle, ITEM_CHUNK, loadedOutsideReview(bundle), 'a screen outside /review');
	assertNotReached(bundle, REVIEW_SHARED_CHUNK, loadedByList(bundle), 'the list');
}
