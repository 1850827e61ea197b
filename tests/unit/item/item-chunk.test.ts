import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemModules, staticClosure } from '../../../scripts/build/item-chunk';
import { moduleInfo, type GraphModule } from '../build/module-graph';

// A small module graph in the shape kit and Rolldown give it: kit's app entry imports every
// route node lazily, each node imports its route component, which imports the app's code.
const r = (p: string) => resolve(p);
const LAYOUT = r('src/routes/review/[id]/+layout.svelte');
const ITEM = r('src/routes/review/[id]/item/[n]/+page.svelte');
const SUMMARY = r('src/routes/review/[id]/summary/+page.svelte');
const LIST = r('src/routes/+page.svelte');
const ROOT = r('src/routes/+layout.svelte');
const node = (n: number) => r(`.svelte-kit/generated/client-optimized/nodes/${n}.js`);

type Graph = Record<string, GraphModule>;
const graph: Graph = {
	[r('.svelte-kit/generated/client-optimized/app.js')]: { entry: true, lazy: [node(0), node(3), node(2), node(9), node(10)] },
	[node(0)]: { entry: true, imports: [ROOT] },
	[node(3)]: { entry: true, imports: [LIST] },
	[node(2)]: { entry: true, imports: [LAYOUT] },
	[node(9)]: { entry: true, imports: [ITEM] },
	[node(10)]: { entry: true, imports: [SUMMARY] },
	[ROOT]: { imports: ['svelte', 'dexie'], lazy: ['SyncBadge'] },
	[LIST]: { imports: ['svelte', 'summary-row'] },
	SyncBadge: { imports: ['svelte', 'schema'] },
	[LAYOUT]: { imports: ['svelte', 'Workspace'] },
	Workspace: { imports: ['session', 'dexie', 'schema'] },
	session: { imports: ['journal'] },
	journal: {},
	[ITEM]: { imports: ['svelte', 'AnchorChoices', 'summary-row'], lazy: ['TrendChart'] },
	AnchorChoices: { imports: ['svelte'] },
	TrendChart: { imports: ['svelte'] },
	[SUMMARY]: { imports: ['Workspace', 'report'] },
	report: {},
	svelte: {},
	dexie: {},
	schema: {},
	'summary-row': {}
};
const info = moduleInfo(graph);

describe('the item chunk', () => {
	const taken = itemModules(Object.keys(graph), info);

	it.each([
		['the review layout’s own code', 'Workspace', true],
		['code it imports in turn', 'session', true],
		['deeper still', 'journal', true],
		['the item page’s own components', 'AnchorChoices', true],
		['code the list also imports', 'summary-row', false],
		['the framework every screen needs', 'svelte', false],
		['code the root layout imports', 'dexie', false],
		['code the list loads later (the sync badge)', 'schema', false],
		['the item page’s lazy code (stays its own chunk)', 'TrendChart', false],
		['only another review screen’s code', 'report', false],
		['the route components themselves', ITEM, false],
		['the review layout component', LAYOUT, false]
	])('%s: %s → %s', (_what, id, inChunk) => {
		expect(taken.has(id)).toBe(inChunk);
	});

	it('never takes a module any screen outside /review reaches, at once or later', () => {
		const outside = staticClosure([node(0), node(3)], info, true);
		for (const id of taken) expect(outside.has(id)).toBe(false);
	});

	it('follows dynamic imports only when asked, and never into kit’s route nodes', () => {
		const app = r('.svelte-kit/generated/client-optimized/app.js');
		expect([...staticClosure([app], info)]).toEqual([app]);
		expect(staticClosure([app], info, true).has(node(9))).toBe(false);
		expect(staticClosure([ROOT], info, true).has('schema')).toBe(true);
	});
});
