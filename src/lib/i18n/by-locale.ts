import { baseLocale, getLocale, locales } from '$lib/paraglide/runtime';

/**
 * One message's texts, one per locale in the order of `locales` (project.inlang): a plain text
 * as it is, a text with inputs or plural variants as Paraglide's own function for that locale.
 */
export type LocaleText = string | ((inputs: Record<string, unknown>) => string);

const BASE = locales.indexOf(baseLocale);

/**
 * The message function the build makes of one compiled Paraglide message (scripts/i18n,
 * issue 15): the same call as Paraglide's — `(inputs, { locale })`, the locale asked from
 * `getLocale()` otherwise — with one shared body instead of one per message, and a plain text
 * held as a string rather than a function around it. `getLocale` is read at each call, so the
 * `$state` behind it (locale.svelte.ts) still re-renders a screen on a switch.
 */
export function byLocale(...texts: LocaleText[]) {
	return (inputs: Record<string, unknown> = {}, options: { locale?: string } = {}): string => {
		const at = locales.indexOf((options.locale ?? getLocale()) as never);
		const text = texts[at < 0 ? BASE : at] ?? texts[BASE]!;
		return typeof text === 'string' ? text : text(inputs);
	};
}
