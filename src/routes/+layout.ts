import { setupI18n } from '$lib/i18n';

// A static SPA: nothing is rendered on a server, every route runs in the browser.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';

/** The UI strings must be in place before the first screen renders. */
export async function load(): Promise<Record<string, never>> {
	await setupI18n();
	return {};
}
