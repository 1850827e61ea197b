import type { FigureRule } from '../types';
import { bandOf, clean, suggested, sum, type BandTable } from './bands';
import { reader } from './read';
import { UNIT } from './text';

/** Item 15. Lower is better; a mean of 30.5 days has left "30 päivän sisällä" behind. */
const BANDS: BandTable = {
	steps: [
		{ atMost: 30, score: 5, band: 'keskimäärin 30 päivän sisällä (1 kk)' },
		{ atMost: 60, score: 4, band: 'keskimäärin 31 – 60 päivän kuluttua (1 – 2 kk)' },
		{ atMost: 150, score: 3, band: 'keskimäärin 61 – 150 päivän kuluttua (2 – 5 kk)' },
		{ atMost: 270, score: 2, band: 'keskimäärin 151 – 270 päivän kuluttua (5 – 9 kk)' }
	],
	last: {
		score: 1,
		band: 'keskimäärin 271 päivän tai sitä pidemmän ajan kuluttua (> 9 kk)'
	}
};

const TRACKED = 'Palvelussa tehdään seuranta yhteydenotoista työnantajiin.';

export const firstEmployerContact: FigureRule = {
	id: 'first-employer-contact',
	inputs: [
		{
			key: 'days',
			kind: 'list',
			label: 'Päivät palveluun tulosta ensimmäiseen kasvokkaiseen tapaamiseen työnantajan kanssa',
			itemLabel: 'Tarkistettu asiakastieto',
			unit: UNIT.days,
			min: 0,
			step: 1,
			help: 'Yksi rivi kutakin tarkistettua asiakastietoa kohden; tapaaminen joko asiakkaan tai työhönvalmentajan toimesta. Jos tapaamista ei vielä ole ollut, merkitse tähänastiset päivät.'
		},
		{ key: 'contactsTracked', kind: 'boolean', label: TRACKED, help: 'Vaaditaan 5 pisteeseen.' }
	],
	evaluate(figures) {
		const r = reader(figures);
		const days = r.list('days');
		const first = r.stop();
		if (first) return first;

		const value = clean(sum(days) / days.length);
		const measure = { value, label: 'Keskimääräinen aika ensimmäiseen työnantajatapaamiseen', unit: UNIT.days };
		const placed = bandOf(BANDS, value);
		if (placed.score < 5) return suggested(measure, placed);

		// Score 5 also asks that contacts with employers are tracked; without it the best fit is 4.
		const tracked = r.flag('contactsTracked');
		const stop = r.stop();
		if (stop) return stop;
		return tracked
			? suggested(measure, placed, { assumptions: [TRACKED] })
			: suggested(measure, placed, {
					score: 4,
					assumptions: ['Yhteydenotoista työnantajiin ei tehdä seurantaa: enintään 4 pistettä.']
				});
	}
};
