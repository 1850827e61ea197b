import type { FigureRule } from '../types';
import { bandOf, clean, suggested, sum, type BandTable } from './bands';
import { reader } from './read';
import { UNIT } from './text';

/** Item 1. Lower is better: each score is earned by staying at or under its printed maximum. */
const BANDS: BandTable = {
	steps: [
		{ atMost: 20, score: 5, band: 'enintään 20 asiakasta' },
		{ atMost: 25, score: 4, band: '21 – 25 asiakasta' },
		{ atMost: 30, score: 3, band: '26 – 30 asiakasta' },
		{ atMost: 40, score: 2, band: '31 – 40 asiakasta' }
	],
	last: { score: 1, band: '41 asiakasta tai enemmän' }
};

export const caseload: FigureRule = {
	id: 'caseload',
	inputs: [
		{
			key: 'clients',
			kind: 'number',
			label: 'Työhönvalmentajien aktiiviset asiakkaat yhteensä',
			unit: UNIT.clients,
			min: 0,
			step: 1
		},
		{
			key: 'ftes',
			kind: 'list',
			label: 'Kunkin työhönvalmentajan työaika',
			itemLabel: 'Työhönvalmentaja',
			unit: UNIT.fte,
			min: 0,
			max: 1,
			step: 0.05,
			help: 'Kokoaikainen = 1, puolipäiväinen = 0,5.'
		}
	],
	evaluate(figures) {
		const r = reader(figures);
		const clients = r.number('clients', { whole: true });
		const ftes = r.list('ftes', { positive: true, max: 1 });
		const stop = r.stop();
		if (stop) return stop;

		const value = clean(clients / sum(ftes));
		const measure = { value, label: 'Asiakkaita kokoaikaista työhönvalmentajaa kohden', unit: UNIT.clients };
		return suggested(measure, bandOf(BANDS, value));
	}
};
