import type { FigureRule, Localized } from '../types';
import { bandOf, suggested, type Band, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT, t } from './text';

/**
 * Item 23. Only anchors 2 and 3 are figures (the share still met face to face
 * four months after starting work). Anchor 1 is a yes/no fact and anchors 4–5
 * describe a rhythm of meetings that no count captures, so the reviewer states
 * which rhythm the records show. The anchors build on each other: 4 and 5 are
 * reachable only when at least half are still met at four months.
 */
const STARTED = 'työn aloittaneista asiakkaista vähintään neljä kuukautta työn aloittamisen jälkeen';
const STARTED_SV = 'av de klienter som har börjat arbeta, minst fyra månader efter att arbetet började';
const BANDS: BandTable = {
	steps: [{ below: 50, score: 2, band: t(`tapaavat vähemmän kuin puolta ${STARTED}`, `träffar färre än hälften ${STARTED_SV}`, 'meet fewer than half of those who started work, four months on') }],
	last: { score: 3, band: t(`tapaavat vähintään puolta ${STARTED}`, `träffar minst hälften ${STARTED_SV}`, 'meet at least half of those who started work, four months on') }
};
const NOT_AFTER_FIRST_MONTH: Band = {
	score: 1,
	band: t(
		'eivät tapaa asiakkaita kasvokkain ensimmäisen kuukauden jälkeen työn aloittamisesta',
		'träffar inte klienterna ansikte mot ansikte efter den första månaden i arbetet',
		'do not meet clients face to face after their first month at work'
	)
};

const RHYTHM = ['neither', 'anchor-4', 'anchor-5'] as const;
const ANCHOR_4 = t(
	'Kasvokkain viikoittain ensimmäisen kuukauden aikana työn aloittamisesta sekä keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana tai pidempäänkin.',
	'Ansikte mot ansikte varje vecka under den första månaden efter att arbetet har börjat och i genomsnitt minst en gång i månaden under det första året eller längre.',
	'Face to face weekly in the first month at work and on average at least monthly for the first year or longer.'
);
const ANCHOR_5 = t(
	'Edellisen lisäksi tapaaminen yhden viikon sisällä ennen työn alkua ja kolmen päivän sisällä sen alkamisesta, tuen asteittainen vähentäminen ja yhteydenotto kolmen työpäivän sisällä työsuhteen päättymisestä.',
	'Utöver det ovanstående en träff inom en vecka före arbetets början och inom tre dagar efter att det har börjat, gradvis minskat stöd samt kontakt inom tre arbetsdagar efter att anställningen har upphört.',
	'As above, and also a meeting within a week before and three days after the job starts, support tapered gradually, and contact within three working days of a job ending.'
);
const JUDGED: Localized = t(
	'Pisteet 4–5 perustuvat arvioijan laadulliseen arvioon tapaamisten rytmistä; luvuista niitä ei voi laskea.',
	'Poängen 4–5 grundar sig på bedömarens kvalitativa bedömning av hur ofta klienterna träffas; siffrorna kan inte visa dem.',
	"Scores 4–5 rest on the reviewer's qualitative reading of the meeting rhythm; figures cannot show them."
);

export const followAlongDuration: FigureRule = {
	id: 'follow-along-duration',
	inputs: [
		{
			key: 'started',
			kind: 'number',
			label: t(
				'Työn aloittaneet asiakkaat, joiden työn alusta on vähintään neljä kuukautta',
				'Klienter som började arbeta för minst fyra månader sedan',
				'Clients who started work at least four months ago'
			),
			unit: UNIT.clients,
			min: 0,
			step: 1
		},
		{
			key: 'metAtFourMonths',
			kind: 'number',
			label: t(
				'Joita tavataan kasvokkain vielä neljä kuukautta työn aloittamisen jälkeen',
				'Av dem träffas fortfarande ansikte mot ansikte fyra månader efter att arbetet började',
				'Of whom still met face to face four months after starting'
			),
			unit: UNIT.clients,
			min: 0,
			step: 1
		},
		{
			key: 'metAfterFirstMonth',
			kind: 'boolean',
			label: t(
				'Tapaavatko työhönvalmentajat asiakkaita kasvokkain ensimmäisen työkuukauden jälkeen?',
				'Träffar arbetscoacherna klienterna ansikte mot ansikte efter den första månaden i arbetet?',
				'Do the coaches meet clients face to face after their first month at work?'
			),
			help: t(
				'Kysytään vain, jos neljän kuukauden kohdalla ei tavata ketään.',
				'Frågas bara om ingen träffas efter fyra månader.',
				'Asked only when nobody is met at four months.'
			)
		},
		{
			key: 'rhythm',
			kind: 'choice',
			label: t(
				'Mitä asiakastiedot kertovat tapaamisten rytmistä?',
				'Vad visar klientjournalerna om hur ofta klienterna träffas?',
				'What do the records show about the rhythm of meetings?'
			),
			options: [
				{ value: 'neither', label: t('Ei kumpaakaan alla olevista', 'Ingetdera av alternativen nedan', 'Neither of the below') },
				{ value: 'anchor-4', label: ANCHOR_4 },
				{ value: 'anchor-5', label: ANCHOR_5 }
			],
			help: t(
				'Kysytään vain, jos vähintään puolta tavataan neljän kuukauden kohdalla.',
				'Frågas bara om minst hälften träffas efter fyra månader.',
				'Asked only when at least half are met at four months.'
			)
		}
	],
	asks(key, figures) {
		if (key !== 'metAfterFirstMonth' && key !== 'rhythm') return true;
		// Until the share at four months is known, neither follow-up can be said to apply.
		const r = reader(figures);
		const value = countShare(r, 'metAtFourMonths', 'started');
		if (r.stop()) return false;
		return key === 'metAfterFirstMonth' ? value === 0 : bandOf(BANDS, value).score >= 3;
	},
	evaluate(figures) {
		const r = reader(figures);
		const value = countShare(r, 'metAtFourMonths', 'started');
		const first = r.stop();
		if (first) return first;

		const measure = { value, label: t('Neljän kuukauden kohdalla kasvokkain tavattujen osuus', 'Andelen som träffas ansikte mot ansikte efter fyra månader', 'Share still met face to face at four months'), unit: UNIT.percent };
		const placed = bandOf(BANDS, value);
		if (value === 0) {
			const metLater = r.flag('metAfterFirstMonth');
			const stop = r.stop();
			if (stop) return stop;
			return suggested(measure, metLater ? placed : NOT_AFTER_FIRST_MONTH);
		}
		if (placed.score < 3) return suggested(measure, placed);

		const rhythm = r.choice('rhythm', RHYTHM);
		const stop = r.stop();
		if (stop) return stop;
		if (rhythm === 'anchor-5') return suggested(measure, placed, { score: 5, assumptions: [ANCHOR_4, ANCHOR_5, JUDGED] });
		if (rhythm === 'anchor-4') return suggested(measure, placed, { score: 4, assumptions: [ANCHOR_4, JUDGED] });
		return suggested(measure, placed);
	}
};
