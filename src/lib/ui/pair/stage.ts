import { pairOpen } from '../../consensus/rules';
import type { ReviewDocument } from '../../review/schema';

/**
 * Where a review stands with two reviewers, for the bar above the workspace. Pure, so the
 * states are table-tested rather than read off the screen.
 */
export type PairStage =
	/** One reviewer and fewer than two names: nothing to offer. */
	| { kind: 'single' }
	/** One reviewer's form, two names in the details: independent rating can start. */
	| { kind: 'can-start'; first: string; second: string }
	/** Rating independently; `locked` per rating, in order. */
	| { kind: 'rating'; reviewers: [string, string]; locked: [boolean, boolean] }
	/** Both locked: agreeing, `agreed` of `items`. */
	| { kind: 'agreeing'; agreed: number; items: number };

export function pairStage(doc: ReviewDocument): PairStage {
	const [a, b] = doc.ratings;
	if (a && b) {
		if (a.lockedAt === null || b.lockedAt === null)
			return { kind: 'rating', reviewers: [a.reviewer, b.reviewer], locked: [a.lockedAt !== null, b.lockedAt !== null] };
		return { kind: 'agreeing', agreed: doc.items.length - pairOpen(doc).unagreed.length, items: doc.items.length };
	}
	const names = doc.meta.reviewers.map((r) => r.trim()).filter((r) => r !== '');
	const [first, second] = names;
	if (first && second && first !== second && doc.finishedAt === null) return { kind: 'can-start', first, second };
	return { kind: 'single' };
}

/** Items the reviewer has not scored yet: locking waits for them (decision in docs/decisions.md). */
export function unscoredOwn(doc: ReviewDocument, reviewer: string): number[] {
	const rating = doc.ratings.find((r) => r.reviewer === reviewer);
	return rating ? rating.items.filter((i) => i.score === null).map((i) => i.number) : [];
}
