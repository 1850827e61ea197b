import type { Score } from '../../instrument/schema';
import type { BandGap, FigureRule, RuleText } from '../types';
import { bandOf, clean, lower, suggested, sum, type BandTable } from './bands';
import { reader } from './read';
import { UNIT } from './text';

/**
 * Item 17. The form's anchors name 2, 4, 5 and 6 contacts a week; a mean in
 * [3, 4) is in no anchor and earns 2, since score 3 needs 4 contacts.
 */
const JUMP_2_TO_4: BandGap = {
	text: 'Lomake hyppää 2 tapaamisesta viikossa (2 pistettä) 4 tapaamiseen (3 pistettä); 3 tapaamista ei kuulu mihinkään pistemäärään.',
	decision: 'Annetaan 2 pistettä: 3 pistettä edellyttää 4 tapaamista.'
};

const BANDS: BandTable = {
	steps: [
		{ below: 2, score: 1, band: 'keskimäärin harvemmin kuin 2 kertaa viikossa' },
		{ below: 3, score: 2, band: 'keskimäärin 2 kertaa viikossa' },
		{ below: 4, score: 2, band: 'keskimäärin 2 kertaa viikossa', gap: JUMP_2_TO_4 },
		{ below: 5, score: 3, band: 'keskimäärin 4 kertaa viikossa' },
		{ below: 6, score: 4, band: 'keskimäärin 5 kertaa viikossa' }
	],
	last: { score: 5, band: 'keskimäärin 6 kertaa viikossa' }
};

/** How often the team leader reviews the tracking forms; it caps the score (anchors 2–5). */
const TRACKING = ['weekly', 'monthly', 'irregular', 'none'] as const;
type Tracking = (typeof TRACKING)[number];

const TRACKING_LABEL: Record<Tracking, RuleText> = {
	weekly: 'Tiiminvetäjä käy seurantalomakkeet läpi viikoittain',
	monthly: 'Tiiminvetäjä käy seurantalomakkeet läpi kuukausittain',
	irregular: 'Seurantalomakkeet ovat käytössä, mutta tiiminvetäjä käy ne läpi harvemmin kuin kuukausittain',
	none: 'Työhönvalmentajilla ei ole seurantamenetelmää'
};
const CAP: Record<Tracking, Score> = { weekly: 5, monthly: 3, irregular: 2, none: 2 };

const RARELY_REVIEWED: BandGap = {
	text: 'Lomake ei kuvaa seurantalomakkeita, joita tiiminvetäjä käy läpi harvemmin kuin kuukausittain.',
	decision: 'Enintään 2 pistettä: 3 pistettä edellyttää kuukausittaista läpikäyntiä.'
};

const SMALL_CASELOAD = 'Valmentaja, jolla on alle 3 työnhakija-asiakasta ja vähintään 2 × työnhakija-asiakkaiden määrä tapaamisia viikossa, lasketaan 6 tapaamiseksi.';
const NO_SEEKERS_LEFT_OUT = 'Valmentajat, joilla ei ole työnhakuvaiheessa olevia asiakkaita, eivät ole mukana keskiarvossa.';
const NO_SEEKERS = 'Kenelläkään valmentajalla ei ole työnhakuvaiheessa olevia asiakkaita, joten keskiarvoa ei voi laskea.';

export const employerContacts: FigureRule = {
	id: 'employer-contacts',
	inputs: [
		{
			key: 'coaches',
			kind: 'rows',
			label: 'Työnantajatapaamiset työhönvalmentajittain',
			itemLabel: 'Työhönvalmentaja',
			columns: [
				{ key: 'contacts', label: 'Kasvokkaiset työnantajatapaamiset', unit: UNIT.perWeek, min: 0, step: 0.5 },
				{ key: 'jobSeekers', label: 'Työnhakija-asiakkaat', unit: UNIT.clients, min: 0, step: 1 }
			],
			help: 'Vain työnhakuvaiheessa olevia asiakkaita koskevat tapaamiset, seurantadokumentin mukaan.'
		},
		{
			key: 'tracking',
			kind: 'choice',
			label: 'Seurantalomakkeiden läpikäynti',
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

		const measure = { value, label: 'Työnantajatapaamisia viikossa valmentajaa kohden (keskiarvo)', unit: UNIT.perWeek };
		const placed = bandOf(BANDS, value);
		const score = lower(placed.score, CAP[tracking]);
		const assumptions: RuleText[] = [];
		if (seeking.some(small)) assumptions.push(SMALL_CASELOAD);
		if (seeking.length < rows.length) assumptions.push(NO_SEEKERS_LEFT_OUT);
		if (score >= 3 || score < placed.score) assumptions.push(TRACKING_LABEL[tracking]);
		const gap = placed.gap ?? (tracking === 'irregular' && placed.score > 2 ? RARELY_REVIEWED : null);
		return suggested(measure, placed, { score, gap, assumptions });
	}
};
