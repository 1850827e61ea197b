import { deviceLocale } from './device-locale';
import { baseLocale, type Locale } from './locales';
import { modules } from './locale.svelte';

// Which device language this build has already fetched ("<this chunk's address> <locale>"): a later
// start of the same build does not load it again; an update, whose locale modules have new hashed
// names, gives the start chunk that names them and so this chunk a new address, and loads it anew.
const KEPT_KEY = 'laatuarvio.locale.kept';

/** Resolves once a service worker controls the page; never without one (dev, no support, blocked). */
function controlled(): Promise<void> {
	const sw = typeof navigator !== 'undefined' ? navigator.serviceWorker : undefined;
	if (!sw) return new Promise(() => {});
	if (sw.controller) return Promise.resolve();
	return new Promise((resolve) => sw.addEventListener('controllerchange', () => resolve(), { once: true }));
}

const idle = () => new Promise<void>((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 5000 }) : setTimeout(resolve, 1000)));

function kept(): string | null {
	try {
		return localStorage.getItem(KEPT_KEY);
	} catch {
		return null;
	}
}

/**
 * After the first screen, once the service worker controls the page, while online and idle: load
 * the device language's module once per app version (so the worker caches it: a Swedish tablet
 * installed online has Swedish offline before anyone picks it), and fetch again every module this
 * page loaded before the worker took control (such a load went past the worker and was not cached).
 * Quiet: failures are ignored, the next start tries again.
 */
export async function keepLocalesOnDevice(): Promise<void> {
	const fromStart = !!navigator.serviceWorker?.controller;
	await controlled();
	await idle();
	if (!navigator.onLine) return;
	const own = deviceLocale(navigator.languages ?? [navigator.language]) as Exclude<Locale, typeof baseLocale> | null;
	const mark = `${import.meta.url} ${own}`;
	if (own && kept() !== mark && (await modules.load(own))) {
		try {
			localStorage.setItem(KEPT_KEY, mark);
		} catch {
			/* private mode: fetched again next start */
		}
	}
	if (!fromStart) await Promise.all(modules.loadedUrls().map((url) => fetch(url).catch(() => undefined)));
}
