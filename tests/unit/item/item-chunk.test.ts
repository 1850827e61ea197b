import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemModules, staticClosure } from '../../../scripts/build/item-chunk';
import { moduleInfo, type GraphModule, kitNode as node } from '../build/module-graph';

// A small module graph in the shape kit and Rolldown give it: kit's app entry imports every
// route node lazily, each node imports its route component, which imports the app's code.
const r = (p: string) => resolve(p);
const LAYOUT = r('src/routes/review/[id]/+layout.svelte');
const ITEM = r('src/routes/review/[id]/item/[n]/+page.svelte');
const SUMMARY = r('src/routes/review/[id]/summary/+page.svelte');
const LIST = r('src/routes/+page.svelte');
const ROOT = r('src/routes/+layout.svelte');
// Paraglide's barrel in front of one module per message: every screen reaches every message.
const BARREL = r('src/lib/paraglide/messages.js');
const INDEX = r('src/lib/paraglide/messages/_index.js');
const msg = (key: string) => r(`src/lib/paraglide/messages/${key.replace(/\./g, '_')}.js`);
const message = (key: string): GraphModule => ({ code: `const f = () => 'x';\nexport { f as "${key}" }` });
const KEYS = ['workspace.title', 'item.points', 'list.empty', 'badge.sent', 'summary.title', 'app_name'];

type Graph = Record<string, GraphModule>;
const graph: Graph = {
	[r('.svelte-kit/generated/client-optimized/app.js')]: { entry: true, lazy: [node(0), node(3), node(2), node(9), node(10)] },
	[node(0)]: { entry: true, imports: [ROOT] },
	[node(3)]: { entry: true, imports: [LIST] },
	[node(2)]: { entry: true, imports: [LAYOUT] },
	[node(9)]: { entry: true, imports: [ITEM] },
	[node(10)]: { entry: true, imports: [SUMMARY] },
	[ROOT]: { imports: ['svelte', 'dexie', BARREL], lazy: ['SyncBadge'], code: 'm.app_name()' },
	[LIST]: { imports: ['svelte', 'summary-row', BARREL], code: `m['list.empty']()` },
	SyncBadge: { imports: ['svelte', 'schema', BARREL], code: `m["badge.sent"]()` },
	[LAYOUT]: { imports: ['svelte', 'Workspace'] },
	Workspace: { imports: ['session', 'dexie', 'schema', BARREL], code: `m['workspace.title'](); m['badge.sent'](); m.app_name()` },
	session: { imports: ['journal'] },
	journal: {},
	[ITEM]: { imports: ['svelte', 'AnchorChoices', 'summary-row', BARREL], lazy: ['TrendChart'], code: `m['item.points'](); m['list.empty']()` },
	AnchorChoices: { imports: ['svelte'] },
	TrendChart: { imports: ['svelte'] },
	[SUMMARY]: { imports: ['Workspace', 'report', BARREL], code: `m['summary.title']()` },
	[BARREL]: { imports: [INDEX] },
	[INDEX]: { imports: KEYS.map(msg) },
	...Object.fromEntries(KEYS.map((k) => [msg(k), message(k)])),
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
		['the review layout component', LAYOUT, false],
		['a message only the review’s code names', msg('workspace.title'), true],
		['a message only the item page names', msg('item.points'), true],
		['a message the list names too', msg('list.empty'), false],
		['a message a lazily loaded part of the list names too', msg('badge.sent'), false],
		['a message the root layout names (m.key)', msg('app_name'), false],
		['a message only another review screen names', msg('summary.title'), false],
		['Paraglide’s barrel', BARREL, false],
		['the barrel’s index', INDEX, false]
	])('%s: %s → %s', (_what, id, inChunk) => {
		expect(taken.has(id)).toBe(inChunk);
	});

	it('never takes a module any screen outside /review reaches, at once or later (messages: names)', () => {
		const outside = staticClosure([node(0), node(3)], info, true);
		// Every screen reaches every message through the barrel; the table above checks who names them.
		for (const id of taken) if (!id.startsWith(r('src/lib/paraglide/messages/'))) expect(outside.has(id)).toBe(false);
	});

	it('follows dynamic imports only when asked, and never into kit’s route nodes', () => {
		const app = r('.svelte-kit/generated/client-optimized/app.js');
		expect([...staticClosure([app], info)]).toEqual([app]);
		expect(staticClosure([app], info, true).has(node(9))).toBe(false);
		expect(staticClosure([ROOT], info, true).has('schema')).toBe(true);
	});
});
