import { resolve } from 'node:path';
import type { ModuleInfo } from '../../../scripts/build/item-chunk';

/** A module of a small hand-written graph: what Rolldown's `getModuleInfo` would say of it. */
export type GraphModule = { entry?: boolean; imports?: string[]; lazy?: string[]; lazyFrom?: string[]; code?: string };

/** `getModuleInfo` over such a graph, for the chunk rules in scripts/build. */
export function moduleInfo(graph: Record<string, GraphModule>): (id: string) => ModuleInfo | null {
	return (id) => {
		const m = graph[id];
		if (!m) return null;
		return { isEntry: m.entry ?? false, importedIds: m.imports ?? [], dynamicallyImportedIds: m.lazy ?? [], dynamicImporters: m.lazyFrom ?? [], code: m.code ?? null };
	};
}

/** Where kit's generated route node `n` is, as Rolldown names it in a client build. */
export const kitNode = (n: number) => resolve(`.svelte-kit/generated/client-optimized/nodes/${n}.js`);
