import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LATER_ATTR, deferModulePreloads } from '$lib/shell/preloads';

describe("deferModulePreloads: kit's module preloads are left inert for the page's script", () => {
	it.each([
		['a preload as kit writes it', '<link href="/_app/immutable/entry/start.X.js" rel="modulepreload">', '<link href="/_app/immutable/entry/start.X.js" data-rel="modulepreload">'],
		['rel written first', '<link rel="modulepreload" href="/a.js">', '<link data-rel="modulepreload" href="/a.js">'],
		[
			'every preload in a head',
			'<link href="/a.js" rel="modulepreload">\n<link href="/b.js" rel="modulepreload">',
			'<link href="/a.js" data-rel="modulepreload">\n<link href="/b.js" data-rel="modulepreload">'
		],
		['a stylesheet is left as it is', '<link href="/a.css" rel="stylesheet" disabled media="(max-width: 0)">', '<link href="/a.css" rel="stylesheet" disabled media="(max-width: 0)">'],
		['an icon is left as it is', '<link rel="icon" href="/favicon-32.png" />', '<link rel="icon" href="/favicon-32.png" />'],
		['the words outside a link tag are left as they are', '<p>rel="modulepreload"</p>', '<p>rel="modulepreload"</p>'],
		['no link at all', '<body></body>', '<body></body>']
	])('%s', (_, html, out) => {
		expect(deferModulePreloads(html)).toBe(out);
	});
});

describe("the page's first script turns back what deferModulePreloads wrote (src/app.html)", () => {
	const html = readFileSync('src/app.html', 'utf8');
	it('looks for the same attribute and removes it', () => {
		expect(html).toContain(`document.querySelectorAll('link[${LATER_ATTR}="modulepreload"]')`);
		expect(html).toContain(`link.removeAttribute('${LATER_ATTR}')`);
		expect(html).toContain("link.rel = 'modulepreload'");
	});
	it('finds the build by the app entry whatever its rel', () => {
		expect(html).toContain(`document.querySelector('link[href*="/entry/app."]')`);
	});
});
