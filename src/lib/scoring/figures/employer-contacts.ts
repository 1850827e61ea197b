import type { Score } from '../../instrument/schema';
import type { BandGap, FigureRule, Localized } from '../types';
import { bandOf, clean, lower, suggested, sum, type BandTable } from './bands';
import { reader } from './read';
import { UNIT, t } from './text';

/**
 * Item 17. The form's anchors name 2, 4, 5 and 6 contacts a week; a mean in
 * [3, 4) is in no anchor and earns 2, since score 3 needs 4 contacts.
 */
const JUMP_2_TO_4: BandGap = {
	text: t(
		'Lomake hyppää 2 tapaamisesta viikossa (2 pistettä) 4 tapaamiseen (3 pistettä); 3 tapaamista ei kuulu mihinkään pistemäärään.',
		'Blanketten hoppar från 2 kontakter i veckan (2 poäng) till 4 kontakter (3 poäng); 3 kontakter hör inte till någon poäng.',
		'The form jumps from 2 contacts a week (score 2) to 4 (score 3); 3 contacts are in no anchor.'
	),
	decision: t('Annetaan 2 pistettä: 3 pistettä edellyttää 4 tapaamista.', '2 poäng ges: 3 poäng kräver 4 kontakter.', 'Scored 2: score 3 needs 4 contacts.')
};

const BANDS: BandTable = {
	steps: [
		{ below: 2, score: 1, band: t('keskimäärin harvemmin kuin 2 kertaa viikossa', 'i genomsnitt färre än 2 gånger i veckan', 'on average fewer than 2 a week') },
		{ below: 3, score: 2, band: t('keskimäärin 2 kertaa viikossa', 'i genomsnitt 2 gånger i veckan', 'on average 2 a week') },
		{ below: 4, score: 2, band: t('keskimäärin 2 kertaa viikossa', 'i genomsnitt 2 gånger i veckan', 'on average 2 a week'), gap: JUMP_2_TO_4 },
		{ below: 5, score: 3, band: t('keskimäärin 4 kertaa viikossa', 'i genomsnitt 4 gånger i veckan', 'on average 4 a week') },
		{ below: 6, score: 4, band: t('keskimäärin 5 kertaa viikossa', 'i genomsnitt 5 gånger i veckan', 'on average 5 a week') }
	],
	last: { score: 5, band: t('keskimäärin 6 kertaa viikossa', 'i genomsnitt 6 gånger i veckan', 'on average 6 a week') }
};

/** How often the team leader reviews the tracking forms; it caps the score (anchors 2–5). */
const TRACKING = ['weekly', 'monthly', 'irregular', 'none'] as const;
type Tracking = (typeof TRACKING)[number];

const TRACKING_LABEL: Record<Tracking, Localized> = {
	weekly: t(
		'Tiiminvetäjä käy seurantalomakkeet läpi viikoittain',
		'Teamledaren går igenom uppföljningsblanketterna varje vecka',
		'The team leader reviews the tracking forms weekly'
	),
	monthly: t(
		'Tiiminvetäjä käy seurantalomakkeet läpi kuukausittain',
		'Teamledaren går igenom uppföljningsblanketterna varje månad',
		'The team leader reviews the tracking forms monthly'
	),
	irregular: t(
		'Seurantalomakkeet ovat käytössä, mutta tiiminvetäjä käy ne läpi harvemmin kuin kuukausittain',
		'Uppföljningsblanketter används, men teamledaren går igenom dem mer sällan än varje månad',
		'Tracking forms are used but reviewed less often than monthly'
	),
	none: t('Työhönvalmentajilla ei ole seurantamenetelmää', 'Arbetscoacherna har ingen uppföljningsmetod', 'The coaches have no tracking method')
};
const CAP: Record<Tracking, Score> = { weekly: 5, monthly: 3, irregular: 2, none: 2 };

const RARELY_REVIEWED: BandGap = {
	text: t(
		'Lomake ei kuvaa seurantalomakkeita, joita tiiminvetäjä käy läpi harvemmin kuin kuukausittain.',
		'Blanketten beskriver inte uppföljningsblanketter som teamledaren går igenom mer sällan än varje månad.',
		'The form does not describe tracking forms reviewed less often than monthly.'
	),
	decision: t(
		'Enintään 2 pistettä: 3 pistettä edellyttää kuukausittaista läpikäyntiä.',
		'Högst 2 poäng: 3 poäng kräver en genomgång varje månad.',
		'At most 2: score 3 needs a monthly review.'
	)
};

