import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { describe, expect, it } from 'vitest';
import { compactMessage, MESSAGE_MODULE } from '../../../scripts/i18n/compact-messages';
import { chooseLocale } from '$lib/i18n/locale.svelte';
import { m } from '$lib/paraglide/messages';
import { LOCALES, messages } from './message-files';

/**
 * The build rewrites Paraglide's compiled message modules into one `byLocale` call each
 * (scripts/i18n, issue 15). Vitest runs the same Vite plugin, so `m` here is the rewritten code:
 * every message must still say what its source file says, in every language.
 */
const COMPILED = join(import.meta.dirname, '../../../src/lib/paraglide/messages');
const compiled = (file: string) => readFileSync(join(COMPILED, file), 'utf8');
const ORDER = ['fi', 'sv', 'en'];
type Fn = (inputs?: Record<string, unknown>, options?: { locale?: string }) => string;
const message = (key: string) => (m as unknown as Record<string, Fn>)[key]!;

describe('compacted messages say what their source says', () => {
	// Plural variants are read in plurals.test.ts; a message may be plain in one language only.
	const plain = (locale: (typeof LOCALES)[number]) => [...messages[locale]].filter(([, text]) => typeof text === 'string').map(([key]) => key);

	it.each(LOCALES)('every plain or input message in %s, asked with { locale }', (locale) => {
		expect(plain(locale).length).toBeGreaterThan(800);
		for (const key of plain(locale)) {
			const text = messages[locale].get(key) as string;
			const inputs = Object.fromEntries([...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, `<${name}>`]));
			expect(message(key)(inputs, { locale }), `${locale} ${key}`).toBe(text.replace(/\{(\w+)\}/g, '<$1>'));
		}
	}, 60_000);

	it.each([
		['sv', 'Ingen av texterna har skrivits över. Välj vad som ska behållas.'],
		['en', 'Neither text has been written over the other. Choose what to keep.'],
		['fi', 'Kumpaakaan tekstiä ei ole kirjoitettu toisen päälle. Valitse, mikä säilytetään.']
	] as const)('follow the chosen language when none is asked (%s)', (locale, text) => {
		chooseLocale(locale);
		expect(m['conflict.tab.help']()).toBe(text);
		chooseLocale('fi');
	});

	it.each(['de', '', 'SV'])('fall back to Finnish for a locale the app does not have (%j)', (locale) => {
		expect(message('conflict.tab.help')({}, { locale })).toBe(messages.fi.get('conflict.tab.help'));
	});

	it('keep plural variants per language', () => {
		expect(m['conflict.banner']({ count: 1 }, { locale: 'sv' })).toBe('Ett fält har två versioner av texten som du ska välja mellan:');
		expect(m['conflict.banner']({ count: 3 }, { locale: 'en' })).toBe('3 fields have two versions of their text for you to choose from:');
	});

	it('are the rewritten code, not Paraglide’s own dispatcher', () => {
		expect(String(m['conflict.tab.help'])).not.toContain('experimentalStaticLocale');
	});
});

describe('compactMessage', () => {
	const files = readdirSync(COMPILED).filter((f) => MESSAGE_MODULE.test(join(COMPILED, f)));

	it('rewrites every module Paraglide compiled for this project, smaller', () => {
		expect(files.length).toBe(messages.fi.size);
		for (const file of files) {
			const code = compiled(file);
			const out = compactMessage(code, ORDER, '/by-locale.ts').code;
			expect(out, file).toMatch(/^const \w+ = \/\* @__PURE__ \*\/ byLocale\(/m);
			expect(out, file).not.toContain('getLocale');
			expect(out.length, file).toBeLessThan(code.length);
		}
	}, 60_000);

	it.each([
		['a plain text becomes a string constant', 'conflict_tab_title.js', /^const fi_conflict_tab_title = `Toisessa[^`]*`;\n[\s\S]*^const en_conflict_tab_title = `Another tab[^`]*`;\n[\s\S]*byLocale\(fi_conflict_tab_title, sv_conflict_tab_title, en_conflict_tab_title\);/m],
		['a text with inputs keeps its function', 'app_corrupt.js', /byLocale\(fi_app_corrupt, sv_app_corrupt, en_app_corrupt\);/],
		['a plural keeps its functions and the registry', 'conflict_banner.js', /import \* as registry[\s\S]*byLocale\(fi_conflict_banner, sv_conflict_banner, en_conflict_banner\);/]
	])('%s', (_, file, shape) => {
		expect(compactMessage(compiled(file), ORDER, '/by-locale.ts').code).toMatch(shape);
	});

	it('passes the texts in the order of the project’s locales', () => {
		expect(compactMessage(compiled('conflict_tab_title.js'), ['en', 'fi', 'sv'], '/b.ts').code).toContain('byLocale(en_conflict_tab_title, fi_conflict_tab_title, sv_conflict_tab_title)');
	});

	it('maps each text back to its own locale function, so a source-mapped build can be read by language', () => {
		const code = compiled('conflict_tab_title.js');
		const { code: out, map } = compactMessage(code, ORDER, '/b.ts');
		const consumer = new SourceMapConsumer({ ...map, version: String(map.version) } as never);
		for (const text of ['`Toisessa', '`En annan', '`Another tab']) {
			const line = (within: string) => within.split('\n').findIndex((l) => l.includes(text));
			const column = out.split('\n')[line(out)]!.indexOf(text);
			expect(consumer.originalPositionFor({ line: line(out) + 1, column }).line, text).toBe(line(code) + 1);
		}
	});

	it.each<[string, (code: string) => string]>([
		['a dispatcher that reads a static locale differently', (c) => c.replace('experimentalStaticLocale ?? options.locale', 'options.locale')],
		['a locale the project does not have', (c) => c.replaceAll('en_conflict_tab_title', 'de_conflict_tab_title')],
		['one locale missing', (c) => c.replace('\tif (locale === "en") return en_conflict_tab_title(inputs)\n', '')],
		['another runtime import', (c) => c.replace("from '../runtime.js'", "from './runtime.js'")],
		['no message at all', () => 'export const x = 1;']
	])('stops the build on a shape it does not know: %s', (_, change) => {
		expect(() => compactMessage(change(compiled('conflict_tab_title.js')), ORDER, '/b.ts')).toThrow(/compact-messages/);
	});
});
