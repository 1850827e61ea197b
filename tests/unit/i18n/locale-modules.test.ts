import { describe, expect, it } from 'vitest';
import { byLocale, installLocale, localeInstalled } from '$lib/i18n/by-locale';
import { localeModules, type LocaleModule } from '$lib/i18n/locale-modules';
import { deviceLocale } from '$lib/i18n/device-locale';

/** An importer the test settles by hand. */
function deferred() {
	let settle!: { resolve: (m: LocaleModule) => void; reject: (e: unknown) => void };
	const calls: Promise<LocaleModule>[] = [];
	const importer = () => {
		const p = new Promise<LocaleModule>((resolve, reject) => (settle = { resolve, reject }));
		calls.push(p);
		return p;
	};
	return { importer, calls, settle: () => settle };
}

describe('the locale module loader', () => {
	it('goes not loaded → loading → loaded, with one import for loads at the same time', async () => {
		const sv = deferred();
		const installed: unknown[] = [];
		const loader = localeModules({ sv: sv.importer }, (l, module) => installed.push([l, module.default, module.ruleTexts]));
		expect(loader.state('sv')).toEqual({ kind: 'not-loaded' });
		const first = loader.load('sv');
		const second = loader.load('sv');
		expect(loader.state('sv').kind).toBe('loading');
		expect(sv.calls).toHaveLength(1);
		expect(installed).toEqual([]); // nothing answers in Swedish before the module is in
		sv.settle().resolve({ default: ['Utkast'], url: '/x/locale-sv.a.js', ruleTexts: { asiakasta: 'klienter' } });
		expect(await first).toBe(true);
		expect(await second).toBe(true);
		expect(installed).toEqual([['sv', ['Utkast'], { asiakasta: 'klienter' }]]);
		expect(loader.state('sv')).toEqual({ kind: 'loaded', url: '/x/locale-sv.a.js' });
		expect(loader.loadedUrls()).toEqual(['/x/locale-sv.a.js']);
		expect(await loader.load('sv')).toBe(true);
		expect(sv.calls).toHaveLength(1);
	});

	it('says failed (never throws), installs nothing, and tries again on the next load', async () => {
		const sv = deferred();
		const installed: unknown[] = [];
		const loader = localeModules({ sv: sv.importer }, (l) => installed.push(l));
		const first = loader.load('sv');
		sv.settle().reject(new TypeError('Failed to fetch dynamically imported module'));
		expect(await first).toBe(false);
		expect(loader.state('sv').kind).toBe('failed');
		expect(installed).toEqual([]);
		expect(loader.loadedUrls()).toEqual([]);
		const again = loader.load('sv');
		expect(loader.state('sv').kind).toBe('loading');
		sv.settle().resolve({ default: ['Utkast'], url: '/s.js', ruleTexts: {} });
		expect(await again).toBe(true);
		expect(installed).toEqual(['sv']);
	});

	it.each([
		['its texts are not a list', { default: 'nope', url: '', ruleTexts: {} }],
		['it lacks the scoring rules’ texts', { default: ['Utkast'], url: '' }],
		['its scoring rules’ texts are null', { default: ['Utkast'], url: '', ruleTexts: null }]
	])('treats a module as failed when %s', async (_, module) => {
		const loader = localeModules({ sv: () => Promise.resolve(module as never) }, () => {
			throw new Error('must not install');
		});
		expect(await loader.load('sv')).toBe(false);
		expect(loader.state('sv').kind).toBe('failed');
	});
});

describe('byLocale (the fallback rule)', () => {
	// Index 100000 is no real message: the loaded modules have no text there.
	const msg = byLocale(100000, 'Luonnos');
	const withInput = byLocale(100001, (i) => `${String(i.n)} arviointia`);

	it('answers in Finnish for a locale whose module has no such text, or that the app lacks', () => {
		expect(msg({}, { locale: 'sv' })).toBe('Luonnos');
		expect(msg({}, { locale: 'de' })).toBe('Luonnos');
		expect(withInput({ n: 3 }, { locale: 'en' })).toBe('3 arviointia');
	});

	it('answers from an installed table by index, plain or with inputs', () => {
		installLocale('sv', Object.assign(new Array<string>(100002), { 100000: 'Utkast', 100001: (i: Record<string, unknown>) => `${String(i.n)} bedömningar` }) as never);
		expect(msg({}, { locale: 'sv' })).toBe('Utkast');
		expect(withInput({ n: 3 }, { locale: 'sv' })).toBe('3 bedömningar');
		expect(msg({}, { locale: 'fi' })).toBe('Luonnos');
		expect(localeInstalled('sv')).toBe(true);
		expect(localeInstalled('fi')).toBe(true);
		expect(localeInstalled('de')).toBe(false);
	});
});

describe('deviceLocale', () => {
	it.each<[string[], string | null]>([
		[['sv-FI', 'fi'], 'sv'],
		[['sv'], 'sv'],
		[['en-US', 'en'], 'en'],
		[['EN-gb'], 'en'],
		[['fi-FI', 'sv-FI'], null], // Finnish first: Finnish is already there
		[['fi'], null],
		[['de-DE', 'sv'], 'sv'], // the first language the app has
		[['de-DE', 'fr'], null],
		[[], null]
	])('%j → %s', (languages, expected) => {
		expect(deviceLocale(languages)).toBe(expected);
	});
});
