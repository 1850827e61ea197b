import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compactMessage, localeModule, MESSAGE_MODULE } from '../../../scripts/i18n/compact-messages';
import { chooseLocale } from '$lib/i18n/locale.svelte';
import { m } from '$lib/paraglide/messages';
import sv from 'virtual:laatuarvio-locale/sv';
import en from 'virtual:laatuarvio-locale/en';
import { LOCALES, messages } from './message-files';

/**
 * The build rewrites Paraglide's compiled message modules (scripts/i18n, issue 15): Finnish stays
 * in each message's module, Swedish and English become one module each. Vitest runs the same Vite
 * plugin, and the setup file loads both modules through the app's loader, so `m` here is the built
 * code: every message must still say what its source file says, in every language.
 */
const COMPILED = join(import.meta.dirname, '../../../src/lib/paraglide/messages');
const compiled = (file: string) => readFileSync(join(COMPILED, file), 'utf8');
const ORDER = ['fi', 'sv', 'en'];
type Fn = (inputs?: Record<string, unknown>, options?: { locale?: string }) => string;
const message = (key: string) => (m as unknown as Record<string, Fn>)[key]!;
const files = readdirSync(COMPILED)
	.filter((f) => MESSAGE_MODULE.test(join(COMPILED, f)))
	.sort();

describe('built messages say what their source says', () => {
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
	] as const)('follow the chosen language when none is asked (%s)', async (locale, text) => {
		expect(await chooseLocale(locale)).toBe(true);
		expect(m['conflict.tab.help']()).toBe(text);
		await chooseLocale('fi');
	});

	it.each(['de', '', 'SV', '__proto__'])('fall back to Finnish for a locale the app does not have (%j)', (locale) => {
		expect(message('conflict.tab.help')({}, { locale })).toBe(messages.fi.get('conflict.tab.help'));
	});

	it('keep plural variants per language', () => {
		expect(m['conflict.banner']({ count: 1 }, { locale: 'sv' })).toBe('Ett fält har två versioner av texten som du ska välja mellan:');
		expect(m['conflict.banner']({ count: 3 }, { locale: 'en' })).toBe('3 fields have two versions of their text for you to choose from:');
		expect(m['conflict.banner']({ count: 3 }, { locale: 'fi' })).toBe('3 kentässä on kaksi tekstiversiota, joista sinun pitää valita:');
	});

	it('are the built code, not Paraglide’s own dispatcher', () => {
		expect(String(m['conflict.tab.help'])).not.toContain('experimentalStaticLocale');
	});
});

describe('the locale modules', () => {
	it.each([
		['sv', sv],
		['en', en]
	] as const)('%s holds one text per compiled message, in file order', (_, texts) => {
		expect(texts.length).toBe(files.length);
		expect(texts[files.indexOf('conflict_tab_title.js')]).toBe(messages[_].get('conflict.tab.title'));
	});

	it('keeps Finnish out: no Finnish-only text is in them', () => {
		const finnish = messages.fi.get('conflict.tab.help') as string;
		expect(sv).not.toContain(finnish);
		expect(en).not.toContain(finnish);
	});

	it('is built from every compiled module, importing the plural rules once', () => {
		const code = localeModule('sv', ORDER, files.map((f) => ({ name: f.slice(0, -3), code: compiled(f) })), '/registry.js');
		expect(code.match(/import \* as registry/g)).toHaveLength(1);
		expect(code).toContain('export const url = import.meta.url;');
		expect(code).not.toContain('Toisessa');
		expect(() => localeModule('sv', ORDER, [{ name: 'x', code: 'export const x = 1;' }], '/r.js')).toThrow(/compact-messages/);
	});
});

describe('compactMessage', () => {
	it('rewrites every module Paraglide compiled for this project to Finnish only, smaller', () => {
		expect(files.length).toBe(messages.fi.size);
		files.forEach((file, index) => {
			const code = compiled(file);
			const out = compactMessage(code, ORDER, index, '/by-locale.ts').code;
			expect(out, file).toMatch(new RegExp(`^const \\w+ = /\\* @__PURE__ \\*/ byLocale\\(${index}, fi_\\w+\\);`, 'm'));
			expect(out, file).not.toContain('getLocale');
			expect(out, file).not.toMatch(/^const (sv|en)_/m);
			expect(out.length, file).toBeLessThan(code.length);
		});
	}, 60_000);

	it.each([
		['a plain text becomes a string constant', 'conflict_tab_title.js', /^const fi_conflict_tab_title = `Toisessa[^`]*`;\n[\s\S]*byLocale\(7, fi_conflict_tab_title\);/m],
		['a text with inputs keeps its function', 'app_corrupt.js', /^const fi_app_corrupt = [^\n]*\(i\) => \{[\s\S]*byLocale\(7, fi_app_corrupt\);/m],
		['a plural keeps its function and the registry', 'conflict_banner.js', /import \* as registry[\s\S]*byLocale\(7, fi_conflict_banner\);/]
	])('%s', (_, file, shape) => {
		const out = compactMessage(compiled(file), ORDER, 7, '/by-locale.ts').code;
		expect(out).toMatch(shape);
		expect(out).not.toMatch(/`(En annan|Another tab|Ett fält|Den sparade)/);
	});

	it('keeps the text of the first of the project’s locales', () => {
		expect(compactMessage(compiled('conflict_tab_title.js'), ['en', 'fi', 'sv'], 3, '/b.ts').code).toMatch(/^const en_conflict_tab_title = `Another tab[\s\S]*byLocale\(3, en_conflict_tab_title\)/m);
	});

	it.each<[string, (code: string) => string]>([
		['a dispatcher that reads a static locale differently', (c) => c.replace('experimentalStaticLocale ?? options.locale', 'options.locale')],
		['a locale the project does not have', (c) => c.replaceAll('en_conflict_tab_title', 'de_conflict_tab_title')],
		['one locale missing', (c) => c.replace('\tif (locale === "en") return en_conflict_tab_title(inputs)\n', '')],
		['another runtime import', (c) => c.replace("from '../runtime.js'", "from './runtime.js'")],
		['a locale function of another shape', (c) => c.replace('const sv_conflict_tab_title = /**', 'let sv_conflict_tab_title = /**')],
		['no message at all', () => 'export const x = 1;']
	])('stops the build on a shape it does not know: %s', (_, change) => {
		expect(() => compactMessage(change(compiled('conflict_tab_title.js')), ORDER, 0, '/b.ts')).toThrow(/compact-messages/);
	});
});
