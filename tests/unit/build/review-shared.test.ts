import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { itemModules } from '../../../scripts/build/item-chunk';
import { listWorld, reviewSharedModules } from '../../../scripts/build/review-shared';
import { startModules } from '../../../scripts/build/start-chunk';
import { moduleInfo, type GraphModule, kitNode as node } from './module-graph';

// A small module graph in the shape kit and Rolldown give it: kit's entries, the root layout (node
// 0), the list (3), the data screen (5), settings (15), the review layout (2) and the item page (9).
const r = (p: string) => resolve(p);
const APP = r('.svelte-kit/generated/client-optimized/app.js');
const ROOT = r('src/routes/+layout.svelte');
const LIST = r('src/routes/+page.svelte');
const DATA = r('src/routes/data/+page.svelte');
const SETTINGS = r('src/routes/settings/+page.svelte');
const LAYOUT = r('src/routes/review/[id]/+layout.svelte');
const ITEM = r('src/routes/review/[id]/item/[n]/+page.svelte');
const LIFECYCLE = r('src/lib/review/lifecycle.ts');
const INSTRUMENT = r('src/lib/instrument/index.ts');

const graph: Record<string, GraphModule> = {
	[APP]: { entry: true, lazy: [node(0), node(3), node(5), node(15), node(2), node(9)] },
	[node(0)]: { entry: true, imports: [ROOT], lazyFrom: [APP] },
	[node(3)]: { entry: true, imports: [LIST], lazyFrom: [APP] },
	[node(5)]: { entry: true, imports: [DATA], lazyFrom: [APP] },
	[node(15)]: { entry: true, imports: [SETTINGS], lazyFrom: [APP] },
	[node(2)]: { entry: true, imports: [LAYOUT], lazyFrom: [APP] },
	[node(9)]: { entry: true, imports: [ITEM], lazyFrom: [APP] },
	[ROOT]: { imports: ['svelte'], lazy: ['AfterStart'] },
	AfterStart: { imports: ['open-sessions'], lazyFrom: [ROOT] },
	[LIST]: { imports: ['svelte', 'format'], lazy: ['DeleteDialog'] },
	DeleteDialog: { imports: ['writes'], lazyFrom: [LIST] },
	// The verbs import the instrument and the lifecycle lazily, on a reviewer's action.
	writes: { imports: ['schema'], lazy: [INSTRUMENT, LIFECYCLE] },
	[INSTRUMENT]: { imports: ['edition'], lazyFrom: ['writes'] },
	[LIFECYCLE]: { imports: ['rules'], lazyFrom: ['writes'] },
	[DATA]: { imports: ['rater', 'rules', 'edition', 'writes'] },
	[SETTINGS]: { imports: ['ConfirmDialog'] },
	[LAYOUT]: { imports: ['Workspace'] },
	Workspace: { imports: ['writes', 'format', 'open-sessions', 'rater', 'rules', INSTRUMENT, 'ConfirmDialog', 'session'] },
	[ITEM]: { imports: ['Workspace', 'AnchorChoices'] },
	AnchorChoices: {},
	session: {},
	svelte: {},
	format: {},
	'open-sessions': {},
	schema: {},
	edition: {},
	rules: {},
	rater: {},
	ConfirmDialog: {}
};
const info = moduleInfo(graph);
const ids = Object.keys(graph);

describe('the code the item screen shares with screens other than the list', () => {
	const taken = new Set([...itemModules(ids, info), ...startModules(ids, info)]);
	const shared = reviewSharedModules(ids, info, taken);

	it.each([
		['the instrument’s content (data screen and a lazy verb)', 'edition', true],
		['the scoring rules (data screen and the lifecycle, lazily)', 'rules', true],
		['a helper only the data screen shares', 'rater', true],
		['a dialog settings shares', 'ConfirmDialog', true],
		['what the list draws with', 'format', false],
		['what the list loads later by itself (a dialog’s verbs)', 'writes', false],
		['… and what those import', 'schema', false],
		['what every screen loads after its first paint', 'open-sessions', false],
		['a lazily imported module (keeps a chunk of its own)', INSTRUMENT, false],
		['the item screen’s own code (the item chunk’s)', 'Workspace', false],
		['… and deeper', 'session', false],
		['route components', ITEM, false],
		['the framework (the start chunk’s)', 'svelte', false]
	])('%s: %s → %s', (_what, id, inChunk) => {
		expect(shared.has(id)).toBe(inChunk);
	});

	it('takes nothing the list loads without the reviewer acting', () => {
		const list = listWorld(ids, info);
		for (const id of shared) expect(list.has(id)).toBe(false);
		// …which does follow lazy imports, but not those made on an action.
		expect(list.has('writes')).toBe(true);
		expect(list.has('AfterStart')).toBe(true);
		expect(list.has(LIFECYCLE)).toBe(false);
		expect(list.has(INSTRUMENT)).toBe(false);
	});

	it('takes nothing the start or item chunk took', () => {
		for (const id of shared) expect(taken.has(id)).toBe(false);
	});
});
