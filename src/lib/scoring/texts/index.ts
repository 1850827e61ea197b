import type { RuleText } from '../types';

/**
 * The rules' texts in one other language, keyed by their Finnish exactly as the rules write it
 * (for a text with a number, its template: `'Luku voi olla enintään {n}.'`). A text that is
 * only symbols and numbers ("%") has no entry: it reads the same in every language.
 */
export type RuleTexts = Readonly<Record<string, string>>;

/**
 * A rule's text in a table's language, or its Finnish when there is no table (Finnish, or a
 * language not loaded) or no entry; `{n}` becomes the number as `format` writes it for that
 * language. Own keys only, so a text such as "constructor" never reads the prototype.
 */
export function translate(text: RuleText, table: RuleTexts | undefined, format: (n: number) => string): string {
	const finnish = typeof text === 'string' ? text : text.fi;
	const words = table && Object.hasOwn(table, finnish) ? table[finnish]! : finnish;
	return typeof text === 'string' ? words : words.replace('{n}', format(text.n));
}
