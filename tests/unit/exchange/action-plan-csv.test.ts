import { describe, expect, it } from 'vitest';
import { actionPlanCsv, actionPlanFileName, type ActionPlanCsvLabels } from '../../../src/lib/exchange/action-plan-csv';
import { BOM } from '../../../src/lib/exchange/csv';
import { getEdition } from '../../../src/lib/instrument/index';
import { buildFreshReview } from '../../fixtures/review-builder';

const labels: ActionPlanCsvLabels = {
	id: 'id',
	revision: 'rev',
	service: 'palvelu',
	startDate: 'alku',
	priority: 'kiire',
	item: 'nro',
	criterion: 'kriteeri',
	action: 'toimenpide',
	targetDate: 'tavoite',
	priorities: { high: 'Korkea', medium: 'Keskitaso', low: 'Matala' }
};

describe('actionPlanCsv', () => {
	it('writes one row per action, each plan in priority order, with the criterion title and a formula guard', () => {
		const a = buildFreshReview({
			actionPlan: [
				{ id: 'x', item: 2, text: 'Rajatkaa muut tehtävät; kiireesti', priority: 'low', targetDate: null },
				{ id: 'y', item: 9, text: '=HYPERLINK("x")', priority: 'high', targetDate: '2026-06-30' }
			]
		});
		const b = buildFreshReview();
		const csv = actionPlanCsv([a, b], getEdition, labels);
		expect(csv.startsWith(BOM)).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe('id;rev;palvelu;alku;kiire;nro;kriteeri;toimenpide;tavoite');
		expect(lines[1]).toBe(`${a.id};1;Tuetun työllistymisen palvelu;2026-03-02;Korkea;9;Palvelun avoimuus;"'=HYPERLINK(""x"")";2026-06-30`);
		expect(lines[2]).toBe(`${a.id};1;Tuetun työllistymisen palvelu;2026-03-02;Matala;2;Fokus työhönvalmennuksessa;"Rajatkaa muut tehtävät; kiireesti";`);
		// The review without a plan adds no rows; the file ends with a line break.
		expect(lines.slice(3)).toEqual(['']);
	});

	it('an edition the app does not know leaves the title empty rather than guessing', () => {
		const doc = buildFreshReview({ edition: 'fi-2099-01-01', actionPlan: [{ id: 'x', item: 1, text: 't', priority: 'medium', targetDate: null }] });
		expect(actionPlanCsv([doc], () => undefined, labels).split('\r\n')[1]).toBe(`${doc.id};1;Tuetun työllistymisen palvelu;2026-03-02;Keskitaso;1;;t;`);
	});

	it('names the file by date', () => {
		expect(actionPlanFileName('2026-11-30')).toBe('laatuarvio-toimenpiteet-2026-11-30.csv');
	});
});
