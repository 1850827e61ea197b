import type { FigureRule, Localized } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT, t } from './text';

/** Item 16. Scores 4 and 5 add conditions the percentage cannot show; the reviewer answers them. */
const BASED = 'työhönvalmentajien yhteydenotoista työnantajiin';
const BANDS: BandTable = {
	steps: [
		{ below: 25, score: 1, band: t(`Vähemmän kuin 25 % ${BASED}`, 'less than 25 % of contacts') },
		{ below: 50, score: 2, band: t(`25 – 49 % ${BASED}`, '25–49 % of contacts') },
		{ below: 75, score: 3, band: t(`50 – 74 % ${BASED}`, '50–74 % of contacts') },
		{ below: 90, score: 4, band: t(`75 – 89 % ${BASED}`, '75–89 % of contacts') }
	],
	last: { score: 5, band: t(`90 – 100 % ${BASED}`, '90–100 % of contacts') }
};

const ALIGNED = t(
	'Yhteydenotot ovat linjassa asiakkaiden ajankohtaisten työnhakusuunnitelmien kanssa.',
	"The contacts are in line with the clients' current job search plans."
);
const LESSONS = t(
	'Yhteydenotot perustuvat myös edellisistä työsuhteista opittuihin asioihin.',
	'The contacts also draw on what was learnt from previous jobs.'
);
const not = (condition: Localized, cap: number): Localized =>
	t(`Ei täyty: ${condition.fi} Enintään ${cap} pistettä.`, `Not met: ${condition.en} At most ${cap}.`);

export const preferenceBasedContacts: FigureRule = {
	id: 'preference-based-contacts',
	inputs: [
		{ key: 'contacts', kind: 'number', label: t('Tarkastellut yhteydenotot työnantajiin', 'Employer contacts examined'), min: 0, step: 1 },
		{
			key: 'preferenceBased',
			kind: 'number',
			label: t(
				'Joista perustuu asiakkaan mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne.',
				"Of which based on the client's interests and preferences, strengths, symptoms etc."
			),
			min: 0,
			step: 1
		},
		{ key: 'alignedWithPlans', kind: 'boolean', label: ALIGNED, help: t('Vaaditaan 4 ja 5 pisteeseen.', 'Required for scores 4 and 5.') },
		{ key: 'lessonsFromPastJobs', kind: 'boolean', label: LESSONS, help: t('Vaaditaan 5 pisteeseen.', 'Required for a score of 5.') }
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = countShare(r, 'preferenceBased', 'contacts');
		const first = r.stop();
		if (first) return first;

		const measure = { value, label: t('Asiakkaan mieltymyksiin perustuvien yhteydenottojen osuus', 'Share of contacts based on client preferences'), unit: UNIT.percent };
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