const SMALL_CASELOAD = t(
	'Valmentaja, jolla on alle 3 työnhakija-asiakasta ja vähintään 2 × työnhakija-asiakkaiden määrä tapaamisia viikossa, lasketaan 6 tapaamiseksi.',
	'En arbetscoach som har färre än 3 arbetssökande klienter och minst 2 × så många kontakter i veckan räknas som 6 kontakter.',
	'A coach with fewer than 3 job seekers and at least 2 × that many contacts a week counts as 6 contacts.'
);
const NO_SEEKERS_LEFT_OUT = t(
	'Valmentajat, joilla ei ole työnhakuvaiheessa olevia asiakkaita, eivät ole mukana keskiarvossa.',
	'Arbetscoacher som inte har några klienter i arbetssökningsfasen ingår inte i medeltalet.',
	'Coaches with no clients looking for work are left out of the mean.'
);
const NO_SEEKERS = t(
	'Kenelläkään valmentajalla ei ole työnhakuvaiheessa olevia asiakkaita, joten keskiarvoa ei voi laskea.',
	'Ingen arbetscoach har klienter i arbetssökningsfasen, så något medeltal kan inte räknas ut.',
	'No coach has clients looking for work, so there is no mean to compute.'
);

export const employerContacts: FigureRule = {
	id: 'employer-contacts',
	inputs: [
		{
			key: 'coaches',
			kind: 'rows',
			label: t('Työnantajatapaamiset työhönvalmentajittain', 'Arbetsgivarkontakter per arbetscoach', 'Employer contacts per coach'),
			itemLabel: t('Työhönvalmentaja', 'Arbetscoach', 'Coach'),
			columns: [
				{ key: 'contacts', label: t('Kasvokkaiset työnantajatapaamiset', 'Arbetsgivarkontakter ansikte mot ansikte', 'Face-to-face employer contacts'), unit: UNIT.perWeek, min: 0, step: 0.5 },
				{ key: 'jobSeekers', label: t('Työnhakija-asiakkaat', 'Arbetssökande klienter', 'Clients looking for work'), unit: UNIT.clients, min: 0, step: 1 }
			],
			help: t(
				'Vain työnhakuvaiheessa olevia asiakkaita koskevat tapaamiset, seurantadokumentin mukaan.',
				'Endast kontakter som gäller klienter i arbetssökningsfasen, enligt uppföljningsdokumentet.',
				'Only contacts for clients in the job-search phase, from the weekly tracking document.'
			)
		},
		{
			key: 'tracking',
			kind: 'choice',
			label: t('Seurantalomakkeiden läpikäynti', 'Genomgång av uppföljningsblanketterna', 'Review of the tracking forms'),
			options: TRACKING.map((value) => ({ value, label: TRACKING_LABEL[value] }))
		}
	],
	evaluate(figures) {
		const r = reader(figures);
		const rows = r.rows('coaches', { contacts: {}, jobSeekers: { whole: true } });
		const tracking = r.choice('tracking', TRACKING);
		const stop = r.stop();
		if (stop) return stop;

		const seeking = rows.filter((row) => row.jobSeekers > 0);
		if (seeking.length === 0) return { kind: 'invalid', field: 'coaches', reason: NO_SEEKERS };
		// The form's rule for a small caseload (e.g. a new service) meets the 6-contact target.
		const small = (row: { contacts: number; jobSeekers: number }) => row.jobSeekers < 3 && row.contacts >= 2 * row.jobSeekers;
		const value = clean(sum(seeking.map((row) => (small(row) ? Math.max(row.contacts, 6) : row.contacts))) / seeking.length);

		const measure = { value, label: t('Työnantajatapaamisia viikossa valmentajaa kohden (keskiarvo)', 'Arbetsgivarkontakter i veckan per arbetscoach (medeltal)', 'Employer contacts a week per coach (mean)'), unit: UNIT.perWeek };
		const placed = bandOf(BANDS, value);
		const score = lower(placed.score, CAP[tracking]);
		const assumptions: Localized[] = [];
		if (seeking.some(small)) assumptions.push(SMALL_CASELOAD);
		if (seeking.length < rows.length) assumptions.push(NO_SEEKERS_LEFT_OUT);
		if (score >= 3 || score < placed.score) assumptions.push(TRACKING_LABEL[tracking]);
		const gap = placed.gap ?? (tracking === 'irregular' && placed.score > 2 ? RARELY_REVIEWED : null);
		return suggested(measure, placed, { score, gap, assumptions });
	}
};
