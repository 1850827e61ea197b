import { addMessages, init, locale, register, waitLocale } from 'svelte-i18n';

/**
 * UI strings, Finnish first. Each area of the app keeps its own message file
 * (`fi/<area>.json`, `en/<area>.json`, keys under the area name) so screens can be
 * worked on side by side. The instrument's own text is data and stays Finnish.
 */
export const LOCALES = ['fi', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'laatuarvio.locale';

type Messages = Parameters<typeof addMessages>[1];
const fi = import.meta.glob<Messages>('./fi/*.json', { eager: true, import: 'default' });
// English is fetched when chosen (precached, so offline too): it stays out of the first load.
const en = import.meta.glob<Messages>('./en/*.json', { import: 'default' });

let ready: Promise<void> | null = null;

/** Resolves when the chosen language's strings are in; the root layout waits for it before rendering. */
export function setupI18n(): Promise<void> {
	ready ??= (() => {
		addMessages('fi', ...Object.values(fi));
		for (const load of Object.values(en)) register('en', load);
		init({ fallbackLocale: 'fi', initialLocale: storedLocale() });
		locale.subscribe((l) => {
			if (typeof document !== 'undefined' && l) document.documentElement.lang = l;
		});
		return waitLocale();
	})();
	return ready;
}

function storedLocale(): Locale {
	try {
		const v = localStorage.getItem(STORAGE_KEY);
		return v === 'en' ? 'en' : 'fi';
	} catch {
		return 'fi';
	}
}

/** The language is a device preference, not review data, so it lives in localStorage. */
export function chooseLocale(l: Locale): void {
	try {
		localStorage.setItem(STORAGE_KEY, l);
	} catch {
		/* private mode: the choice lasts for this session */
	}
	locale.set(l);
}
