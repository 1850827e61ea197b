/**
 * The dashboard's UI text, as data: Finnish first, English, Swedish. The
 * instrument's criterion titles stay Finnish, as in the app.
 */
export const LANGS = ['fi', 'en', 'sv'] as const;
export type Lang = (typeof LANGS)[number];

const fi = {
	title: 'Laatuarvio – vastaanotetut arvioinnit',
	skip: 'Siirry sisältöön',
	signInTitle: 'Kirjaudu sisään',
	signInHelp: 'Kirjoita organisaatiosi lukutunnus. Tunnusta ei tallenneta selaimeen; istunto päättyy 8 tunnin kuluttua.',
	token: 'Lukutunnus',
	signIn: 'Kirjaudu',
	signOut: 'Kirjaudu ulos',
	wrongToken: 'Tunnus ei kelpaa.',
	expired: 'Lomake vanheni. Yritä uudelleen.',
	services: 'Palvelut',
	criteria: 'Kriteerit palveluittain',
	exports: 'Aineistot',
	service: 'Palvelu',
	organisation: 'Organisaatio',
	latestTotal: 'Viimeisin pistemäärä',
	level: 'Taso',
	date: 'Arvioinnin päivä',
	nextDue: 'Seuraava arviointi viimeistään',
	trend: 'Kehitys',
	reviews: 'Arvioinnit',
	total: 'Pisteet',
	revision: 'Versio',
	criterion: 'Kriteeri',
	noReviews: 'Yhtään arviointia ei ole vielä vastaanotettu.',
	weakestFirst: 'Heikoimmat kriteerit ensin (viimeisimpien arviointien keskiarvo).',
	average: 'Keskiarvo',
	exportsHelp: 'Kaikki arvioinnit (kunkin viimeisin versio). Leveä muoto: yksi rivi arviointia kohti. Pitkä muoto: yksi rivi arviointia ja kriteeriä kohti.',
	csvWide: 'CSV, leveä',
	csvLong: 'CSV, pitkä',
	xlsx: 'Excel-työkirja (molemmat muodot)',
	notFound: 'Palvelua ei löydy.',
	language: 'Kieli',
	trendLabel: (totals: string) => `Pisteet ajan mittaan: ${totals}`
};

type Strings = typeof fi;

const en: Strings = {
	title: 'Laatuarvio – reviews received',
	skip: 'Skip to content',
	signInTitle: 'Sign in',
	signInHelp: "Enter your organisation's read token. It is not stored in the browser; the session ends after 8 hours.",
	token: 'Read token',
	signIn: 'Sign in',
	signOut: 'Sign out',
	wrongToken: 'The token is not valid.',
	expired: 'The form expired. Please try again.',
	services: 'Services',
	criteria: 'Criteria across services',
	exports: 'Exports',
	service: 'Service',
	organisation: 'Organisation',
	latestTotal: 'Latest total',
	level: 'Level',
	date: 'Review date',
	nextDue: 'Next review due',
	trend: 'Trend',
	reviews: 'Reviews',
	total: 'Total',
	revision: 'Revision',
	criterion: 'Criterion',
	noReviews: 'No reviews have been received yet.',
	weakestFirst: 'Weakest criteria first (mean of the latest reviews).',
	average: 'Mean',
	exportsHelp: 'All reviews (the latest revision of each). Wide: one row per review. Long: one row per review and criterion.',
	csvWide: 'CSV, wide',
	csvLong: 'CSV, long',
	xlsx: 'Excel workbook (both formats)',
	notFound: 'No such service.',
	language: 'Language',
	trendLabel: (totals) => `Totals over time: ${totals}`
};

const sv: Strings = {
	title: 'Laatuarvio – mottagna bedömningar',
	skip: 'Till innehållet',
	signInTitle: 'Logga in',
	signInHelp: 'Ange din organisations läsnyckel. Den sparas inte i webbläsaren; sessionen upphör efter 8 timmar.',
	token: 'Läsnyckel',
	signIn: 'Logga in',
	signOut: 'Logga ut',
	wrongToken: 'Nyckeln är inte giltig.',
	expired: 'Formuläret har gått ut. Försök igen.',
	services: 'Tjänster',
	criteria: 'Kriterier per tjänst',
	exports: 'Export',
	service: 'Tjänst',
	organisation: 'Organisation',
	latestTotal: 'Senaste poäng',
	level: 'Nivå',
	date: 'Bedömningsdatum',
	nextDue: 'Nästa bedömning senast',
	trend: 'Utveckling',
	reviews: 'Bedömningar',
	total: 'Poäng',
	revision: 'Version',
	criterion: 'Kriterium',
	noReviews: 'Inga bedömningar har tagits emot ännu.',
	weakestFirst: 'Svagaste kriterierna först (medelvärde av de senaste bedömningarna).',
	average: 'Medelvärde',
	exportsHelp: 'Alla bedömningar (senaste versionen av varje). Brett format: en rad per bedömning. Långt format: en rad per bedömning och kriterium.',
	csvWide: 'CSV, brett',
	csvLong: 'CSV, långt',
	xlsx: 'Excel-arbetsbok (båda formaten)',
	notFound: 'Tjänsten finns inte.',
	language: 'Språk',
	trendLabel: (totals) => `Poäng över tid: ${totals}`
};

export const STRINGS: Record<Lang, Strings> = { fi, en, sv };

export function langOf(value: unknown): Lang {
	return (LANGS as readonly unknown[]).includes(value) ? (value as Lang) : 'fi';
}
