import { resolve } from 'node:path';
import { ITEM_CHUNK } from './item-chunk.ts';

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

const REVIEW_ROUTES = resolve('src/routes/review');
const ROUTE_NODE = /[\\/]generated[\\/]client(-optimized)?[\\/]nodes[\\/]\d+\.js$/;

const chunksOf = (bundle: Bundle) => Object.values(bundle).filter((c): c is BundleChunk => c.type === 'chunk');
const isNode = (c: BundleChunk) => c.facadeModuleId !== null && ROUTE_NODE.test(c.facadeModuleId);
const isReviewNode = (c: BundleChunk) => isNode(c) && c.moduleIds.some((m) => m.startsWith(REVIEW_ROUTES));

/**
 * The chunks a screen outside /review can load, at once or later: from kit's entries and every
 * route node but the review screens', through static and lazy imports, never into a review node.
 * Each is given with the chain of chunks that reaches it, for the error message.
 */
export function loadedOutsideReview(bundle: Bundle): Map<string, string[]> {
	const chunks = new Map(chunksOf(bundle).map((c) => [c.fileName, c]));
	const reached = new Map<string, string[]>();
	const todo: [string, string[]][] = [...chunks.values()].filter((c) => c.isEntry && !isReviewNode(c)).map((c) => [c.fileName, []]);
	while (todo.length > 0) {
		const [file, via] = todo.pop()!;
		const c = chunks.get(file);
		if (!c || reached.has(file) || isReviewNode(c)) continue;
		reached.set(file, via);
		for (const next of [...c.imports, ...c.dynamicImports]) todo.push([next, [...via, file]]);
	}
	return reached;
}

/** Stops a build in which a screen outside /review would load the item screen's chunk. */
export function assertItemChunkStaysInReview(bundle: Bundle): void {
	const item = chunksOf(bundle).find((c) => c.name === ITEM_CHUNK);
	if (!item) return;
	const via = loadedOutsideReview(bundle).get(item.fileName);
	if (via) throw new Error(`a screen outside /review would load the ${ITEM_CHUNK} chunk, through ${via.join(' → ')} (scripts/build/item-chunk.ts)`);
}
