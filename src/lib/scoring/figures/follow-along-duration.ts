import type { FigureRule, RuleText } from '../types';
import { bandOf, suggested, type Band, type BandTable } from './bands';
import { reader } from './read';
import { countShare } from './share';
import { UNIT } from './text';

/**
 * Item 23. Only anchors 2 and 3 are figures (the share still met face to face
 * four months after starting work). Anchor 1 is a yes/no fact and anchors 4–5
 * describe a rhythm of meetings that no count captures, so the reviewer states
 * which rhythm the records show. The anchors build on each other: 4 and 5 are
 * reachable only when at least half are still met at four months.
 */
const STARTED = 'työn aloittaneista asiakkaista vähintään neljä kuukautta työn aloittamisen jälkeen';
const BANDS: BandTable = {
	steps: [{ below: 50, score: 2, band: `tapaavat vähemmän kuin puolta ${STARTED}` }],
	last: { score: 3, band: `tapaavat vähintään puolta ${STARTED}` }
};
const NOT_AFTER_FIRST_MONTH: Band = {
	score: 1,
	band: 'eivät tapaa asiakkaita kasvokkain ensimmäisen kuukauden jälkeen työn aloittamisesta'
};

const RHYTHM = ['neither', 'anchor-4', 'anchor-5'] as const;
const ANCHOR_4 = 'Kasvokkain viikoittain ensimmäisen kuukauden aikana työn aloittamisesta sekä keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana tai pidempäänkin.';
const ANCHOR_5 = 'Edellisen lisäksi tapaaminen yhden viikon sisällä ennen työn alkua ja kolmen päivän sisällä sen alkamisesta, tuen asteittainen vähentäminen ja yhteydenotto kolmen työpäivän sisällä työsuhteen päättymisestä.';
const JUDGED: RuleText = 'Pisteet 4–5 perustuvat arvioijan laadulliseen arvioon tapaamisten rytmistä; luvuista niitä ei voi laskea.';

export const followAlongDuration: FigureRule = {
	id: 'follow-along-duration',
	inputs: [
		{
			key: 'started',
			kind: 'number',
			label: 'Työn aloittaneet asiakkaat, joiden työn alusta on vähintään neljä kuukautta',
			unit: UNIT.clients,
			min: 0,
			step: 1
		},
		{
			key: 'metAtFourMonths',
			kind: 'number',
			label: 'Joita tavataan kasvokkain vielä neljä kuukautta työn aloittamisen jälkeen',
			unit: UNIT.clients,
			min: 0,
			step: 1
		},
		{
			key: 'metAfterFirstMonth',
			kind: 'boolean',
			label: 'Tapaavatko työhönvalmentajat asiakkaita kasvokkain ensimmäisen työkuukauden jälkeen?',
			help: 'Kysytään vain, jos neljän kuukauden kohdalla ei tavata ketään.'
		},
		{
			key: 'rhythm',
			kind: 'choice',
			label: 'Mitä asiakastiedot kertovat tapaamisten rytmistä?',
			options: [
				{ value: 'neither', label: 'Ei kumpaakaan alla olevista' },
				{ value: 'anchor-4', label: ANCHOR_4 },
				{ value: 'anchor-5', label: ANCHOR_5 }
			],
			help: 'Kysytään vain, jos vähintään puolta tavataan neljän kuukauden kohdalla.'
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

		const measure = { value, label: 'Neljän kuukauden kohdalla kasvokkain tavattujen osuus', unit: UNIT.percent };
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
