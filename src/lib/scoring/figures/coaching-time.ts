import type { FigureRule } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { hoursInput, hoursShare } from './share';
import { UNIT } from './text';

/** Item 2. "90 – 95 %" covers [90, 96): 95.5 % has not reached the printed 96 % of score 5. */
const BANDS: BandTable = {
	steps: [
		{ below: 60, score: 1, band: 'väh. kuin 60 % työajasta' },
		{ below: 75, score: 2, band: '60 – 74 % työajasta' },
		{ below: 90, score: 3, band: '75 – 89 % työajasta' },
		{ below: 96, score: 4, band: '90 – 95 % työajasta' }
	],
	last: { score: 5, band: 'vähintään 96 % työajasta' }
};

export const coachingTime: FigureRule = {
	id: 'coaching-time',
	inputs: [
		hoursInput(
			'coaches',
			'coachingHours',
			'Työhönvalmennusta',
			'Tunnit viikossa kunkin valmentajan kertoman tai työajanseurannan mukaan.'
		)
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = hoursShare(r, 'coaches', 'coachingHours');
		const stop = r.stop();
		if (stop) return stop;

		const measure = { value, label: 'Työhönvalmennuksen osuus työajasta', unit: UNIT.percent };
		return suggested(measure, bandOf(BANDS, value));
	}
};
