import type { FigureRule } from '../types';
import { bandOf, suggested, type Band, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT } from './text';

/**
 * Item 4. Anchors 1 and part of 2 describe how the coaches are attached, not a
 * percentage; the reviewer picks the arrangement, and only "one or two teams"
 * is scored on the share of the caseload those teams refer.
 */
const TEAMS = 'aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen';

const ATTACHMENT = ['one-or-two', 'three-or-more', 'not-organised', 'separate'] as const;
type Attachment = (typeof ATTACHMENT)[number];

const BY_ARRANGEMENT: Record<Exclude<Attachment, 'one-or-two'>, Band> = {
	separate: {
		score: 1,
		band: `työllistymisen tuen palvelu, joka toimii erillään ${TEAMS} tiimistä`
	},
	'three-or-more': {
		score: 2,
		band: 'kiinnittyneinä kolmeen tai useampaan työkyvyn ja työllistymisen tuen tiimiin'
	},
	'not-organised': {
		score: 2,
		band: 'asiakkaita palvelevat yksittäiset työkyvyn ja työllistymisen tuen tiimin ammattilaiset, jotka eivät ole järjestäytyneet tiimeihin'
	}
};

const SHARE = 'työhönvalmentajien asiakasmäärästä';
const BANDS: BandTable = {
	steps: [
		{ below: 50, score: 2, band: `vähemmän kuin 50 % ${SHARE}` },
		{ below: 75, score: 3, band: `50 – 74 % ${SHARE}` },
		{ below: 90, score: 4, band: `75 – 89 % ${SHARE}` }
	],
	last: { score: 5, band: `90 – 100 % ${SHARE}` }
};

export const teamReferrals: FigureRule = {
	id: 'team-referrals',
	inputs: [
		{
			key: 'attachment',
			kind: 'choice',
			label: 'Miten työhönvalmentajat ovat kiinnittyneet tiimeihin?',
			options: [
				{ value: 'one-or-two', label: `Yhteen tai kahteen ${TEAMS} tiimiin` },
				{ value: 'three-or-more', label: 'Kolmeen tai useampaan tiimiin' },
				{ value: 'not-organised', label: 'Ammattilaiset eivät ole järjestäytyneet tiimeihin' },
				{ value: 'separate', label: 'Erillinen työllistymisen tuen palvelu' }
			]
		},
		{ key: 'caseload', kind: 'number', label: 'Työhönvalmentajien asiakasmäärä', unit: UNIT.clients, min: 0, step: 1 },
		{
			key: 'fromTeams',
			kind: 'number',
			label: 'Joista ohjautunut näistä tiimeistä',
			unit: UNIT.clients,
			min: 0,
			step: 1
		}
	],
	evaluate(figures) {
		const r = reader(figures);
		const attachment = r.choice('attachment', ATTACHMENT);
		const value = countShare(r, 'fromTeams', 'caseload');
		const stop = r.stop();
		if (stop) return stop;

		const measure = { value, label: 'Tiimeistä ohjautuneiden osuus asiakasmäärästä', unit: UNIT.percent };
		const placed = attachment === 'one-or-two' ? bandOf(BANDS, value) : BY_ARRANGEMENT[attachment];
		return suggested(measure, placed);
	}
};
