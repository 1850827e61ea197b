/**
 * What the scripted review of scripts/bench/taps.ts enters besides the fixture's own
 * scores and judgements: the visit's sessions with their tagged notes, and ten client
 * records for the sheet (the issue: "typically about ten"). Fixed data, so every run
 * does the same steps and the counts can be compared across versions of the UI.
 */

export type ScriptNote = { text: string; items: number[]; subs?: string[] };
export type ScriptSession = { kind: 'Haastattelu' | 'Havainnointi' | 'Asiakirjat'; role: string; notes: ScriptNote[] };

export const SESSIONS: ScriptSession[] = [
	{
		kind: 'Haastattelu',
		role: 'tiiminvetäjä',
		notes: [
			{ text: 'Valmentajilla keskimäärin 18 asiakasta, kaikki tekevät vain työhönvalmennusta.', items: [1, 2, 3] },
			{ text: 'Tiimipalaveri viikoittain, asiakkaat käydään läpi yhdessä.', items: [4, 5, 8], subs: ['5.2'] }
		]
	},
	{
		kind: 'Haastattelu',
		role: 'työhönvalmentaja',
		notes: [
			{ text: 'Työnantajia tavataan viikoittain, käynnit kirjataan seurantalomakkeelle.', items: [17, 18] },
			{ text: 'Tuki jatkuu työn alettua, tapaamiset kirjataan asiakaskansioon.', items: [21, 23] }
		]
	},
	{
		kind: 'Asiakirjat',
		role: 'asiakaskansiot',
		notes: [{ text: 'Kymmenen asiakaskansiota tarkistettu taulukkoon.', items: [15, 19, 20, 21, 23] }]
	}
];

export type ScriptJob = { type: string; employer: string; competitive: 'yes' | 'no'; permanent: 'yes' | 'no'; start: string };
export type ScriptRecord = { start: string; contact: string | null; job?: ScriptJob; followAlong?: string };

/** Dates before the review's start date (the form's default, today), spread across months and a year end. */
export const RECORDS: ScriptRecord[] = [
	{ start: '2025-09-15', contact: '2025-10-01', job: { type: 'Varastotyöntekijä', employer: 'Logistiikka Oy', competitive: 'yes', permanent: 'yes', start: '2026-01-12' }, followAlong: '2026-01-26' },
	{ start: '2025-11-03', contact: '2025-11-20', job: { type: 'Siivooja', employer: 'Puhdas Oy', competitive: 'yes', permanent: 'no', start: '2026-02-02' }, followAlong: '2026-02-16' },
	{ start: '2026-01-07', contact: '2026-01-22' },
	{ start: '2026-02-10', contact: '2026-03-05', job: { type: 'Kokki', employer: 'Ravintola Esimerkki', competitive: 'yes', permanent: 'yes', start: '2026-05-04' }, followAlong: '2026-05-18' },
	{ start: '2026-03-16', contact: '2026-04-01' },
	{ start: '2026-04-20', contact: '2026-05-12', job: { type: 'Myyjä', employer: 'Kauppa Ky', competitive: 'yes', permanent: 'no', start: '2026-07-01' }, followAlong: '2026-07-15' },
	{ start: '2026-06-01', contact: '2026-06-18' },
	{ start: '2026-07-13', contact: '2026-08-03', job: { type: 'Kiinteistönhoitaja', employer: 'Talohuolto Oy', competitive: 'yes', permanent: 'yes', start: '2026-10-05' } },
	{ start: '2026-09-01', contact: '2026-09-24' },
	{ start: '2026-10-12', contact: null }
];

/** The items whose figures come from the client-record sheet ("Käytä taulukon lukuja" on the item screen). */
export const SHEET_ITEMS = [15, 19, 20, 21, 23];
