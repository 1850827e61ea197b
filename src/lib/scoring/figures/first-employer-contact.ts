import type { FigureRule } from '../types';
import { bandOf, clean, suggested, sum, type BandTable } from './bands';
import { reader } from './read';
import { UNIT, t } from './text';

/** Item 15. Lower is better; a mean of 30.5 days has left "30 päivän sisällä" behind. */
const BANDS: BandTable = {
	steps: [
		{ atMost: 30, score: 5, band: t('keskimäärin 30 päivän sisällä (1 kk)', 'i genomsnitt inom 30 dagar (1 mån.)', 'on average within 30 days (1 month)') },
		{ atMost: 60, score: 4, band: t('keskimäärin 31 – 60 päivän kuluttua (1 – 2 kk)', 'i genomsnitt efter 31 – 60 dagar (1 – 2 mån.)', 'on average after 31–60 days (1–2 months)') },
		{ atMost: 150, score: 3, band: t('keskimäärin 61 – 150 päivän kuluttua (2 – 5 kk)', 'i genomsnitt efter 61 – 150 dagar (2 – 5 mån.)', 'on average after 61–150 days (2–5 months)') },
		{ atMost: 270, score: 2, band: t('keskimäärin 151 – 270 päivän kuluttua (5 – 9 kk)', 'i genomsnitt efter 151 – 270 dagar (5 – 9 mån.)', 'on average after 151–270 days (5–9 months)') }
	],
	last: {
		score: 1,
		band: t(
			'keskimäärin 271 päivän tai sitä pidemmän ajan kuluttua (> 9 kk)',
			'i genomsnitt efter 271 dagar eller mer (> 9 mån.)',
			'on average after 271 days or more (> 9 months)'
		)
	}
};

const TRACKED = t('Palvelussa tehdään seuranta yhteydenotoista työnantajiin.', 'Tjänsten följer upp sina kontakter med arbetsgivare.', 'The service tracks its contacts with employers.');

export const firstEmployerContact: FigureRule = {
	id: 'first-employer-contact',
	inputs: [
		{
			key: 'days',
			kind: 'list',
			label: t(
				'Päivät palveluun tulosta ensimmäiseen kasvokkaiseen tapaamiseen työnantajan kanssa',
				'Dagar från att klienten kom till tjänsten till den första arbetsgivarkontakten ansikte mot ansikte',
				'Days from entering the service to the first face-to-face meeting with an employer'
			),
			itemLabel: t('Tarkistettu asiakastieto', 'Granskad klientjournal', 'Client record checked'),
			unit: UNIT.days,
			min: 0,
			step: 1,
			help: t(
				'Yksi rivi kutakin tarkistettua asiakastietoa kohden; tapaaminen joko asiakkaan tai työhönvalmentajan toimesta. Jos tapaamista ei vielä ole ollut, merkitse tähänastiset päivät.',
				'En rad per granskad klientjournal; kontakten kan tas av klienten eller arbetscoachen. Om ingen kontakt har tagits ännu, ange antalet dagar hittills.',
				'One row per client record checked; the meeting may be by the client or the coach. If there has been no meeting yet, enter the days so far.'
			)
		},
		{ key: 'contactsTracked', kind: 'boolean', label: TRACKED, help: t('Vaaditaan 5 pisteeseen.', 'Krävs för 5 poäng.', 'Required for a score of 5.') }
	],
	evaluate(figures) {
		const r = reader(figures);
		const days = r.list('days');
		const first = r.stop();
		if (first) return first;

		const value = clean(sum(days) / days.length);
		const measure = { value, label: t('Keskimääräinen aika ensimmäiseen työnantajatapaamiseen', 'Genomsnittlig tid till den första arbetsgivarkontakten', 'Mean time to the first employer meeting'), unit: UNIT.days };
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
					assumptions: [t('Yhteydenotoista työnantajiin ei tehdä seurantaa: enintään 4 pistettä.', 'Kontakterna med arbetsgivare följs inte upp: högst 4 poäng.', 'Employer contacts are not tracked: at most 4.')]
				});
	}
};
