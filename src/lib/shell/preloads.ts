/**
 * Kit's module preloads arrive inert and are started by the page's first script (src/app.html):
 * at once when there is no kept frame, and only after the frame is in the page when there is one.
 *
 * Why (issue 15): a `<link rel="modulepreload">` in the head is fetched as soon as the browser
 * sees it, and each module that arrives is compiled on the main thread. Served fast (the worker,
 * a near server), those compiles ran before the parser reached the body, so the kept frame was
 * drawn after them: four preloads put ≈ 50 ms before an item screen's radios at 4× CPU.
 *
 * The page is rendered once, at build time (adapter-static's fallback, through src/hooks.server.ts);
 * this turns each preload link's `rel` into `data-rel`, which the page's script turns back.
 */
export const LATER_ATTR = 'data-rel';

const PRELOAD = /(<link\b[^>]*?\s)rel="modulepreload"/g;

export function deferModulePreloads(html: string): string {
	return html.replace(PRELOAD, `$1${LATER_ATTR}="modulepreload"`);
}
