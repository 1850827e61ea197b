import type { Edition } from '../instrument/schema';
import { FORMAT, type ItemAnswer, type ReviewDocument, type ReviewMeta } from './schema';

/** A blank answer for every item of the edition, every sub-criterion not yet assessed. */
export function blankItems(edition: Edition): ItemAnswer[] {
	return edition.items.map((item) => ({
		number: item.number,
		score: null,
		subCriteria: Object.fromEntries(item.subCriteria.map((s) => [s.id, { met: null, evidence: '' }])),
		figures: {},
		notes: [],
		strengths: '',
		recommendations: '',
		justification: ''
	}));
}

export function createReviewDocument(args: {
	id: string;
	edition: Edition;
	meta: ReviewMeta;
	now: string;
}): ReviewDocument {
	return {
		format: FORMAT,
		id: args.id,
		revision: 1,
		edition: args.edition.id,
		meta: args.meta,
		visit: { interviews: [], documentsChecked: '', schedule: '', sessions: [], plan: null, planDone: [], records: [] },
		items: blankItems(args.edition),
		conclusions: '',
		actionPlan: [],
		totals: null,
		createdAt: args.now,
		updatedAt: args.now,
		finishedAt: null,
		ratings: [],
		consensus: []
	};
}

/**
 * Reviews of the same service are compared over time (trend, previous score).
 * The key folds case, spacing and diacritic-free variants so that "Työhönvalmennus  Joensuu"
 * and "työhönvalmennus joensuu" match; organisation is part of it because two
 * organisations can run services with the same name.
 */
export function serviceKey(meta: Pick<ReviewMeta, 'service' | 'organisation'>): string {
	const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();
	return `${fold(meta.organisation)}|${fold(meta.service)}`;
}
