import type { RuleTexts } from '../scoring/texts/index';
import type { LocaleText } from './by-locale';

/**
 * What a locale's module exports (scripts/i18n/compact-messages.ts, `localeModule`): the
 * messages, the module's address, and the scoring rules' texts in that language.
 */
export type LocaleModule = { default: readonly LocaleText[]; url: string; ruleTexts: RuleTexts };

/** Where one non-base locale's module stands on this page. */
export type LocaleModuleState =
	| { kind: 'not-loaded' }
	| { kind: 'loading'; done: Promise<boolean> }
	| { kind: 'loaded'; url: string }
	| { kind: 'failed'; error: unknown };

/**
 * Loads the other locales' message modules, each at most once at a time, and installs their texts
 * (`install`, given the whole module) before saying they are loaded. A failure (offline and never
 * cached, a server error) is a state, not a throw, and the next `load` tries again: the network may be back.
 */
export function localeModules<L extends string>(importers: Record<L, () => Promise<LocaleModule>>, install: (locale: L, module: LocaleModule) => void) {
	const states = new Map<L, LocaleModuleState>();
	const state = (locale: L): LocaleModuleState => states.get(locale) ?? { kind: 'not-loaded' };

	/** Resolves true once the locale's texts are installed, false if its module could not be had. */
	function load(locale: L): Promise<boolean> {
		const now = state(locale);
		if (now.kind === 'loaded') return Promise.resolve(true);
		if (now.kind === 'loading') return now.done;
		// A failed import and a module that loads but is not a locale module are both a failure.
		const settled = importers[locale]()
			.then((module) => {
				if (!Array.isArray(module.default) || typeof module.ruleTexts !== 'object' || module.ruleTexts === null) throw new Error('not a locale module');
				install(locale, module);
				states.set(locale, { kind: 'loaded', url: module.url });
				return true;
			})
			.catch((error: unknown) => {
				states.set(locale, { kind: 'failed', error });
				return false;
			});
		states.set(locale, { kind: 'loading', done: settled });
		return settled;
	}

	/** The addresses of the modules loaded so far (to have the service worker cache them). */
	const loadedUrls = (): string[] => [...states.values()].flatMap((s) => (s.kind === 'loaded' ? [s.url] : []));

	return { state, load, loadedUrls };
}
