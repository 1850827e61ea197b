import { baseLocale, locales, type Locale } from './locales';
import { installLocale, readLocaleFrom } from './by-locale';
import { localeModules } from './locale-modules';
import { installRuleTexts } from './rule-texts';

/**
 * UI strings, Finnish first. Each area of the app keeps its own message file
 * (`fi/<area>.json`, `en/<area>.json`, keys under the area name) so screens can be
 * worked on side by side; Paraglide compiles them (project.inlang) into one function
 * per message, so a screen ships only the strings it uses and a wrong key fails the
 * type check. The instrument's own text is data and stays Finnish.
 *
 * Finnish is in the screens' code; Swedish and English are one module each, loaded when
 * chosen (README, "Per-language messages"). The UI never switches to a language before
 * its module is in, so a message never falls back to Finnish on screen unannounced.
 */
export const LOCALES = locales;
export type { Locale };

type Other = Exclude<Locale, typeof baseLocale>;

// Existing installations stored their choice under this key before Paraglide; keep it. The page's
// boot script reads it too (src/lib/shell: a kept frame is shown only in the language it was drawn in).
export const STORAGE_KEY = 'laatuarvio.locale';

/** Why the UI is not in the language asked for: its module could not be had (offline, never cached). */
export type LocaleNotice = { kind: 'none' } | { kind: 'missing'; locale: Other; when: 'start' | 'choice' };

export const modules = localeModules<Other>(
	{
		sv: () => import('virtual:laatuarvio-locale/sv'),
		en: () => import('virtual:laatuarvio-locale/en')
	},
	// The UI's messages and the scoring rules' texts come in one module and are installed together.
	(l, module) => {
		installLocale(l, module.default);
		installRuleTexts(l, module.ruleTexts);
	}
);

// The app starts in Finnish; a stored other language is switched to by `startLocale` once its
// module is in, before the first screen draws.
let current = $state<Locale>(baseLocale);
let notice = $state<LocaleNotice>({ kind: 'none' });
// The latest choice wins when two loads are under way.
let asked = 0;

/** The UI language. Reading `locale.current` in a template or `$derived` re-runs it on a switch. */
export const locale = {
	get current(): Locale {
		return current;
	},
	get notice(): LocaleNotice {
		return notice;
	}
};

// Every message function reads the language here. Answering from a $state makes each rendered
// string depend on the locale, so a switch re-renders in place: an open review is never
// reloaded under the reviewer. Paraglide's own setLocale (a reload) and getLocale are not used.
readLocaleFrom(() => current);
setDocumentLang();

export function isLocale(v: unknown): v is Locale {
	return LOCALES.some((l) => l === v);
}

/**
 * Switches the UI language in place once its module is in: at once for Finnish or a language
 * already loaded, otherwise after loading it. If it cannot be had, nothing changes (neither the
 * screen nor the stored choice) and `locale.notice` says why. Resolves whether it switched.
 */
export function chooseLocale(l: Locale): Promise<boolean> {
	const ticket = ++asked;
	if (l === baseLocale || modules.state(l).kind === 'loaded') {
		apply(l);
		return Promise.resolve(true);
	}
	return modules.load(l).then((ok) => {
		if (ticket !== asked) return false;
		if (ok) apply(l);
		else notice = { kind: 'missing', locale: l, when: 'choice' };
		return ok;
	});
}

/**
 * The stored choice, in force before the first screen: the root layout awaits this. Finnish (or
 * nothing stored) costs nothing; another language waits for its module, and if it cannot be had
 * the app starts in Finnish, says why, and keeps the stored choice for the next start online.
 */
export async function startLocale(): Promise<void> {
	const stored = storedLocale();
	if (stored === baseLocale) return;
	const ticket = ++asked;
	const ok = await modules.load(stored);
	if (ticket !== asked) return;
	if (ok) {
		current = stored;
		setDocumentLang();
	} else notice = { kind: 'missing', locale: stored, when: 'start' };
}

function apply(l: Locale): void {
	try {
		localStorage.setItem(STORAGE_KEY, l);
	} catch {
		/* private mode: the choice lasts for this session */
	}
	current = l;
	notice = { kind: 'none' };
	setDocumentLang();
}

function storedLocale(): Locale {
	try {
		const v = localStorage.getItem(STORAGE_KEY);
		return isLocale(v) ? v : baseLocale;
	} catch {
		return baseLocale;
	}
}

// Screen readers and hyphenation follow <html lang>.
function setDocumentLang(): void {
	if (typeof document !== 'undefined') document.documentElement.lang = current;
}
