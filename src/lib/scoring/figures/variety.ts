import type { FigureRule, RuleText } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT } from './text';

/**
 * Items 19 and 20 share their bands and differ only in what is counted:
 * jobs of different types, or jobs with different employers.
 */
type Variety = {
	id: string;
	/** The form's words before "… prosentissa tapauksista". */
	phrase: string;
	measure: RuleText;
	part: RuleText;
	help: RuleText;
};

const band = (phrase: string, range: string): string => `${phrase} ${range} prosentissa tapauksista`;

function varietyRule(v: Variety): FigureRule {
	const bands: BandTable = {
		steps: [
			{ below: 50, score: 1, band: band(v.phrase, 'alle 50') },
			{ below: 60, score: 2, band: band(v.phrase, '50 – 59') },
			{ below: 70, score: 3, band: band(v.phrase, '60 – 69') },
			{ below: 85, score: 4, band: band(v.phrase, '70 – 84') }
		],
		last: { score: 5, band: band(v.phrase, '85 – 100') }
	};
	return {
		id: v.id,
		inputs: [
			{ key: 'jobs', kind: 'number', label: 'Työhönvalmennuksen avulla saadut työt', min: 0, step: 1 },
			{ key: 'different', kind: 'number', label: v.part, min: 0, step: 1, help: v.help }
		],
		evaluate(figures) {
			const r = reader(figures);
			const value = countShare(r, 'different', 'jobs');
			const stop = r.stop();
			if (stop) return stop;
			return suggested({ value, label: v.measure, unit: UNIT.percent }, bandOf(bands, value));
		}
	};
}

export const jobVariety = varietyRule({
	id: 'job-variety',
	phrase: 'erilaisia töitä',
	measure: 'Erilaisten töiden osuus',
	part: 'Joista keskenään erilaisia töitä',
	help: 'Sama työtehtävä lasketaan vain kerran.'
});

export const employerVariety = varietyRule({
	id: 'employer-variety',
	phrase: 'työsuhteita eri työnantajien kanssa',
	measure: 'Eri työnantajien kanssa solmittujen työsuhteiden osuus',
	part: 'Joista eri työnantajien kanssa solmittuja',
	help: 'Sama työnantaja lasketaan vain kerran.'
});
