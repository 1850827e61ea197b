import type { RuleTexts } from '../scoring/texts/index';

/**
 * The scoring rules' texts per non-base language, installed with that language's module
 * (locale.svelte.ts) and read by the screens that show figures (src/lib/ui/workspace/localize.ts).
 * Like the messages, a language is never switched to before its module, and so these, is in.
 */
const tables = new Map<string, RuleTexts>();

export function installRuleTexts(locale: string, table: RuleTexts): void {
	tables.set(locale, table);
}

/** The installed table of a language; none for Finnish (the rules' own) or one not loaded. */
export const ruleTexts = (locale: string): RuleTexts | undefined => tables.get(locale);
