/**
 * The accessibility statement as data: the facts here are what the statement screen
 * shows AND what the tests use, so the two cannot drift apart.
 *
 * - `AXE_TAGS` / `AXE_FAILING_IMPACTS` are the axe configuration of every browser test
 *   (tests/e2e/support/app.ts imports them): the statement names exactly the rules run.
 * - `SCREENS` is every screen of the app; a unit test checks it against src/routes, and
 *   the browser tests run axe on each of them in all three languages and reach the
 *   statement from each by keyboard. A new screen fails the unit test until it is listed
 *   here, i.e. until it is assessed.
 * - `assessedOn` must not be older than the newest change to this file (unit test, from
 *   git): whoever changes what the statement claims re-dates the assessment.
 *
 * The prose, per language, is in ./statement-text.ts.
 */
export const STANDARD = 'WCAG 2.1 AA';

/** axe-core rule tags run: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/** Violations of these impacts fail a test; minor and moderate ones are read, not enforced. */
export const AXE_FAILING_IMPACTS = ['serious', 'critical'] as const;

/** The day the assessment described in the statement was last made (YYYY-MM-DD). */
export const ASSESSED_ON = '2026-11-30';

/** Every screen, by its route (as under src/routes), with a name for the test titles. */
export const SCREENS = [
	{ route: '/', name: 'reviews list' },
	{ route: '/new', name: 'new review form' },
	{ route: '/data', name: 'files and backups' },
	{ route: '/settings', name: 'settings' },
	{ route: '/accessibility', name: 'accessibility statement' },
	{ route: '/review/[id]', name: 'review overview' },
	{ route: '/review/[id]/item/[n]', name: 'item' },
	{ route: '/review/[id]/visit', name: 'visit' },
	{ route: '/review/[id]/visit/letter', name: 'visit plan letter' },
	{ route: '/review/[id]/records', name: 'client-record sheet' },
	{ route: '/review/[id]/consensus', name: 'consensus' },
	{ route: '/review/[id]/summary', name: 'summary' },
	{ route: '/review/[id]/report', name: 'report' }
] as const;

export type ScreenRoute = (typeof SCREENS)[number]['route'];

/**
 * The supervising authority in Finland since 1 January 2025 (before that, the Regional
 * State Administrative Agency for Southern Finland): Traficom's accessibility
 * supervision unit.
 */
export const AUTHORITY = {
	web: 'https://www.saavutettavuusvaatimukset.fi',
	email: 'saavutettavuus@traficom.fi',
	phone: '029 534 5000'
} as const;

/** The Finnish act the requirements come from. */
export const LAW = '306/2019';
