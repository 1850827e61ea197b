import type { FigureRule } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { hoursInput, hoursShare } from './share';
import { UNIT } from './text';

/**
 * Item 24. Anchor 1 prints only "30 %" while anchor 2 starts at 30: we read
 * anchor 1 as "under 30 %", and 30 % itself — claimed by both — earns 2.
 */
const OVERLAP_AT_30 = {
	text: 'Lomakkeen 1 piste on "30 % työajasta" ja 2 pistettä "30 – 39 % työajasta"; tasan 30 % sopii molempiin.',
	decision: 'Annetaan 2 pistettä: 1 piste luetaan "alle 30 %", koska 2 pisteen raja 30 % on painettu.'
};

const BANDS: BandTable = {
	steps: [
		{ below: 30, score: 1, band: '30 % työajasta' },
		{ atMost: 30, score: 2, band: '30 – 39 % työajasta', gap: OVERLAP_AT_30 },
		{ below: 40, score: 2, band: '30 – 39 % työajasta' },
		{ below: 50, score: 3, band: '40 – 49 % työajasta' },
		{ below: 65, score: 4, band: '50 – 64 % työajasta' }
	],
	last: { score: 5, band: 'vähintään 65 % työajasta' }
};

export const communityTime: FigureRule = {
	id: 'community-time',
	inputs: [
		hoursInput(
			'coaches',
			'communityHours',
			'Työpaikan ulkopuolella lähiyhteisössä',
			'Tunnit viikossa työpaikan ulkopuolella lähiyhteisössä, kuten asiakkaiden kotona, kahvilassa, kirjastossa yms.'
		)
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = hoursShare(r, 'coaches', 'communityHours');
		const stop = r.stop();
		if (stop) return stop;

		const measure = { value, label: 'Lähiyhteisössä käytetyn työajan osuus', unit: UNIT.percent };
		return suggested(measure, bandOf(BANDS, value));
	}
};
