import { database } from '$lib/db/database';
import { isLocked } from '$lib/db/vault/current';
import { afterFirstScreen } from '$lib/pwa/after-first-screen';
import { readFirstPage } from './list-memory';

/**
 * The reviews list's code (HomeScreen.svelte) is its own chunk, fetched once it is known that
 * the list may be shown (issue 14: with the lock on, the lock screen is the first screen and
 * must not carry the list's code in its first load; issue 15: with the lock off, the fetch starts
 * from the root layout's module, in the first wave, not after kit has run).
 *
 * "May be shown" is a timing choice only, never access: the lock gate alone decides what is
 * drawn. The HTML's early open answers whether a lock is set (`window.__laatuarvioLock`,
 * src/app.html) before any of the app's code runs; with no answer (an old page, a failed read)
 * the list waits for Dexie's open, which reads the lock row as it always has. With the lock on,
 * the code follows the lock screen's first paint, while the reviewer types the passphrase.
 *
 * With the lock known to be off, the list's first page is read while the code loads
 * (./list-memory.ts), so the screen's first frame has its cards; a read slower than
 * FIRST_PAGE_MS is not waited for (the list then draws from Dexie's read, as before).
 */
type Screen = typeof import('./HomeScreen.svelte');

declare global {
	interface Window {
		__laatuarvioLock?: Promise<boolean | null>;
	}
}

let screen: Promise<Screen> | null = null;

const FIRST_PAGE_MS = 1000;

/**
 * Opened at the list, its first page is asked for as this module is evaluated, before the root
 * layout opens Dexie: IndexedDB serves the opens of one database in the order they were made,
 * so a later open would wait for Dexie's open and its ready checks. It is a read only; with a
 * lock set it reads nothing (./list-memory.ts).
 */
let firstPage: Promise<void> | null =
	typeof location !== 'undefined' && location.pathname === '/' ? readFirstPage() : null;

/** Whether the HTML found a lock set: true, false, or null when it could not tell. */
function lockHint(): Promise<boolean | null> {
	return (typeof window === 'undefined' ? undefined : window.__laatuarvioLock)?.catch(() => null) ?? Promise.resolve(null);
}

/** The list's code; with the lock on, not before the lock screen has been drawn. A failed fetch is tried again at the next call. */
export function homeScreen(): Promise<Screen> {
	return (screen ??= lockHint().then(async (hint) => {
		if (hint === false) {
			const [code] = await Promise.all([
				import('./HomeScreen.svelte'),
				Promise.race([(firstPage ??= readFirstPage()), new Promise((r) => setTimeout(r, FIRST_PAGE_MS))])
			]);
			return code;
		}
		// A failed open is every screen's own error to show: the list reports it.
		await database()
			.open()
			.catch(() => undefined);
		if (isLocked()) await afterFirstScreen();
		return import('./HomeScreen.svelte');
	}).catch((error: unknown) => {
		screen = null;
		throw error;
	}));
}
