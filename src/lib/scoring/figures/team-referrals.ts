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
const TEAMS_SV = 'socialt arbete för vuxna/funktionshinderservice/mentalvårds- och missbrukartjänster/stöd för arbetsförmåga och sysselsättning';

const ATTACHMENT = ['one-or-two', 'three-or-more', 'not-organised', 'separate'] as const;
type Attachment = (typeof ATTACHMENT)[number];

const BY_ARRANGEMENT: Record<Exclude<Attachment, 'one-or-two'>, Band> = {
	separate: {
		score: 1,
		band: t(
			`työllistymisen tuen palvelu, joka toimii erillään ${TEAMS} tiimistä`,
			`en tjänst för sysselsättningsstöd som verkar åtskild från teamen inom ${TEAMS_SV}`,
			'an employment service separate from the teams'
		)
	},
	'three-or-more': {
		score: 2,
		band: t(
			'kiinnittyneinä kolmeen tai useampaan työkyvyn ja työllistymisen tuen tiimiin',
			'knutna till tre eller fler team inom stöd för arbetsförmåga och sysselsättning',
			'attached to three or more teams'
		)
	},
	'not-organised': {
		score: 2,
		band: t(
			'asiakkaita palvelevat yksittäiset työkyvyn ja työllistymisen tuen tiimin ammattilaiset, jotka eivät ole järjestäytyneet tiimeihin',
			'klienterna betjänas av enskilda yrkespersoner inom stöd för arbetsförmåga och sysselsättning som inte är organiserade i team',
			'clients are served by individual professionals who are not organised in teams'
		)
	}
};

const SHARE = 'työhönvalmentajien asiakasmäärästä';
const SHARE_SV = 'av arbetscoachernas klientantal';
const BANDS: BandTable = {
	steps: [
		{ below: 50, score: 2, band: t(`vähemmän kuin 50 % ${SHARE}`, `mindre än 50 % ${SHARE_SV}`, "less than 50 % of the coaches' caseload") },
		{ below: 75, score: 3, band: t(`50 – 74 % ${SHARE}`, `50 – 74 % ${SHARE_SV}`, "50–74 % of the coaches' caseload") },
		{ below: 90, score: 4, band: t(`75 – 89 % ${SHARE}`, `75 – 89 % ${SHARE_SV}`, "75–89 % of the coaches' caseload") }
	],
	last: { score: 5, band: t(`90 – 100 % ${SHARE}`, `90 – 100 % ${SHARE_SV}`, "90–100 % of the coaches' caseload") }
};

export const teamReferrals: FigureRule = {
	id: 'team-referrals',
	inputs: [
		{
			key: 'attachment',
			kind: 'choice',
			label: t(
				'Miten työhönvalmentajat ovat kiinnittyneet tiimeihin?',
				'Hur är arbetscoacherna knutna till teamen?',
				'How are the coaches attached to the teams?'
			),
			options: [
				{ value: 'one-or-two', label: t(`Yhteen tai kahteen ${TEAMS} tiimiin`, `Till ett eller två team inom ${TEAMS_SV}`, 'To one or two teams') },
				{ value: 'three-or-more', label: t('Kolmeen tai useampaan tiimiin', 'Till tre eller fler team', 'To three or more teams') },
				{ value: 'not-organised', label: t('Ammattilaiset eivät ole järjestäytyneet tiimeihin', 'Yrkespersonerna är inte organiserade i team', 'The professionals are not organised in teams') },
				{ value: 'separate', label: t('Erillinen työllistymisen tuen palvelu', 'En separat tjänst för sysselsättningsstöd', 'A separate employment service') }
			]
		},
		{ key: 'caseload', kind: 'number', label: t('Työhönvalmentajien asiakasmäärä', 'Arbetscoachernas klientantal', "The coaches' caseload"), unit: UNIT.clients, min: 0, step: 1 },
		{
			key: 'fromTeams',
			kind: 'number',
			label: t('Joista ohjautunut näistä tiimeistä', 'Av dem hänvisade från dessa team', 'Of whom referred from these teams'),
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

		const measure = { value, label: t('Tiimeistä ohjautuneiden osuus asiakasmäärästä', 'Andelen av klientantalet som hänvisats från teamen', 'Share of the caseload referred from the teams'), unit: UNIT.percent };
		const placed = attachment === 'one-or-two' ? bandOf(BANDS, value) : BY_ARRANGEMENT[attachment];
		return suggested(measure, placed);
	}
};
