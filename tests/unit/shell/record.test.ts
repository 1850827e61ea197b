import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY as LOCALE_KEY } from '$lib/i18n/locale.svelte';
import { FETCHING, FRAME_LIMIT, FRAME_PREFIX, FRAME_VERSION, frameOwner, touchIndex, usableFrame, type FrameRecord, type PageNow } from '$lib/shell/record';

const now: PageNow = { build: '/_app/immutable/entry/app.ABC.js', chosen: null, nav: 'fi-FI' };
const record: FrameRecord = { v: 2, build: now.build!, chosen: null, nav: 'fi-FI', style: '.a{color:red}\n@media (min-width:40rem){.b{margin:0}}', html: '<p>x</p>' };
const raw = (over: Record<string, unknown> = {}) => JSON.stringify({ ...record, ...over });

describe('usableFrame: only a well-formed frame of this build and language is shown', () => {
	it.each([
		['the same build, language and browser language', raw(), now, true],
		['a stored language choice that is the same', raw({ chosen: 'sv' }), { ...now, chosen: 'sv' }, true],
		['nothing stored', null, now, false],
		['not JSON', '{"v":1,', now, false],
		['JSON that is not an object', '"frame"', now, false],
		['null', 'null', now, false],
		['another format version', raw({ v: 3 }), now, false],
		['a frame of the first version, which named its stylesheets', JSON.stringify({ v: 1, build: now.build, chosen: null, nav: 'fi-FI', css: ['/_app/immutable/assets/0.css'], html: '<p>x</p>' }), now, false],
		['another build', raw({ build: '/_app/immutable/entry/app.OLD.js' }), now, false],
		['a page with no build to compare (a dev server)', raw(), { ...now, build: null }, false],
		['the language chosen since', raw(), { ...now, chosen: 'en' }, false],
		['a choice since taken back', raw({ chosen: 'sv' }), now, false],
		['another browser language', raw(), { ...now, nav: 'sv-FI' }, false],
		['markup that is not text', raw({ html: 42 }), now, false],
		['no style at all', raw({ style: undefined }), now, false],
		['style that is not text', raw({ style: ['.a{}'] }), now, false],
		['an empty style (a screen whose rules are all in index.html)', raw({ style: '' }), now, true],
		['style that imports a sheet', raw({ style: '@import "/x.css";' }), now, false],
		['style that imports, in capitals', raw({ style: '@IMPORT "/x.css";' }), now, false],
		['style that fetches an image', raw({ style: '.a{background:url(https://example.org/x.png)}' }), now, false],
		['style that fetches, in capitals', raw({ style: '.a{background:URL(/x.png)}' }), now, false],
		['style that fetches through an image set', raw({ style: '.a{background-image:image-set("/x.png" 1x)}' }), now, false],
		['style that fetches through a prefixed image set', raw({ style: '.a{background-image:-webkit-image-set("/x.png" 1x)}' }), now, false],
		['style that fetches through src()', raw({ style: '.a{background-image:src("/x.png")}' }), now, false],
		['style that spells url( with a CSS escape', raw({ style: '.a{background:\\75 rl(/x.png)}' }), now, false],
		['style that spells @import with a CSS escape', raw({ style: '@\\69mport "/x.css";' }), now, false],
		['style with any backslash', raw({ style: '.a::before{content:"\\201C"}' }), now, false],
		['a choice that is neither text nor null', raw({ chosen: 3 }), now, false]
	] as const)('%s', (_, stored, page, usable) => {
		expect(usableFrame(stored, page) !== null).toBe(usable);
	});
});

describe('touchIndex: the least recently drawn are evicted beyond the limit', () => {
	it.each([
		['an empty index', null, '/', 3, ['/'], []],
		['a new path goes last', '["/a","/b"]', '/c', 3, ['/a', '/b', '/c'], []],
		['a path drawn again moves last, nothing evicted', '["/a","/b","/c"]', '/a', 3, ['/b', '/c', '/a'], []],
		['one over the limit evicts the oldest', '["/a","/b","/c"]', '/d', 3, ['/b', '/c', '/d'], ['/a']],
		['an index already over the limit is cut to it', '["/a","/b","/c","/d"]', '/e', 2, ['/d', '/e'], ['/a', '/b', '/c']],
		['a damaged index starts again', '{oops', '/a', 3, ['/a'], []],
		['entries that are not paths are dropped', '["/a",7,null]', '/b', 3, ['/a', '/b'], []]
	] as const)('%s', (_, stored, path, limit, index, evict) => {
		expect(touchIndex(stored, path, limit)).toEqual({ index, evict });
	});

	it('keeps at most FRAME_LIMIT by default', () => {
		const many = JSON.stringify(Array.from({ length: FRAME_LIMIT }, (_, i) => `/p${i}`));
		const { index, evict } = touchIndex(many, '/new');
		expect(index).toHaveLength(FRAME_LIMIT);
		expect(evict).toEqual(['/p0']);
	});
});

describe('frameOwner: the list and an item screen keep frames, nothing else', () => {
	it.each([
		['/', 'list'],
		['/review/0b6e2a8e-1d1f-4d43-9c35-0a3f6b0b6f7c/item/7', 'item'],
		['/review/x/item/25', 'item'],
		['/review/x/item/', null],
		['/review/x/item/7/', null],
		['/review/x/item/seven', null],
		['/review/x', null],
		['/review/x/summary', null],
		['/settings', null],
		['', null],
		['//', null]
	] as const)('%s', (path, owner) => {
		expect(frameOwner(path)).toBe(owner);
	});
});

describe("the page's boot script follows the same rules (src/app.html)", () => {
	const html = readFileSync('src/app.html', 'utf8');
	it('reads the same key, checks the same version, build, language and browser language', () => {
		expect(html).toContain(`'${FRAME_PREFIX}' + location.pathname`);
		expect(html).toContain(`f.v === ${FRAME_VERSION}`);
		expect(html).toContain("f.build === app.getAttribute('href')");
		expect(html).toContain('f.nav === navigator.language');
	});
	it('refuses the same style as isInert, and shows it as text', () => {
		expect(html).toContain(`!${FETCHING}.test(f.style)`);
		expect(html).toContain('style.textContent = f.style');
	});
	it('uses the key the app stores its language choice under', () => {
		expect(html).toContain(`f.chosen === localStorage.getItem('${LOCALE_KEY}')`);
	});
});
