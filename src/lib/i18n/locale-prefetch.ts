import { baseLocale, locales, type Locale } from './locales';
import { modules } from './locale.svelte';

/**
 * The device's own language among the app's other languages: the first of `navigator.languages`
 * whose primary subtag the app has, if that is not the base language. A Finnish tablet with
 * Swedish second stays Finnish; a Swedish or English one gets its language at hand offline.
 */
export function deviceLocale(languages: readonly string[], have: readonly string[] = locales, base: string = baseLocale): string | null {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split('-')[0];
		if (have.includes(primary!)) return primary === base ? null : primary!;
	}
	return null;
}

/** Resolves once a service worker controls the page; never without one (dev, no support). */
function controlled(): Promise<void> {
	const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
	if (!sw) return new Promise(() => {});
	if (sw.controller) return Promise.resolve();
	return new Promise((resolve) => sw.addEventListener('controllerchange', () => resolve(), { once: true }));
}

/**
 * After the first screen, once the service worker controls the page and while online: load the
 * device language's module (so the worker caches it: a Swedish tablet installed online has Swedish
 * offline before anyone picks it), and fetch again every module this page loaded before the worker
 * took control (such a load went past the worker and was not cached). Quiet: failures are ignored,
 * the next start tries again.
 */
export async function keepLocalesOnDevice(): Promise<void> {
	await controlled();
	if (!navigator.onLine) return;
	const own = deviceLocale(navigator.languages ?? [navigator.language]);
	if (own) await modules.load(own as Exclude<Locale, typeof baseLocale>);
	await Promise.all(modules.loadedUrls().map((url) => fetch(url).catch(() => undefined)));
}
