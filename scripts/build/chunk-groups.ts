import { writeFileSync } from 'node:fs';
import { ITEM_CHUNK, itemModules, type Context } from './item-chunk.ts';
import { START_CHUNK, startModules } from './start-chunk.ts';
import { REVIEW_SHARED_CHUNK, reviewSharedModules } from './review-shared.ts';

/**
 * The client build's one `output.codeSplitting` group: each module goes to the start chunk
 * (start-chunk.ts), the item screen's chunk (item-chunk.ts), the code the item screen shares with
 * screens other than the list (review-shared.ts), or — `null` — Rolldown's automatic splitting.
 * The first two never overlap (the item chunk excludes everything a screen outside /review reaches,
 * which includes all of the start chunk); the third takes nothing the other two took.
 *
 * Rolldown calls `test` for every candidate module before it calls `name` (its documented order),
 * so `test` collects the graph's ids and the first `name` call works out the split from
 * `getModuleInfo`.
 */
export function screenChunksGroup() {
	const ids = new Set<string>();
	let chunkOf: Map<string, string> | null = null;
	return {
		test: (id: string) => {
			ids.add(id);
			return true;
		},
		debugName: 'screen-chunks',
		name: (id: string, ctx: Context): string | null => {
			if (!chunkOf) {
				const info = (m: string) => ctx.getModuleInfo(m);
				chunkOf = new Map();
				for (const m of itemModules([...ids], info)) chunkOf.set(m, ITEM_CHUNK);
				for (const m of startModules([...ids], info)) chunkOf.set(m, START_CHUNK);
				for (const m of reviewSharedModules([...ids], info, new Set(chunkOf.keys()))) chunkOf.set(m, REVIEW_SHARED_CHUNK);
				// CHUNKS_DEBUG=<file>: which module went where, for checking a build by hand.
				if (process.env.CHUNKS_DEBUG) writeFileSync(process.env.CHUNKS_DEBUG, [...chunkOf].map(([m, c]) => `${c}\t${m}`).join('\n'));
			}
			return chunkOf.get(id) ?? null;
		},
		// Captured modules keep their own imports where the other rule puts them.
		includeDependenciesRecursively: false
	};
}
