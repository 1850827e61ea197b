import { describe, expect, it } from 'vitest';
import { deferModulePreloads } from '$lib/shell/preloads';

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
