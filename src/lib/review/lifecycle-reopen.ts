import type { ReviewDocument } from './schema';

/** Kept apart from lifecycle.ts (which needs the scoring rules) so the list screen stays light. */
export type ReviewStatus = 'draft' | 'finished';

export function reopen(doc: ReviewDocument, now: string): ReviewDocument {
	return { ...doc, revision: doc.revision + 1, finishedAt: null, totals: null, updatedAt: now };
}
