import type { Edit } from '../review/edit';
import type { ItemAnswer, ReviewDocument } from '../review/schema';
import type { TextTarget } from '../review/text-targets';
import { agree, bothLocked, setRatingEvidence, setRatingJudgement, setRatingScore, unagree } from './rules';

/**
 * Which answer the workspace screens show and edit. The item screen, the item list and the
 * totals were written for one answer per item (`items[]`); with two reviewers the answer being
 * edited is one reviewer's own rating until both are locked, then the consensus. Rather than
 * teach every screen about ratings, the workspace shows a *view* of the document in which
 * `items[].score` and `items[].subCriteria` are the current reviewer's own, and routes every
 * edit back through the rating rules. Everything else on an item (figures, visit notes,
 * strengths, recommendations) is shared material and passes through unchanged.
 */
export type AnswerMode =
	/** One reviewer: `items[]` is the rating and the result, as in format 1. */
	| { kind: 'shared' }
	/** Two reviewers rating independently: the screens see and edit only this reviewer's rating. */
	| { kind: 'rating'; reviewer: string; locked: boolean }
	/** Both locked: `items[].score` is the agreed score; a score picked is an agreement. */
	| { kind: 'consensus'; reviewers: string[] };

/**
 * The mode for the reviewer at `index` (0 = the first in `ratings`, who started the pair).
 * An index out of range falls back to the first, so a stale device preference never hides
 * both ratings.
 */
export function answerMode(doc: ReviewDocument, index: number): AnswerMode {
	if (doc.ratings.length !== 2) return { kind: 'shared' };
	if (bothLocked(doc)) return { kind: 'consensus', reviewers: doc.ratings.map((r) => r.reviewer) };
	const rating = doc.ratings[index] ?? doc.ratings[0]!;
	return { kind: 'rating', reviewer: rating.reviewer, locked: rating.lockedAt !== null };
}

/**
 * What the screens get. In rating mode the other reviewer's rating is not in it at all
 * (blind: nothing of theirs can reach the page), and `items[]` carries the own answers.
 */
export function answerView(doc: ReviewDocument, mode: AnswerMode): ReviewDocument {
	if (mode.kind !== 'rating') return doc;
	const own = doc.ratings.find((r) => r.reviewer === mode.reviewer);
	if (!own) return doc;
	return {
		...doc,
		ratings: [own],
		items: doc.items.map((item) => {
			const mine = own.items.find((i) => i.number === item.number);
			return mine ? { ...item, score: mine.score, subCriteria: mine.subCriteria } : item;
		})
	};
}

type Judged = Pick<ItemAnswer, 'number' | 'score' | 'subCriteria'>;

/** The own-answer changes one edit made to the view, as rule edits on the stored document. */
function ratingEdits(reviewer: string, before: readonly Judged[], after: readonly Judged[]): Edit[] {
	const edits: Edit[] = [];
	for (const next of after) {
		const prev = before.find((i) => i.number === next.number);
		if (!prev) continue;
		if (next.score !== prev.score) edits.push(setRatingScore(reviewer, next.number, next.score));
		for (const [id, answer] of Object.entries(next.subCriteria)) {
			const old = prev.subCriteria[id];
			if (answer.met !== (old?.met ?? null)) edits.push(setRatingJudgement(reviewer, next.number, id, answer.met));
			if (answer.evidence !== (old?.evidence ?? '')) edits.push(setRatingEvidence(reviewer, next.number, id, answer.evidence));
		}
	}
	return edits;
}

/**
 * An edit written for the view, applied to the stored document. Own answers go through the
 * rating rules (so a locked rating refuses them); shared fields are taken from the edited
 * view; ratings and consensus are never taken from the view. In consensus mode a score
 * picked is an agreement (a score neither reviewer gave is refused: the consensus screen asks
 * the reason), and a score cleared withdraws it.
 */
export function throughAnswer(mode: AnswerMode, edit: Edit, at: string): Edit {
	if (mode.kind === 'shared') return edit;
	if (mode.kind === 'consensus')
		return (doc) => {
			const after = edit(doc);
			let next = { ...after, ratings: doc.ratings, consensus: doc.consensus, items: after.items.map((i) => ({ ...i, score: doc.items.find((d) => d.number === i.number)?.score ?? null })) };
			for (const item of after.items) {
				const was = doc.items.find((i) => i.number === item.number)?.score ?? null;
				if (item.score === was) continue;
				next = item.score === null ? unagree(item.number)(next) : agree(item.number, item.score, mode.reviewers, at)(next);
			}
			return next;
		};
	return (doc) => {
		const view = answerView(doc, mode);
		const after = edit(view);
		const rated = ratingEdits(mode.reviewer, view.items, after.items).reduce((d, e) => e(d), doc);
		return {
			...after,
			ratings: rated.ratings,
			consensus: doc.consensus,
			items: after.items.map((item) => {
				const stored = doc.items.find((i) => i.number === item.number);
				return stored ? { ...item, score: stored.score, subCriteria: stored.subCriteria } : item;
			})
		};
	};
}

/**
 * Typed evidence belongs to the rating being edited: the field on the item screen names the
 * shared evidence, and in rating mode it is written to the reviewer's own. Routing the target
 * (not only the write) keeps each reviewer's journal entries apart on a shared tablet.
 */
export function routeText(mode: AnswerMode, target: TextTarget): TextTarget {
	if (mode.kind === 'rating' && target.kind === 'evidence')
		return { kind: 'rating-evidence', reviewer: mode.reviewer, item: target.item, sub: target.sub };
	return target;
}
