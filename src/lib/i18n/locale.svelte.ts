import { baseLocale, locales, overwriteGetLocale, overwriteSetLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * UI strings, Finnish first. Each area of the app keeps its own message file
 * (`fi/<area>.json`, `en/<area>.json`, keys under the area name) so screens can be
 * worked on side by side; Paraglide compiles them (project.inlang) into one function
 * per message, so a screen ships only the strings it uses and a wrong key fails the
 * type check. The instrument's own text is data and stays Finnish.
 */
export const LOCALES = locales;
export type { Locale };

// Existing installations stored their choice under this key before Paraglide; keep it.
const STORAGE_KEY = 'laatuarvio.locale';

let current = $state<Locale>(storedLocale());

/** The UI language. Reading `locale.current` in a template or `$derived` re-runs it on a switch. */
export const locale = {
	get current(): Locale {
		return current;
	}
};

// Every message function asks getLocale(). Answering from a $state makes each rendered
// string depend on the locale, so a switch re-renders in place: an open review is never
// reloaded under the reviewer. Paraglide's own setLocale would reload the page.
overwriteGetLocale(() => current);
overwriteSetLocale((l) => chooseLocale(l));
setDocumentLang();

/** The language is a device preference, not review data, so it lives in localStorage. */
export function chooseLocale(l: Locale): void {
	try {
		localStorage.setItem(STORAGE_KEY, l);
	} catch {
		/* private mode: the choice lasts for this session */
	}
	current = l;
	setDocumentLang();
}

function storedLocale(): Locale {
	try {
		const v = localStorage.getItem(STORAGE_KEY);
		return LOCALES.find((l) => l === v) ?? baseLocale;
	} catch {
		return baseLocale;
	}
}

// Screen readers and hyphenation follow <html lang>.
function setDocumentLang(): void {
	if (typeof document !== 'undefined') document.documentElement.lang = current;
}
