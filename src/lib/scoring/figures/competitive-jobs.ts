import type { BandGap, FigureRule } from '../types';
import { bandOf, percent, suggested, type Band, type BandTable } from './bands';
import { reader } from './read';
import { REASON, UNIT } from './text';

/**
 * Item 21. The form leaves two holes: "alle 64" then "65 – 74" (64 % is in
 * neither) and "85 – 94" then "yli 95" (95 % is in neither). Each hole earns
 * the lower score, since the higher one's printed threshold was not reached.
 */
const GAP_64: BandGap = {
	text: 'Lomakkeen 1 piste on "alle 64 %" ja 2 pistettä "65 – 74 %"; 64 % ei kuulu kumpaankaan.',
	decision: 'Annetaan 1 piste: 2 pistettä edellyttää vähintään 65 %.'
};
const GAP_95: BandGap = {
	text: 'Lomakkeen 4 pistettä on "85 – 94 %" ja 5 pistettä "yli 95 %"; tasan 95 % ei kuulu kumpaankaan.',
	decision: 'Annetaan 4 pistettä: 5 pistettä edellyttää yli 95 %.'
};

const CASES = 'prosentissa tapauksista';
const BANDS: BandTable = {
	steps: [
		{ below: 64, score: 1, band: `alle 64 ${CASES}` },
		{ below: 65, score: 1, band: `alle 64 ${CASES}`, gap: GAP_64 },
		{ below: 75, score: 2, band: `65 – 74 ${CASES}` },
		{ below: 85, score: 3, band: `75 – 84 ${CASES}` },
		{ below: 95, score: 4, band: `85 – 94 ${CASES}` },
		{ atMost: 95, score: 4, band: `85 – 94 ${CASES}`, gap: GAP_95 }
	],
	last: { score: 5, band: `yli 95 ${CASES}` }
};

/** The form's other route to 1: too few employed clients to judge. */
const FEW = 10;
const TOO_FEW: Band = {
	score: 1,
	band: 'työhönvalmennuksen avulla työllistyneitä asiakkaita on vähemmän kuin 10'
};

export const competitiveJobs: FigureRule = {
	id: 'competitive-jobs',
	inputs: [
		{ key: 'employed', kind: 'number', label: 'Työhönvalmennuksen avulla työllistyneet asiakkaat', unit: UNIT.clients, min: 0, step: 1 },
		{
			key: 'competitive',
			kind: 'number',
			label: 'Joista avoimille työmarkkinoille sijoittuvassa vakituisessa työssä',
			unit: UNIT.clients,
			min: 0,
			step: 1,
			help: 'Myös kausityö ja vuokratyö henkilöstöfirmojen kautta, joiden kautta työllistyy myös henkilöitä, joilla ei ole alentunut työkyky.'
		}
	],
	evaluate(figures) {
		const r = reader(figures);
		const employed = r.number('employed', { whole: true });
		// NaN (missing or refused) fails this test, so the rule goes on to report every problem.
		if (employed < FEW) {
			return suggested({ value: employed, label: 'Työllistyneet asiakkaat', unit: UNIT.clients }, TOO_FEW);
		}
		const competitive = r.number('competitive', { whole: true });
		if (competitive > employed) r.reject('competitive', REASON.partOverWhole);
		const stop = r.stop();
		if (stop) return stop;
		const value = percent(competitive, employed);
		const measure = { value, label: 'Avoimille työmarkkinoille sijoittuvan vakituisen työn osuus', unit: UNIT.percent };
		return suggested(measure, bandOf(BANDS, value));
	}
};
