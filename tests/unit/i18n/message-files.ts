import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The message source files (src/lib/i18n/<locale>/<area>.json), read as the tests need them. */
export const ROOT = join(import.meta.dirname, '../../../src/lib/i18n');
export const LOCALES = ['fi', 'sv', 'en'] as const;

export type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
export type Message = string | Variant[];
type Tree = { [key: string]: Tree | Message };

export function areas(locale: string): string[] {
	return readdirSync(join(ROOT, locale))
		.filter((f) => f.endsWith('.json'))
		.map((f) => f.replace(/\.json$/, ''))
		.sort();
}

export function read(locale: string, area: string): Tree {
	return JSON.parse(readFileSync(join(ROOT, locale, `${area}.json`), 'utf8')) as Tree;
}

function flatten(tree: Tree, prefix = '', out = new Map<string, Message>()): Map<string, Message> {
	for (const [key, value] of Object.entries(tree)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
		else flatten(value, path, out);
	}
	return out;
}

export const messages = Object.fromEntries(
	LOCALES.map((l) => [l, new Map(areas(l).flatMap((a) => [...flatten(read(l, a))]))])
) as Record<(typeof LOCALES)[number], Map<string, Message>>;
