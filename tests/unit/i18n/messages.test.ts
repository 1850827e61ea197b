import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { areas, LOCALES, messages, read, type Message } from './message-files';

/**
 * The message files Paraglide compiles (src/lib/i18n/<locale>/<area>.json). The type
 * check catches a key no locale has; these catch what it cannot: a key or a
 * placeholder missing from one language (Paraglide would quietly fall back to Finnish).
 */

/** Messages that are the same word in Finnish and the other languages (a name, an abbreviation). */
const SAME_IN_EVERY_LANGUAGE = ['app.name'];

const placeholders = (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);

/** Every input a message takes: placeholders of a plain text, declared inputs of a plural. */
function inputs(message: Message): string[] {
	if (typeof message === 'string') return [...new Set(placeholders(message))].sort();
	const declared = message.flatMap((v) => v.declarations.filter((d) => d.startsWith('input ')).map((d) => d.slice(6)));
	return [...new Set(declared)].sort();
}

describe('UI message files', () => {
	it('exist for the same areas in every language, each keyed under its area', () => {
		for (const locale of LOCALES) expect(areas(locale), locale).toEqual(areas('fi'));
		for (const locale of LOCALES) {
			for (const area of areas(locale)) expect(Object.keys(read(locale, area)), `${locale}/${area}.json`).toEqual([area]);
		}
	});

	it('are all compiled: project.inlang lists every area file', () => {
		const settings = JSON.parse(readFileSync(join(import.meta.dirname, '../../../project.inlang/settings.json'), 'utf8'));
		expect(settings.locales).toEqual([...LOCALES]);
		expect([...settings['plugin.inlang.messageFormat'].pathPattern].sort()).toEqual(
			areas('fi').map((a) => `./src/lib/i18n/{locale}/${a}.json`)
		);
	});

	it.each(LOCALES.filter((l) => l !== 'fi'))('have the same keys in Finnish and %s', (locale) => {
		expect([...messages[locale].keys()].sort()).toEqual([...messages.fi.keys()].sort());
	});

	it.each(LOCALES.filter((l) => l !== 'fi'))('take the same inputs in Finnish and %s', (locale) => {
		for (const [key, fi] of messages.fi) expect(inputs(messages[locale].get(key) ?? ''), `${locale} ${key}`).toEqual(inputs(fi));
	});

	it.each(LOCALES.filter((l) => l !== 'fi'))('are written in %s, not left as a copy of the Finnish', (locale) => {
		// A copied message would pass the key check yet show Finnish; only names and
		// bare placeholders or symbols may read the same in two languages.
		const same = [...messages.fi]
			.filter(([key, fi]) => JSON.stringify(messages[locale].get(key)) === JSON.stringify(fi))
			.filter(([, fi]) => typeof fi !== 'string' || /[a-zåäö]{4,}/i.test(fi.replace(/\{[^}]*\}/g, '')))
			.map(([key]) => key);
		expect(same).toEqual(SAME_IN_EVERY_LANGUAGE);
	});

	it('use only plain {name} placeholders: plurals are variants, not ICU syntax', () => {
		for (const locale of LOCALES) {
			for (const [key, message] of messages[locale]) {
				const texts = typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));
				for (const text of texts) {
					for (const p of placeholders(text)) expect(p, `${locale} ${key}`).toMatch(/^[A-Za-z]\w*$/);
				}
			}
		}
	});

	it('give every plural an "other" case and use only declared inputs in its texts', () => {
		for (const locale of LOCALES) {
			for (const [key, message] of messages[locale]) {
				if (typeof message === 'string') continue;
				const declared = inputs(message);
				for (const variant of message) {
					expect(Object.keys(variant.match).some((k) => k.endsWith('=other')), `${locale} ${key}`).toBe(true);
					for (const text of Object.values(variant.match)) {
						for (const p of placeholders(text)) expect(declared, `${locale} ${key}`).toContain(p);
					}
				}
			}
		}
	});
});
