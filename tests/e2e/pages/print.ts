import { getEdition } from '../../../src/lib/instrument/index';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { suggest } from '../../../src/lib/scoring/suggest';
import { finishedReview } from './report';

const edition = getEdition('fi-2021-11-01')!;

/** Criteria with a recommendation in the complete fixture, and its text (short enough for one table line). */
export const RECOMMENDATIONS: Record<number, string> = {
	2: 'Rajatkaa valmentajien muut tehtävät.',
	5: 'Sopikaa yhteiset tapaamiset sosiaalityön kanssa.',
	9: 'Poistakaa palvelun pääsyvaatimukset.',
	14: 'Arvioikaa työkykyä työssä, ei testein.',
	17: 'Kirjatkaa viikoittaiset työnantajakontaktit.',
	22: 'Jatkakaa tukea työsuhteen alettua.'
};

/** The reviewer's rewording of item 5's recommendation in the stored plan. */
export const PLANNED = { item: 5, text: 'Yhteistapaamiset kuukausittain sosiaalityön kanssa.', targetDate: '2026-06-30' };

export const JUSTIFICATION = 'Haastattelut osoittivat käytännön olevan vakiintunut.';
export const EVIDENCE = 'Tiimipalaverin muistio 12.2.2026.';
export const OBSERVATION = 'Tiimipalaverissa käsiteltiin jokainen asiakas.';

/**
 * A complete review for the printed report: the shared finished fixture plus
 * recommendations on six criteria (one already in the action plan, reworded,
 * with a target date), a count item scored against its suggestion with a
 * justification, sub-criterion evidence and notes from every source.
 */
export function completeReview(overrides: Partial<ReviewDocument> = {}): { doc: ReviewDocument; justified: number; suggested: number } {
	const base = finishedReview(overrides);
	const item = edition.items.find((i) => i.number === 8)!;
	const subCriteria = Object.fromEntries(item.subCriteria.map((s, i) => [s.id, { met: i > 0, evidence: i === 0 ? EVIDENCE : '' }]));
	const answer8 = { ...base.items[7]!, subCriteria };
	const suggestion = suggest(item, answer8);
	if (suggestion.kind !== 'suggested') throw new Error('fixture: expected a suggestion for item 8');
	const chosen = suggestion.score === 5 ? 4 : 5;
	const doc: ReviewDocument = {
		...base,
		items: base.items.map((a) => {
			const withRec = { ...a, recommendations: RECOMMENDATIONS[a.number] ?? '' };
			if (a.number === 8) return { ...withRec, ...answer8, recommendations: '', score: chosen, justification: JUSTIFICATION };
			if (a.number === 7)
				return {
					...withRec,
					notes: [
						...a.notes,
						{ id: 'obs-1', source: 'observation' as const, role: 'tiiminvetäjä', text: OBSERVATION, createdAt: '2026-03-02T10:00:00+02:00' },
						{ id: 'doc-1', source: 'documents' as const, role: '', text: 'Asiakaskansiot 10 kpl.', createdAt: '2026-03-02T11:00:00+02:00' }
					]
				};
			return withRec;
		}),
		actionPlan: [{ id: 'plan-5', item: PLANNED.item, text: PLANNED.text, priority: 'high', targetDate: PLANNED.targetDate }]
	};
	// The stored totals are left as they were: the report recomputes them from the chosen scores.
	return { doc, justified: 8, suggested: suggestion.score };
}
