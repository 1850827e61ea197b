import type { FigureRule, Localized } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT, t } from './text';

/** Item 16. Scores 4 and 5 add conditions the percentage cannot show; the reviewer answers them. */
const BASED = 'työhönvalmentajien yhteydenotoista työnantajiin';
const BASED_SV = 'av arbetscoachernas kontakter med arbetsgivare';
const BANDS: BandTable = {
	steps: [
		{ below: 25, score: 1, band: t(`Vähemmän kuin 25 % ${BASED}`, `mindre än 25 % ${BASED_SV}`, 'less than 25 % of contacts') },
		{ below: 50, score: 2, band: t(`25 – 49 % ${BASED}`, `25 – 49 % ${BASED_SV}`, '25–49 % of contacts') },
		{ below: 75, score: 3, band: t(`50 – 74 % ${BASED}`, `50 – 74 % ${BASED_SV}`, '50–74 % of contacts') },
		{ below: 90, score: 4, band: t(`75 – 89 % ${BASED}`, `75 – 89 % ${BASED_SV}`, '75–89 % of contacts') }
	],
	last: { score: 5, band: t(`90 – 100 % ${BASED}`, `90 – 100 % ${BASED_SV}`, '90–100 % of contacts') }
};

const ALIGNED = t(
	'Yhteydenotot ovat linjassa asiakkaiden ajankohtaisten työnhakusuunnitelmien kanssa.',
	'Kontakterna stämmer överens med klienternas aktuella planer för arbetssökningen.',
	"The contacts are in line with the clients' current job search plans."
);
const LESSONS = t(
	'Yhteydenotot perustuvat myös edellisistä työsuhteista opittuihin asioihin.',
	'Kontakterna bygger också på lärdomar från tidigare anställningar.',
	'The contacts also draw on what was learnt from previous jobs.'
);
const not = (condition: Localized, cap: number): Localized =>
	t(`Ei täyty: ${condition.fi} Enintään ${cap} pistettä.`, `Inte uppfyllt: ${condition.sv} Högst ${cap} poäng.`, `Not met: ${condition.en} At most ${cap}.`);

export const preferenceBasedContacts: FigureRule = {
	id: 'preference-based-contacts',
	inputs: [
		{ key: 'contacts', kind: 'number', label: t('Tarkastellut yhteydenotot työnantajiin', 'Granskade kontakter med arbetsgivare', 'Employer contacts examined'), min: 0, step: 1 },
		{
			key: 'preferenceBased',
			kind: 'number',
			label: t(
				'Joista perustuu asiakkaan mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne.',
				'Av dem grundar sig på klientens intressen och preferenser, styrkor, symtom osv.',
				"Of which based on the client's interests and preferences, strengths, symptoms etc."
			),
			min: 0,
			step: 1
		},
		{ key: 'alignedWithPlans', kind: 'boolean', label: ALIGNED, help: t('Vaaditaan 4 ja 5 pisteeseen.', 'Krävs för 4 och 5 poäng.', 'Required for scores 4 and 5.') },
		{ key: 'lessonsFromPastJobs', kind: 'boolean', label: LESSONS, help: t('Vaaditaan 5 pisteeseen.', 'Krävs för 5 poäng.', 'Required for a score of 5.') }
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = countShare(r, 'preferenceBased', 'contacts');
		const first = r.stop();
		if (first) return first;

		const measure = { value, label: t('Asiakkaan mieltymyksiin perustuvien yhteydenottojen osuus', 'Andelen kontakter som grundar sig på klientens preferenser', 'Share of contacts based on client preferences'), unit: UNIT.percent };
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
