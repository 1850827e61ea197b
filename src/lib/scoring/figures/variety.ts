import type { FigureRule, Localized } from '../types';
import { bandOf, suggested, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT, t } from './text';

/**
 * Items 19 and 20 share their bands and differ only in what is counted:
 * jobs of different types, or jobs with different employers.
 */
type Variety = {
	id: string;
	/** The form's words before "… prosentissa tapauksista", and the Swedish before "i … procent av fallen". */
	phrase: { fi: string; sv: string };
	measure: Localized;
	part: Localized;
	help: Localized;
};

const band = (phrase: Variety['phrase'], range: string, svRange: string, en: string): Localized =>
	t(`${phrase.fi} ${range} prosentissa tapauksista`, `${phrase.sv} i ${svRange} procent av fallen`, `${en} of cases`);

function varietyRule(v: Variety): FigureRule {
	const bands: BandTable = {
		steps: [
			{ below: 50, score: 1, band: band(v.phrase, 'alle 50', 'under 50', 'under 50 %') },
			{ below: 60, score: 2, band: band(v.phrase, '50 – 59', '50 – 59', '50–59 %') },
			{ below: 70, score: 3, band: band(v.phrase, '60 – 69', '60 – 69', '60–69 %') },
			{ below: 85, score: 4, band: band(v.phrase, '70 – 84', '70 – 84', '70–84 %') }
		],
		last: { score: 5, band: band(v.phrase, '85 – 100', '85 – 100', '85–100 %') }
	};
	return {
		id: v.id,
		inputs: [
			{ key: 'jobs', kind: 'number', label: t('Työhönvalmennuksen avulla saadut työt', 'Arbeten som klienterna har fått med hjälp av arbetscoachning', 'Jobs obtained with job coaching'), min: 0, step: 1 },
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
	phrase: { fi: 'erilaisia töitä', sv: 'olika slags arbeten' },
	measure: t('Erilaisten töiden osuus', 'Andelen olika slags arbeten', 'Share of jobs of different types'),
	part: t('Joista keskenään erilaisia töitä', 'Av dem sinsemellan olika slags arbeten', 'Of which jobs of different types'),
	help: t('Sama työtehtävä lasketaan vain kerran.', 'Samma arbetsuppgift räknas bara en gång.', 'The same kind of job counts once.')
});

export const employerVariety = varietyRule({
	id: 'employer-variety',
	phrase: { fi: 'työsuhteita eri työnantajien kanssa', sv: 'anställningar hos olika arbetsgivare' },
	measure: t('Eri työnantajien kanssa solmittujen työsuhteiden osuus', 'Andelen anställningar hos olika arbetsgivare', 'Share of jobs with different employers'),
	part: t('Joista eri työnantajien kanssa solmittuja', 'Av dem hos olika arbetsgivare', 'Of which with different employers'),
	help: t('Sama työnantaja lasketaan vain kerran.', 'Samma arbetsgivare räknas bara en gång.', 'The same employer counts once.')
});
