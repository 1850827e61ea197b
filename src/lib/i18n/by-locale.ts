import { baseLocale, type Locale } from './locales';

/**
 * One message's text in one locale: a plain text as it is, a text with inputs or plural
 * variants as Paraglide's own function for that locale.
 */
export type LocaleText = string | ((inputs: Record<string, unknown>) => string);

/** The other locales' texts, by message index, once their module has loaded (locale-modules.ts). */
const tables = new Map<string, readonly LocaleText[]>();

// Where a message asks the UI language (locale.svelte.ts's `$state`). Not Paraglide's getLocale:
// nothing calls Paraglide's runtime any more, so its URL and cookie strategies stay out of the
// start chunk.
let localeNow: () => string = () => baseLocale;

/** Sets where messages read the UI language from; locale.svelte.ts calls it once. */
export function readLocaleFrom(read: () => string): void {
	localeNow = read;
}

/** Makes a loaded locale module's texts answer; called by the loader only. */
export function installLocale(locale: Locale, texts: readonly LocaleText[]): void {
	tables.set(locale, texts);
}

/** Whether a message asked in `locale` is answered in it (the base locale always is). */
export function localeInstalled(locale: string): boolean {
	return locale === baseLocale || tables.has(locale);
}

/**
 * The message function the build makes of one compiled Paraglide message (scripts/i18n, issue 15):
 * the same call as Paraglide's — `(inputs, { locale })`, the UI language (`readLocaleFrom`)
 * otherwise — with the base locale's text in the screen's code and the others looked up by the
 * message's index in their locale's module. A locale whose module is not loaded (or that the project
 * does not have) answers in the base locale; the loader makes sure the UI never switches to a
 * locale before its module is in (locale.svelte.ts). The language is read at each call, so the
 * `$state` behind it still re-renders a screen on a switch.
 */
export function byLocale(index: number, base: LocaleText) {
	return (inputs: Record<string, unknown> = {}, options: { locale?: string } = {}): string => {
		const locale = options.locale ?? localeNow();
		const text = (locale === baseLocale ? base : tables.get(locale)?.[index]) ?? base;
		return typeof text === 'string' ? text : text(inputs);
	};
}
