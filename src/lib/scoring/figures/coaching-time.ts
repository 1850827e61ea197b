import type { FigureRule } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { hoursInput, hoursShare } from './share';
import { UNIT, t } from './text';

/** Item 2. "90 – 95 %" covers [90, 96): 95.5 % has not reached the printed 96 % of score 5. */
const BANDS: BandTable = {
	steps: [
		{ below: 60, score: 1, band: t('väh. kuin 60 % työajasta', 'mindre än 60 % av arbetstiden', 'less than 60 % of working time') },
		{ below: 75, score: 2, band: t('60 – 74 % työajasta', '60 – 74 % av arbetstiden', '60–74 % of working time') },
		{ below: 90, score: 3, band: t('75 – 89 % työajasta', '75 – 89 % av arbetstiden', '75–89 % of working time') },
		{ below: 96, score: 4, band: t('90 – 95 % työajasta', '90 – 95 % av arbetstiden', '90–95 % of working time') }
	],
	last: { score: 5, band: t('vähintään 96 % työajasta', 'minst 96 % av arbetstiden', 'at least 96 % of working time') }
};

export const coachingTime: FigureRule = {
	id: 'coaching-time',
	inputs: [
		hoursInput(
			'coaches',
			'coachingHours',
			t('Työhönvalmennusta', 'Arbetscoachning', 'Job coaching'),
			t(
				'Tunnit viikossa kunkin valmentajan kertoman tai työajanseurannan mukaan.',
				'Timmar i veckan enligt varje arbetscoachs egen uppgift eller arbetstidsuppföljningen.',
				"Hours a week, from each coach's account or time records."
			)
		)
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = hoursShare(r, 'coaches', 'coachingHours');
		const stop = r.stop();
		if (stop) return stop;

		const measure = { value, label: t('Työhönvalmennuksen osuus työajasta', 'Arbetscoachningens andel av arbetstiden', 'Share of working time spent on job coaching'), unit: UNIT.percent };
		return suggested(measure, bandOf(BANDS, value));
	}
};
