import type { baseLocale as BaseLocale, Locale } from '$lib/paraglide/runtime';
import { baseLocale as base, locales as all } from '../../../project.inlang/settings.json';

/**
 * The project's languages, read from project.inlang as Paraglide's runtime reads them, but without
 * importing that runtime: its locale strategies (URL, cookie, reload on a switch) are not used here
 * (locale.svelte.ts owns the language) and its top-level statements would stay in the start chunk.
 */
export const baseLocale = base as typeof BaseLocale;
export const locales = all as readonly Locale[];
export type { Locale };
