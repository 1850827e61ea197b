import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Each test imports the ~980 message modules afresh (vi.resetModules): seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/**
 * Choosing a language and starting in a stored one (src/lib/i18n/locale.svelte.ts), with a fresh
 * copy of the modules per test (the setup file has loaded both languages into the shared copy):
 * Swedish cannot be had (offline, never cached), English can.
 */
type Locale = typeof import('$lib/i18n/locale.svelte');
type Messages = typeof import('$lib/paraglide/messages');

let stored: Map<string, string>;
async function fresh(): Promise<{ locale: Locale; m: Messages['m'] }> {
	vi.resetModules();
	vi.doMock('virtual:laatuarvio-locale/sv', () => {
		throw new TypeError('Failed to fetch dynamically imported module');
	});
	const locale = await import('$lib/i18n/locale.svelte');
	const { m } = await import('$lib/paraglide/messages');
	return { locale, m };
}

beforeEach(() => {
	stored = new Map();
	vi.stubGlobal('localStorage', {
		getItem: (k: string) => stored.get(k) ?? null,
		setItem: (k: string, v: string) => void stored.set(k, v)
	});
});
afterEach(() => {
	vi.doUnmock('virtual:laatuarvio-locale/sv');
	vi.unstubAllGlobals();
});

describe('choosing a language', () => {
	it('switches once the module is in, and stores the choice', async () => {
		const { locale, m } = await fresh();
		expect(locale.modules.state('en').kind).toBe('not-loaded');
		const choosing = locale.chooseLocale('en');
		expect(locale.locale.current).toBe('fi'); // not before the module is in
		expect(await choosing).toBe(true);
		expect(locale.locale.current).toBe('en');
		expect(m['app.nav.settings']()).toBe('Settings');
		expect(stored.get('laatuarvio.locale')).toBe('en');
		expect(locale.locale.notice).toEqual({ kind: 'none' });
	});

	it('changes nothing when the module cannot be had, and says why', async () => {
		const { locale, m } = await fresh();
		expect(await locale.chooseLocale('sv')).toBe(false);
		expect(locale.locale.current).toBe('fi');
		expect(m['app.nav.settings']()).toBe('Asetukset');
		expect(stored.has('laatuarvio.locale')).toBe(false);
		expect(locale.locale.notice).toEqual({ kind: 'missing', locale: 'sv', when: 'choice' });
		expect(locale.modules.state('sv').kind).toBe('failed');
		// A later choice that works clears the notice.
		expect(await locale.chooseLocale('en')).toBe(true);
		expect(locale.locale.notice).toEqual({ kind: 'none' });
	});

	it('lets the last choice win when an earlier one is still loading', async () => {
		const { locale } = await fresh();
		const english = locale.chooseLocale('en');
		expect(await locale.chooseLocale('fi')).toBe(true);
		expect(await english).toBe(false);
		expect(locale.locale.current).toBe('fi');
	});
});

describe('starting in the stored language', () => {
	it.each([
		[null, 'fi'],
		['fi', 'fi'],
		['xx', 'fi'],
		['en', 'en']
	])('stored %j → starts in %s', async (choice, expected) => {
		if (choice) stored.set('laatuarvio.locale', choice);
		const { locale } = await fresh();
		await locale.startLocale();
		expect(locale.locale.current).toBe(expected);
		expect(locale.locale.notice).toEqual({ kind: 'none' });
	});

	it('starts in Finnish with a notice, keeping the stored choice, when its module cannot be had', async () => {
		stored.set('laatuarvio.locale', 'sv');
		const { locale, m } = await fresh();
		await locale.startLocale();
		expect(locale.locale.current).toBe('fi');
		expect(m['app.nav.settings']()).toBe('Asetukset');
		expect(locale.locale.notice).toEqual({ kind: 'missing', locale: 'sv', when: 'start' });
		expect(stored.get('laatuarvio.locale')).toBe('sv');
	});
});
