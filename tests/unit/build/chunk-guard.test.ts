import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertScreenChunks, loadedOutsideReview, type BundleChunk } from '../../../scripts/build/chunk-guard';
import { kitNode as node } from './module-graph';

// Built chunks in the shape Rolldown hands `generateBundle`: kit's entries, route nodes (a review
// node holds a module under src/routes/review), shared chunks, lazily loaded ones.
const chunk = (fileName: string, over: Partial<BundleChunk> = {}): BundleChunk => ({
	type: 'chunk',
	name: fileName.replace(/\.js$/, ''),
	fileName,
	imports: [],
	dynamicImports: [],
	isEntry: false,
	facadeModuleId: null,
	moduleIds: [],
	...over
});
const app = (lazy: string[]) => chunk('app.js', { isEntry: true, dynamicImports: lazy });
const listNode = (over: Partial<BundleChunk> = {}) => chunk('3.js', { isEntry: true, facadeModuleId: node(3), moduleIds: [node(3), resolve('src/routes/+page.svelte')], ...over });
const itemNode = (over: Partial<BundleChunk> = {}) =>
	chunk('9.js', { isEntry: true, facadeModuleId: node(9), moduleIds: [node(9), resolve('src/routes/review/[id]/item/[n]/+page.svelte')], imports: ['item-screen.js'], ...over });
const item = (over: Partial<BundleChunk> = {}) => chunk('item-screen.js', { imports: ['shared.js'], ...over });
const bundleOf = (...chunks: BundleChunk[]) => Object.fromEntries(chunks.map((c) => [c.fileName, c]));

describe('the item screen’s chunk stays in /review', () => {
	it.each([
		['the review nodes import it; the list shares a chunk with it', false, bundleOf(app(['3.js', '9.js']), listNode({ imports: ['shared.js'] }), itemNode(), item(), chunk('shared.js'))],
		['the item page’s own lazy part imports it', false, bundleOf(app(['3.js', '9.js']), listNode(), itemNode({ dynamicImports: ['Trend.js'] }), item(), chunk('shared.js'), chunk('Trend.js', { imports: ['item-screen.js'] }))],
		['no item chunk at all (the server build)', false, bundleOf(app(['3.js']), listNode())],
		['the list imports it', true, bundleOf(app(['3.js', '9.js']), listNode({ imports: ['item-screen.js'] }), itemNode(), item(), chunk('shared.js'))],
		['a chunk the list shares imports it (a missed message)', true, bundleOf(app(['3.js', '9.js']), listNode({ imports: ['shared.js'] }), itemNode(), item({ imports: [] }), chunk('shared.js', { imports: ['item-screen.js'] }))],
		['a dialog the list loads later imports it', true, bundleOf(app(['3.js', '9.js']), listNode({ dynamicImports: ['Dialog.js'] }), itemNode(), item(), chunk('shared.js'), chunk('Dialog.js', { imports: ['item-screen.js'] }))]
	])('%s → stops the build: %s', (_what, stops, bundle) => {
		if (stops) expect(() => assertScreenChunks(bundle)).toThrow(/outside \/review would load the item-screen chunk, through \d → /);
		else expect(() => assertScreenChunks(bundle)).not.toThrow();
	});

	it('names the chain of chunks that reaches a chunk', () => {
		const bundle = bundleOf(app(['3.js']), listNode({ dynamicImports: ['Dialog.js'] }), chunk('Dialog.js', { imports: ['x.js'] }), chunk('x.js'));
		expect(loadedOutsideReview(bundle).get('x.js')).toEqual(['3', 'Dialog']);
	});
});

describe('the chunk the item screen shares with other screens stays off the list', () => {
	const dataNode = (over: Partial<BundleChunk> = {}) => chunk('5.js', { isEntry: true, facadeModuleId: node(5), moduleIds: [node(5), resolve('src/routes/data/+page.svelte')], ...over });
	const shared = () => chunk('review-shared.js');
	const lifecycle = () => chunk('lifecycle.js', { moduleIds: [resolve('src/lib/review/lifecycle.ts')], imports: ['review-shared.js'] });
	const writes = () => chunk('writes.js', { dynamicImports: ['lifecycle.js'] });
	it.each([
		['the review nodes and the data screen import it', false, bundleOf(app(['3.js', '5.js', '9.js']), listNode(), dataNode({ imports: ['review-shared.js'] }), itemNode({ imports: ['item-screen.js', 'review-shared.js'] }), item(), chunk('shared.js'), shared())],
		['a verb the list loads imports, on an action, the lifecycle, which imports it', false, bundleOf(app(['3.js', '9.js']), listNode({ imports: ['writes.js'] }), writes(), lifecycle(), itemNode(), item(), chunk('shared.js'), shared())],
		['the list imports it', true, bundleOf(app(['3.js', '9.js']), listNode({ imports: ['review-shared.js'] }), itemNode(), item(), chunk('shared.js'), shared())],
		['a dialog the list loads by itself imports it', true, bundleOf(app(['3.js', '9.js']), listNode({ dynamicImports: ['Dialog.js'] }), chunk('Dialog.js', { imports: ['review-shared.js'] }), itemNode(), item(), chunk('shared.js'), shared())],
		['the list imports the lifecycle statically', true, bundleOf(app(['3.js', '9.js']), listNode({ imports: ['lifecycle.js'] }), lifecycle(), itemNode(), item(), chunk('shared.js'), shared())]
	])('%s → stops the build: %s', (_what, stops, bundle) => {
		if (stops) expect(() => assertScreenChunks(bundle)).toThrow(/the list would load the review-shared chunk, through 3 → /);
		else expect(() => assertScreenChunks(bundle)).not.toThrow();
	});
});
