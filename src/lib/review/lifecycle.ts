import { pairOpen } from '../consensus/rules';
import type { Edition } from '../instrument/schema';
import { computeTotals } from '../scoring/totals';
import type { ReviewDocument } from './schema';

/**
 * A review is a draft until finished. Finishing freezes a revision (it is what
 * gets uploaded); reopening starts the next revision as a draft, so the receiver
 * never sees a finished revision change under the same number.
 */
export type { ReviewStatus } from './lifecycle-reopen';

export type FinishResult =
	| { ok: true; doc: ReviewDocument }
	| { ok: false; reason: 'unscored'; unscored: number[] }
	| { ok: false; reason: 'edition-mismatch' }
	/** Two reviewers: a rating not locked, an item not agreed, or an agreed score without its required reason. */
	| ({ ok: false; reason: 'not-agreed' } & ReturnType<typeof pairOpen>);

export function finish(doc: ReviewDocument, edition: Edition, now: string): FinishResult {
	if (doc.edition !== edition.id) return { ok: false, reason: 'edition-mismatch' };
	const open = pairOpen(doc);
	if (open.unlocked.length + open.unagreed.length + open.reasonless.length > 0) return { ok: false, reason: 'not-agreed', ...open };
	const unscored = edition.items
		.map((it) => it.number)
		.filter((n) => doc.items.find((a) => a.number === n)?.score == null);
	if (unscored.length > 0) return { ok: false, reason: 'unscored', unscored };
	return {
		ok: true,
		doc: { ...doc, totals: computeTotals(edition, doc.items), finishedAt: now, updatedAt: now }
	};
}

export { reopen } from './lifecycle-reopen';
