import type { BandGap, FigureRule } from '../types';
import { bandOf, percent, suggested, type Band, type BandTable } from './bands';
import { reader } from './read';
import { REASON, UNIT, t } from './text';

/**
 * Item 21. The form leaves two holes: "alle 64" then "65 – 74" (64 % is in
 * neither) and "85 – 94" then "yli 95" (95 % is in neither). Each hole earns
 * the lower score, since the higher one's printed threshold was not reached.
 */
const GAP_64: BandGap = {
	text: t(
		'Lomakkeen 1 piste on "alle 64 %" ja 2 pistettä "65 – 74 %"; 64 % ei kuulu kumpaankaan.',
		'Blanketten ger 1 poäng för "under 64 %" och 2 poäng för "65 – 74 %"; 64 % hör till ingetdera.',
		'The form gives 1 for "under 64 %" and 2 for "65–74 %"; 64 % is in neither.'
	),
	decision: t('Annetaan 1 piste: 2 pistettä edellyttää vähintään 65 %.', '1 poäng ges: 2 poäng kräver minst 65 %.', 'Scored 1: score 2 needs at least 65 %.')
};
const GAP_95: BandGap = {
	text: t(
		'Lomakkeen 4 pistettä on "85 – 94 %" ja 5 pistettä "yli 95 %"; tasan 95 % ei kuulu kumpaankaan.',
		'Blanketten ger 4 poäng för "85 – 94 %" och 5 poäng för "över 95 %"; exakt 95 % hör till ingetdera.',
		'The form gives 4 for "85–94 %" and 5 for "over 95 %"; exactly 95 % is in neither.'
	),
	decision: t('Annetaan 4 pistettä: 5 pistettä edellyttää yli 95 %.', '4 poäng ges: 5 poäng kräver över 95 %.', 'Scored 4: score 5 needs over 95 %.')
};

const CASES = 'prosentissa tapauksista';
const CASES_SV = 'procent av fallen';
const BANDS: BandTable = {
	steps: [
		{ below: 64, score: 1, band: t(`alle 64 ${CASES}`, `under 64 ${CASES_SV}`, 'under 64 % of cases') },
		{ below: 65, score: 1, band: t(`alle 64 ${CASES}`, `under 64 ${CASES_SV}`, 'under 64 % of cases'), gap: GAP_64 },
		{ below: 75, score: 2, band: t(`65 – 74 ${CASES}`, `65 – 74 ${CASES_SV}`, '65–74 % of cases') },
		{ below: 85, score: 3, band: t(`75 – 84 ${CASES}`, `75 – 84 ${CASES_SV}`, '75–84 % of cases') },
		{ below: 95, score: 4, band: t(`85 – 94 ${CASES}`, `85 – 94 ${CASES_SV}`, '85–94 % of cases') },
		{ atMost: 95, score: 4, band: t(`85 – 94 ${CASES}`, `85 – 94 ${CASES_SV}`, '85–94 % of cases'), gap: GAP_95 }
	],
	last: { score: 5, band: t(`yli 95 ${CASES}`, `över 95 ${CASES_SV}`, 'over 95 % of cases') }
};

/** The form's other route to 1: too few employed clients to judge. */
const FEW = 10;
const TOO_FEW: Band = {
	score: 1,
	band: t(
		'työhönvalmennuksen avulla työllistyneitä asiakkaita on vähemmän kuin 10',
		'färre än 10 klienter har fått arbete med hjälp av arbetscoachning',
		'fewer than 10 clients employed with job coaching'
	)
};

export const competitiveJobs: FigureRule = {
	id: 'competitive-jobs',
	inputs: [
		{ key: 'employed', kind: 'number', label: t('Työhönvalmennuksen avulla työllistyneet asiakkaat', 'Klienter som har fått arbete med hjälp av arbetscoachning', 'Clients employed with job coaching'), unit: UNIT.clients, min: 0, step: 1 },
		{
			key: 'competitive',
			kind: 'number',
			label: t(
				'Joista avoimille työmarkkinoille sijoittuvassa vakituisessa työssä',
				'Av dem i fast anställning på den öppna arbetsmarknaden',
				'Of whom in permanent competitive jobs'
			),
			unit: UNIT.clients,
			min: 0,
			step: 1,
			help: t(
				'Myös kausityö ja vuokratyö henkilöstöfirmojen kautta, joiden kautta työllistyy myös henkilöitä, joilla ei ole alentunut työkyky.',
				'Även säsongsarbete och arbete via bemanningsföretag räknas, om företagen också förmedlar arbete till personer utan nedsatt arbetsförmåga.',
				'Seasonal work and agency work count too, through agencies that also place people without reduced work ability.'
			)
		}
	],
	evaluate(figures) {
		const r = reader(figures);
		const employed = r.number('employed', { whole: true });
		// NaN (missing or refused) fails this test, so the rule goes on to report every problem.
		if (employed < FEW) {
			return suggested({ value: employed, label: t('Työllistyneet asiakkaat', 'Klienter som har fått arbete', 'Clients employed'), unit: UNIT.clients }, TOO_FEW);
		}
		const competitive = r.number('competitive', { whole: true });
		if (competitive > employed) r.reject('competitive', REASON.partOverWhole);
		const stop = r.stop();
		if (stop) return stop;
		const value = percent(competitive, employed);
		const measure = { value, label: t('Avoimille työmarkkinoille sijoittuvan vakituisen työn osuus', 'Andelen i fast anställning på den öppna arbetsmarknaden', 'Share in permanent competitive jobs'), unit: UNIT.percent };
		return suggested(measure, bandOf(BANDS, value));
	}
};
