import type { FigureRule } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT } from './text';

/** Item 16. Scores 4 and 5 add conditions the percentage cannot show; the reviewer answers them. */
const BASED = 'työhönvalmentajien yhteydenotoista työnantajiin';
const BANDS: BandTable = {
	steps: [
		{ below: 25, score: 1, band: `Vähemmän kuin 25 % ${BASED}` },
		{ below: 50, score: 2, band: `25 – 49 % ${BASED}` },
		{ below: 75, score: 3, band: `50 – 74 % ${BASED}` },
		{ below: 90, score: 4, band: `75 – 89 % ${BASED}` }
	],
	last: { score: 5, band: `90 – 100 % ${BASED}` }
};

const ALIGNED = 'Yhteydenotot ovat linjassa asiakkaiden ajankohtaisten työnhakusuunnitelmien kanssa.';
const LESSONS = 'Yhteydenotot perustuvat myös edellisistä työsuhteista opittuihin asioihin.';
const not = (condition: string, cap: number): string => `Ei täyty: ${condition} Enintään ${cap} pistettä.`;

export const preferenceBasedContacts: FigureRule = {
	id: 'preference-based-contacts',
	inputs: [
		{ key: 'contacts', kind: 'number', label: 'Tarkastellut yhteydenotot työnantajiin', min: 0, step: 1 },
		{
			key: 'preferenceBased',
			kind: 'number',
			label: 'Joista perustuu asiakkaan mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne.',
			min: 0,
			step: 1
		},
		{ key: 'alignedWithPlans', kind: 'boolean', label: ALIGNED, help: 'Vaaditaan 4 ja 5 pisteeseen.' },
		{ key: 'lessonsFromPastJobs', kind: 'boolean', label: LESSONS, help: 'Vaaditaan 5 pisteeseen.' }
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = countShare(r, 'preferenceBased', 'contacts');
		const first = r.stop();
		if (first) return first;

		const measure = { value, label: 'Asiakkaan mieltymyksiin perustuvien yhteydenottojen osuus', unit: UNIT.percent };
		const placed = bandOf(BANDS, value);
		if (placed.score < 4) return suggested(measure, placed);

		const aligned = r.flag('alignedWithPlans');
		const lessons = placed.score === 5 ? r.flag('lessonsFromPastJobs') : false;
		const stop = r.stop();
		if (stop) return stop;

		if (!aligned) return suggested(measure, placed, { score: 3, assumptions: [not(ALIGNED, 3)] });
		if (placed.score === 4) return suggested(measure, placed, { assumptions: [ALIGNED] });
		return lessons
			? suggested(measure, placed, { assumptions: [ALIGNED, LESSONS] })
			: suggested(measure, placed, { score: 4, assumptions: [ALIGNED, not(LESSONS, 4)] });
	}
};
