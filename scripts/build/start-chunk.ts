import { resolve } from 'node:path';
import { ROUTE_NODE, staticClosure, type ModuleInfo } from './item-chunk.ts';
import { codeOf, isMessage, namedKeys, namedMessages } from './messages.ts';

/**
 * One chunk for the app's start (issue 15, round 4): the code every screen loads before it can
 * draw anything — kit's two entries, the root layout and the root error page (kit imports nodes 0
 * and 1 eagerly at start), and everything they import statically — goes into a single file instead
 * of the ~20 shared chunks automatic splitting makes. A trace of the list's start showed the
 * browser's per-script cost (preload scan, fetch bookkeeping, module compile) was most of the fixed
 * ≈ 2.5 s at 4× CPU; the bytes are the same.
 *
 * Safe by construction: every screen loads all of these modules at start anyway, so no screen
 * loads more code than before; the set is closed under static imports, so the chunk imports
 * nothing but what kit's entries already hold (no chunk cycle). Route components stay in kit's
 * nodes, entries stay entries, lazy imports stay their own chunks.
 */

const ROUTES = resolve('src/routes');
/** Kit numbers the root layout 0 and the root error page 1 and imports both when it starts. */
export const START_NODE = /[\\/]generated[\\/]client(-optimized)?[\\/]nodes[\\/][01]\.js$/;

export const START_CHUNK = 'start';

/** What kit loads on every start: its two entries and the root layout and error nodes. */
export function startRoots(ids: readonly string[], info: (id: string) => ModuleInfo | null): string[] {
	// Kit's own entries (start, app): entries nothing imports lazily. A lazily imported component is
	// an entry too, but only the screens that ask for it load it.
	const kitEntry = (m: string) => info(m)?.isEntry && !ROUTE_NODE.test(m) && (info(m)?.dynamicImporters ?? []).length === 0;
	return ids.filter((m) => START_NODE.test(m) || kitEntry(m));
}

/** The modules of the start chunk: what kit's entries and its root nodes reach statically, but the entries and route files themselves. */
export function startModules(ids: readonly string[], info: (id: string) => ModuleInfo | null): Set<string> {
	const closure = [...staticClosure(startRoots(ids, info), info)];
	const own = closure.filter((m) => !info(m)?.isEntry && !isMessage(m));
	// Of the messages, those its own code names (messages.ts). One it used but this missed would land
	// in a chunk the start chunk imports from; `assertStartIsALeaf` stops such a build.
	return new Set([...own.filter((m) => !m.startsWith(ROUTES)), ...namedMessages(closure, namedKeys(codeOf(own, info)), info)]);
}

type OutputChunk = { type: 'chunk'; name: string; fileName: string; imports: string[] };

/**
 * Stops a build in which the start chunk imports, directly or not, a chunk that imports it back:
 * modules would then run before the ones they need (a missed message, a module the rule above left
 * to a route node). Called from the plugin's `generateBundle`.
 */
export function assertStartIsALeaf(bundle: Record<string, { type: string } | OutputChunk>): void {
	const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[(c as OutputChunk).fileName, c as OutputChunk]] : [])));
	const start = [...chunks.values()].find((c) => c.name === START_CHUNK);
	if (!start) return;
	const seen = new Set<string>();
	const todo = [...start.imports];
	while (todo.length > 0) {
		const f = todo.pop()!;
		if (f === start.fileName) throw new Error(`the ${START_CHUNK} chunk imports itself back through ${[...seen].join(', ')} (scripts/build/start-chunk.ts)`);
		if (seen.has(f)) continue;
		seen.add(f);
		todo.push(...(chunks.get(f)?.imports ?? []));
	}
}
