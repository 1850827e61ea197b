/**
 * Vitest setup (vite.config.ts `test.setupFiles`): Swedish and English are modules of their own,
 * loaded when chosen (src/lib/i18n/locale-modules.ts). Unit tests ask messages in any language
 * with `{ locale }` or `chooseLocale`, as the app does once a language is in, so every test file
 * starts with both loaded, through the same loader and the same built modules the app uses.
 * Tests of the loading itself import fresh modules (tests/unit/i18n/locale-choice.test.ts).
 */
import { modules } from '$lib/i18n/locale.svelte';

const loaded = await Promise.all([modules.load('sv'), modules.load('en')]);
if (!loaded.every(Boolean)) throw new Error('the Swedish and English message modules did not load');
