import type { FigureRule } from '../types';
import { bandOf, suggested, type Band, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT, t } from './text';

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
		band: t(`työllistymisen tuen palvelu, joka toimii erillään ${TEAMS} tiimistä`, 'an employment service separate from the teams')
	},
	'three-or-more': {
		score: 2,
		band: t('kiinnittyneinä kolmeen tai useampaan työkyvyn ja työllistymisen tuen tiimiin', 'attached to three or more teams')
	},
	'not-organised': {
		score: 2,
		band: t(
			'asiakkaita palvelevat yksittäiset työkyvyn ja työllistymisen tuen tiimin ammattilaiset, jotka eivät ole järjestäytyneet tiimeihin',
			'clients are served by individual professionals who are not organised in teams'
		)
	}
};

const SHARE = 'työhönvalmentajien asiakasmäärästä';
const BANDS: BandTable = {
	steps: [
		{ below: 50, score: 2, band: t(`vähemmän kuin 50 % ${SHARE}`, "less than 50 % of the coaches' caseload") },
		{ below: 75, score: 3, band: t(`50 – 74 % ${SHARE}`, "50–74 % of the coaches' caseload") },
		{ below: 90, score: 4, band: t(`75 – 89 % ${SHARE}`, "75–89 % of the coaches' caseload") }
	],
	last: { score: 5, band: t(`90 – 100 % ${SHARE}`, "90–100 % of the coaches' caseload") }
};

export const teamReferrals: FigureRule = {
	id: 'team-referrals',
	inputs: [
		{
			key: 'attachment',
			kind: 'choice',
			label: t('Miten työhönvalmentajat ovat kiinnittyneet tiimeihin?', 'How are the coaches attached to the teams?'),
			options: [
				{ value: 'one-or-two', label: t(`Yhteen tai kahteen ${TEAMS} tiimiin`, 'To one or two teams') },
				{ value: 'three-or-more', label: t('Kolmeen tai useampaan tiimiin', 'To three or more teams') },
				{ value: 'not-organised', label: t('Ammattilaiset eivät ole järjestäytyneet tiimeihin', 'The professionals are not organised in teams') },
				{ value: 'separate', label: t('Erillinen työllistymisen tuen palvelu', 'A separate employment service') }
			]
		},
		{ key: 'caseload', kind: 'number', label: t('Työhönvalmentajien asiakasmäärä', "The coaches' caseload"), unit: UNIT.clients, min: 0, step: 1 },
		{
			key: 'fromTeams',
			kind: 'number',
			label: t('Joista ohjautunut näistä tiimeistä', 'Of whom referred from these teams'),
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

		const measure = { value, label: t('Tiimeistä ohjautuneiden osuus asiakasmäärästä', 'Share of the caseload referred from the teams'), unit: UNIT.percent };
		const placed = attachment === 'one-or-two' ? bandOf(BANDS, value) : BY_ARRANGEMENT[attachment];
		return suggested(measure, placed);
	}
};
