import type { Handle } from '@sveltejs/kit';
import { deferModulePreloads } from '$lib/shell/preloads';

/**
 * The app is a static SPA: the one page this renders is index.html, at build time
 * (adapter-static's fallback). Its module preloads are left for the page's script to start
 * (src/lib/shell/preloads.ts).
 */
export const handle: Handle = ({ event, resolve }) => resolve(event, { transformPageChunk: ({ html }) => deferModulePreloads(html) });
