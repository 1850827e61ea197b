import type { Score } from '../instrument/schema';
import type { Edit } from '../review/edit';
import type { ConsensusItem, Rating, RatingItem, ReviewDocument } from '../review/schema';

/**
 * The rules of a review with two reviewers, as pure edits and reads on the document.
 * `items[].score` stays the one result field: it is written only by `agree`, so totals,
 * level, report, CSV and upload read the consensus without knowing about ratings.
 */

export type Panel = { mode: 'single' } | { mode: 'pair'; ratings: [Rating, Rating] };

export function panelOf(doc: ReviewDocument): Panel {
	const [a, b] = doc.ratings;
	return a && b ? { mode: 'pair', ratings: [a, b] } : { mode: 'single' };
}

export class RatingRefused extends Error {
	constructor(readonly reason: 'not-pair' | 'unknown-reviewer' | 'locked' | 'not-both-locked' | 'reason-required' | 'same-reviewer') {
		super(reason);
	}
}

function blankRating(reviewer: string, doc: ReviewDocument): Rating {
	return {
		reviewer,
		items: doc.items.map((item) => ({
			number: item.number,
			score: null,
			subCriteria: Object.fromEntries(Object.keys(item.subCriteria).map((id) => [id, { met: null, evidence: '' }])),
			notes: ''
		})),
		lockedAt: null,
		hash: null
	};
}

/**
 * Two reviewers will rate independently. Whatever the first had already scored on the
 * shared form becomes their own rating; the result is then empty until agreed.
 */
export const startPair = (first: string, second: string): Edit => (doc) => {
	if (first.trim() === second.trim()) throw new RatingRefused('same-reviewer');
	if (doc.ratings.length > 0) return doc;
	const own = blankRating(first, doc);
	own.items = own.items.map((ri) => {
		const answer = doc.items.find((i) => i.number === ri.number);
		return answer ? { ...ri, score: answer.score, subCriteria: structuredClone(answer.subCriteria) } : ri;
	});
	return {
		...doc,
		ratings: [own, blankRating(second, doc)],
		consensus: [],
		items: doc.items.map((i) => ({ ...i, score: null }))
	};
};

/** Changes one reviewer's own answer for one item; a locked rating is never changed. */
export const updateRatingItem = (reviewer: string, number: number, change: (item: RatingItem) => RatingItem): Edit => (doc) => {
	if (doc.ratings.length === 0) throw new RatingRefused('not-pair');
	const rating = doc.ratings.find((r) => r.reviewer === reviewer);
	if (!rating) throw new RatingRefused('unknown-reviewer');
	if (rating.lockedAt !== null) throw new RatingRefused('locked');
	if (!rating.items.some((i) => i.number === number)) throw new RangeError(`no item ${number}`);
	const items = rating.items.map((i) => (i.number === number ? change(i) : i));
	return { ...doc, ratings: doc.ratings.map((r) => (r === rating ? { ...r, items } : r)) };
};

export const setRatingScore = (reviewer: string, number: number, score: Score | null): Edit =>
	updateRatingItem(reviewer, number, (item) => ({ ...item, score }));

export const setRatingJudgement = (reviewer: string, number: number, id: string, met: boolean | null): Edit =>
	updateRatingItem(reviewer, number, (item) => ({
		...item,
		subCriteria: { ...item.subCriteria, [id]: { evidence: item.subCriteria[id]?.evidence ?? '', met } }
	}));

export const setRatingEvidence = (reviewer: string, number: number, id: string, evidence: string): Edit =>
	updateRatingItem(reviewer, number, (item) => ({
		...item,
		subCriteria: { ...item.subCriteria, [id]: { met: item.subCriteria[id]?.met ?? null, evidence } }
	}));

export const setRatingNotes = (reviewer: string, number: number, notes: string): Edit =>
	updateRatingItem(reviewer, number, (item) => ({ ...item, notes }));

/** Replaces a reviewer's rating with a locked one (from their own lock, or from their file). */
export const putLockedRating = (rating: Rating): Edit => (doc) => {
	if (doc.ratings.length === 0) throw new RatingRefused('not-pair');
	if (!doc.ratings.some((r) => r.reviewer === rating.reviewer)) throw new RatingRefused('unknown-reviewer');
	return { ...doc, ratings: doc.ratings.map((r) => (r.reviewer === rating.reviewer ? rating : r)) };
};

export const bothLocked = (doc: ReviewDocument): boolean =>
	doc.ratings.length === 2 && doc.ratings.every((r) => r.lockedAt !== null);

