import type { FigureRule } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { hoursInput, hoursShare } from './share';
import { UNIT, t } from './text';

/**
 * Item 24. Anchor 1 prints only "30 %" while anchor 2 starts at 30: we read
 * anchor 1 as "under 30 %", and 30 % itself — claimed by both — earns 2.
 */
const OVERLAP_AT_30 = {
	text: t(
		'Lomakkeen 1 piste on "30 % työajasta" ja 2 pistettä "30 – 39 % työajasta"; tasan 30 % sopii molempiin.',
		'Blanketten ger 1 poäng för "30 % av arbetstiden" och 2 poäng för "30 – 39 % av arbetstiden"; exakt 30 % passar in på båda.',
		'The form gives 1 for "30 % of working time" and 2 for "30–39 %"; exactly 30 % fits both.'
	),
	decision: t(
		'Annetaan 2 pistettä: 1 piste luetaan "alle 30 %", koska 2 pisteen raja 30 % on painettu.',
		'2 poäng ges: 1 poäng läses som "under 30 %", eftersom den tryckta gränsen för 2 poäng är 30 %.',
		'Scored 2: score 1 is read as "under 30 %", because the printed threshold of score 2 is 30 %.'
	)
};

const BANDS: BandTable = {
	steps: [
		{ below: 30, score: 1, band: t('30 % työajasta', '30 % av arbetstiden', '30 % of working time') },
		{ atMost: 30, score: 2, band: t('30 – 39 % työajasta', '30 – 39 % av arbetstiden', '30–39 % of working time'), gap: OVERLAP_AT_30 },
		{ below: 40, score: 2, band: t('30 – 39 % työajasta', '30 – 39 % av arbetstiden', '30–39 % of working time') },
		{ below: 50, score: 3, band: t('40 – 49 % työajasta', '40 – 49 % av arbetstiden', '40–49 % of working time') },
		{ below: 65, score: 4, band: t('50 – 64 % työajasta', '50 – 64 % av arbetstiden', '50–64 % of working time') }
	],
	last: { score: 5, band: t('vähintään 65 % työajasta', 'minst 65 % av arbetstiden', 'at least 65 % of working time') }
};

export const communityTime: FigureRule = {
	id: 'community-time',
	inputs: [
		hoursInput(
			'coaches',
			'communityHours',
			t('Työpaikan ulkopuolella lähiyhteisössä', 'Utanför arbetsplatsen i närsamhället', 'Out in the community'),
			t(
				'Tunnit viikossa työpaikan ulkopuolella lähiyhteisössä, kuten asiakkaiden kotona, kahvilassa, kirjastossa yms.',
				'Timmar i veckan utanför arbetsplatsen i närsamhället, till exempel i klienternas hem, på kaféer och bibliotek.',
				"Hours a week away from the office, in the community: clients' homes, cafés, libraries and so on."
			)
		)
	],
	evaluate(figures) {
		const r = reader(figures);
		const value = hoursShare(r, 'coaches', 'communityHours');
		const stop = r.stop();
		if (stop) return stop;

		const measure = { value, label: t('Lähiyhteisössä käytetyn työajan osuus', 'Andelen av arbetstiden i närsamhället', 'Share of working time spent in the community'), unit: UNIT.percent };
		return suggested(measure, bandOf(BANDS, value));
	}
};
