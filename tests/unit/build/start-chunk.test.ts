import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertStartIsALeaf, startModules } from '../../../scripts/build/start-chunk';
import { moduleInfo, type GraphModule, kitNode as node } from './module-graph';

// A small module graph in the shape kit and Rolldown give it: kit's two entries, the app entry
// importing every route node lazily, the root layout (node 0) and error page (node 1) that kit
// loads at start, and Paraglide's barrel in front of one module per message.
const r = (p: string) => resolve(p);
const KIT_START = r('node_modules/@sveltejs/kit/src/runtime/client/entry.js');
const APP = r('.svelte-kit/generated/client-optimized/app.js');
const ROOT = r('src/routes/+layout.svelte');
const ROOT_TS = r('src/routes/+layout.ts');
const LIST = r('src/routes/+page.svelte');
const ITEM = r('src/routes/review/[id]/item/[n]/+page.svelte');
const ERROR = r('node_modules/@sveltejs/kit/src/runtime/components/svelte-5/error.svelte');
const BARREL = r('src/lib/paraglide/messages.js');
const INDEX = r('src/lib/paraglide/messages/_index.js');
const msg = (file: string) => r(`src/lib/paraglide/messages/${file}.js`);

type Mod = GraphModule;
const message = (name: string, key?: string): Mod => ({ code: `const ${name} = () => 'x';\nexport { ${name}${key ? ` as "${key}"` : ''} }` });
const graph: Record<string, Mod> = {
	[KIT_START]: { entry: true, imports: ['kit-client'] },
	[APP]: { entry: true, lazy: [node(0), node(1), node(3), node(9)] },
	[node(0)]: { entry: true, imports: [ROOT, ROOT_TS], lazyFrom: [APP] },
	[node(1)]: { entry: true, imports: [ERROR], lazyFrom: [APP] },
	[node(3)]: { entry: true, imports: [LIST], lazyFrom: [APP] },
	[node(9)]: { entry: true, imports: [ITEM], lazyFrom: [APP] },
	'kit-client': { imports: ['svelte'] },
	[ROOT]: { imports: ['svelte', 'LockScreen', BARREL], lazy: ['SyncBadge'], code: 'm.app_name()' },
	[ROOT_TS]: { imports: ['database'] },
	[ERROR]: { imports: ['svelte'] },
	LockScreen: { imports: ['svelte', BARREL], code: `h1.textContent = m['lock.screen.title']();` },
	database: { imports: ['dexie'] },
	SyncBadge: { entry: true, imports: ['svelte', 'schema'], lazyFrom: [ROOT] },
	[LIST]: { imports: ['svelte', 'summary-row', BARREL], code: `m['list.empty']()` },
	[ITEM]: { imports: ['svelte', 'Workspace', BARREL], code: `m['item.title']()` },
	Workspace: {},
	[BARREL]: { imports: [INDEX] },
	[INDEX]: { imports: [msg('app_name'), msg('lock_screen_title'), msg('list_empty'), msg('item_title')] },
	[msg('app_name')]: message('app_name'),
	[msg('lock_screen_title')]: message('lock_screen_title', 'lock.screen.title'),
	[msg('list_empty')]: message('list_empty', 'list.empty'),
	[msg('item_title')]: message('item_title', 'item.title'),
	svelte: {},
	dexie: {},
	schema: {},
	'summary-row': {}
};
const info = moduleInfo(graph);

describe('the start chunk', () => {
	const taken = startModules(Object.keys(graph), info);

	it.each([
		['kit’s client runtime (its start entry imports it)', 'kit-client', true],
		['the framework', 'svelte', true],
		['the root layout’s components', 'LockScreen', true],
		['what the root layout’s load imports', 'database', true],
		['deeper still', 'dexie', true],
		['the message barrel', BARREL, true],
		['a message the root layout names (m.key)', msg('app_name'), true],
		['a message a start component names (m[“a.b”])', msg('lock_screen_title'), true],
		['a message only the list names', msg('list_empty'), false],
		['a message only the item screen names', msg('item_title'), false],
		['code the list page imports', 'summary-row', false],
		['code the item page imports', 'Workspace', false],
		['a lazily loaded component (its own chunk)', 'SyncBadge', false],
		['what only that component imports', 'schema', false],
		['the root layout component (stays in node 0)', ROOT, false],
		['the root load module (stays in node 0)', ROOT_TS, false],
		['kit’s entries', KIT_START, false],
		['kit’s route nodes', node(0), false]
	])('%s: %s → %s', (_what, id, inChunk) => {
		expect(taken.has(id)).toBe(inChunk);
	});
});

describe('the start chunk imports nothing that imports it back', () => {
	const chunk = (fileName: string, name: string, imports: string[]) => ({ type: 'chunk' as const, fileName, name, imports });
	it.each([
		['only a helper chunk', { s: chunk('s.js', 'start', ['h.js']), h: chunk('h.js', 'h', []) }, false],
		['no start chunk at all (the server build)', { a: chunk('a.js', 'a', ['b.js']), b: chunk('b.js', 'b', ['a.js']) }, false],
		['a route node that imports it', { s: chunk('s.js', 'start', ['0.js']), n: chunk('0.js', '0', ['s.js']) }, true],
		['through a second chunk', { s: chunk('s.js', 'start', ['m.js']), m: chunk('m.js', 'm', ['0.js']), n: chunk('0.js', '0', ['s.js']) }, true]
	])('%s → throws: %s', (_what, bundle, throws) => {
		if (throws) expect(() => assertStartIsALeaf(bundle)).toThrow(/imports itself back/);
		else expect(() => assertStartIsALeaf(bundle)).not.toThrow();
	});
});
