import type { FigureRule } from '../types';
import { bandOf, clean, suggested, sum, type BandTable } from './bands';
import { reader } from './read';
import { UNIT, t } from './text';

/** Item 1. Lower is better: each score is earned by staying at or under its printed maximum. */
const BANDS: BandTable = {
	steps: [
		{ atMost: 20, score: 5, band: t('enintään 20 asiakasta', 'högst 20 klienter', 'at most 20 clients') },
		{ atMost: 25, score: 4, band: t('21 – 25 asiakasta', '21 – 25 klienter', '21–25 clients') },
		{ atMost: 30, score: 3, band: t('26 – 30 asiakasta', '26 – 30 klienter', '26–30 clients') },
		{ atMost: 40, score: 2, band: t('31 – 40 asiakasta', '31 – 40 klienter', '31–40 clients') }
	],
	last: { score: 1, band: t('41 asiakasta tai enemmän', '41 klienter eller fler', '41 clients or more') }
};

export const caseload: FigureRule = {
	id: 'caseload',
	inputs: [
		{
			key: 'clients',
			kind: 'number',
			label: t('Työhönvalmentajien aktiiviset asiakkaat yhteensä', 'Arbetscoachernas aktiva klienter sammanlagt', "Coaches' active clients in total"),
			unit: UNIT.clients,
			min: 0,
			step: 1
		},
		{
			key: 'ftes',
			kind: 'list',
			label: t('Kunkin työhönvalmentajan työaika', 'Varje arbetscoachs arbetstid', "Each coach's working time"),
			itemLabel: t('Työhönvalmentaja', 'Arbetscoach', 'Coach'),
			unit: UNIT.fte,
			min: 0,
			max: 1,
			step: 0.05,
			help: t('Kokoaikainen = 1, puolipäiväinen = 0,5.', 'Heltid = 1, halvtid = 0,5.', 'Full time = 1, half time = 0.5.')
		}
	],
	evaluate(figures) {
		const r = reader(figures);
		const clients = r.number('clients', { whole: true });
		const ftes = r.list('ftes', { positive: true, max: 1 });
		const stop = r.stop();
		if (stop) return stop;

		const value = clean(clients / sum(ftes));
		const measure = { value, label: t('Asiakkaita kokoaikaista työhönvalmentajaa kohden', 'Klienter per arbetscoach på heltid', 'Clients per full-time coach'), unit: UNIT.clients };
		return suggested(measure, bandOf(BANDS, value));
	}
};