/**
 * Blind rule: what one reviewer may see. Their own rating always; the other's only when
 * both are locked. The screens get ratings only through this, so the other reviewer's
 * scores are not in the page at all before then.
 */
export function visibleRatings(doc: ReviewDocument, current: string): { own: Rating | null; other: Rating | null } {
	const own = doc.ratings.find((r) => r.reviewer === current) ?? null;
	const other = doc.ratings.find((r) => r.reviewer !== current) ?? null;
	return { own, other: bothLocked(doc) ? other : null };
}

const scoreIn = (rating: Rating, number: number) => rating.items.find((i) => i.number === number)?.score ?? null;

/** A reason is needed when the agreed score is neither reviewer's score. */
export function reasonRequired(doc: ReviewDocument, number: number, score: Score): boolean {
	return doc.ratings.length === 2 && doc.ratings.every((r) => scoreIn(r, number) !== score);
}

/** Agrees the score of one item: the consensus entry and the result score, together. */
export const agree = (number: number, score: Score, by: readonly string[], at: string, reason = ''): Edit => (doc) => {
	if (doc.ratings.length === 0) throw new RatingRefused('not-pair');
	if (!bothLocked(doc)) throw new RatingRefused('not-both-locked');
	if (reasonRequired(doc, number, score) && reason.trim() === '') throw new RatingRefused('reason-required');
	if (!doc.items.some((i) => i.number === number)) throw new RangeError(`no item ${number}`);
	const entry: ConsensusItem = { number, score, agreedBy: [...by], agreedAt: at, reason: reason.trim() };
	return {
		...doc,
		consensus: [...doc.consensus.filter((c) => c.number !== number), entry].sort((x, y) => x.number - y.number),
		items: doc.items.map((i) => (i.number === number ? { ...i, score } : i))
	};
};

/** Withdraws the agreed score of one item (a mis-tap): the item is open again on the consensus screen. */
export const unagree = (number: number): Edit => (doc) => {
	if (doc.ratings.length === 0) throw new RatingRefused('not-pair');
	return {
		...doc,
		consensus: doc.consensus.filter((c) => c.number !== number),
		items: doc.items.map((i) => (i.number === number ? { ...i, score: null } : i))
	};
};

/**
 * Changes the reason of an item already agreed. Typing may empty the field for a moment, so a
 * required reason left empty is not refused here: finishing lists it (`pairOpen`).
 */
export const setAgreedReason = (number: number, reason: string): Edit => (doc) => {
	const entry = doc.consensus.find((c) => c.number === number);
	if (!entry) return doc;
	return { ...doc, consensus: doc.consensus.map((c) => (c === entry ? { ...c, reason } : c)) };
};

export interface ConsensusRow {
	number: number;
	a: Score | null;
	b: Score | null;
	agreed: ConsensusItem | null;
}

/** The consensus screen's order: items where the two differ first (largest gap first), then the rest by number. */
export function consensusRows(doc: ReviewDocument): ConsensusRow[] {
	const [a, b] = doc.ratings;
	if (!a || !b) return [];
	const gap = (r: ConsensusRow) => (r.a === null || r.b === null ? 0 : Math.abs(r.a - r.b));
	return doc.items
		.map((item) => ({
			number: item.number,
			a: scoreIn(a, item.number),
			b: scoreIn(b, item.number),
			agreed: doc.consensus.find((c) => c.number === item.number) ?? null
		}))
		.sort((x, y) => gap(y) - gap(x) || x.number - y.number);
}

export function agreedCount(doc: ReviewDocument): { agreed: number; items: number } {
	return { agreed: doc.items.filter((i) => doc.consensus.some((c) => c.number === i.number)).length, items: doc.items.length };
}

/**
 * What still stands between a pair review and finishing: ratings not locked, items not agreed,
 * agreed items whose required reason is empty. Empty lists for a review with one reviewer.
 */
export function pairOpen(doc: ReviewDocument): { unlocked: string[]; unagreed: number[]; reasonless: number[] } {
	if (doc.ratings.length === 0) return { unlocked: [], unagreed: [], reasonless: [] };
	return {
		unlocked: doc.ratings.filter((r) => r.lockedAt === null).map((r) => r.reviewer),
		unagreed: doc.items.filter((i) => !doc.consensus.some((c) => c.number === i.number && c.score === i.score)).map((i) => i.number),
		reasonless: doc.consensus.filter((c) => reasonRequired(doc, c.number, c.score) && c.reason.trim() === '').map((c) => c.number)
	};
}
