// The stored UI language is in force (and <html lang> set) before any screen renders.
import '$lib/i18n/locale.svelte';

// A static SPA: nothing is rendered on a server, every route runs in the browser.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
