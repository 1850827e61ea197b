import { baseLocale, locales } from './locales';

/**
 * The device's own language among the app's other languages: the first of `navigator.languages`
 * whose primary subtag the app has, if that is not the base language. A Finnish tablet with
 * Swedish second stays Finnish; a Swedish or English one gets its language at hand offline.
 */
export function deviceLocale(languages: readonly string[], have: readonly string[] = locales, base: string = baseLocale): string | null {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split('-')[0]!;
		if (have.includes(primary)) return primary === base ? null : primary;
	}
	return null;
}
