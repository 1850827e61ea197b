import { startLocale } from '$lib/i18n/locale.svelte';
import { database } from '$lib/db/database';
import { homeScreen } from '$lib/ui/home/home-screen';

// Opening IndexedDB (and its ready checks: the summaries, the lock row) takes a while on a slow
// tablet; started here, it overlaps loading the screen's code instead of following it (issue 15).
// A failure is not handled here: every screen's own read reports it as before.
void database()
	.open()
	.catch(() => undefined);

// A static SPA: nothing is rendered on a server, every route runs in the browser.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';

// The stored UI language is in force (and <html lang> set) before any screen renders: Finnish at
// once, Swedish or English once its message module is loaded (or Finnish with a notice when it
// cannot be had offline). Kit awaits a layout's load before drawing (lang, issue 15).
export const load = () => startLocale();

// Opened at the list, the list's code is asked for now, with the first wave of scripts, rather than
// once kit has run and loaded this route's node (issue 15); with the lock on it waits for the lock screen.
if (typeof location !== 'undefined' && location.pathname === '/') void homeScreen().catch(() => undefined);
