import { lock } from '../../../src/lib/consensus/lock';
import { agree, putLockedRating, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { getEdition } from '../../../src/lib/instrument/index';
import { finish } from '../../../src/lib/review/lifecycle';
import type { ReviewDocument } from '../../../src/lib/review/schema';

const AT = '2026-11-03T12:00:00.000Z';

/**
 * A finished two-reviewer review: Aino scores 3 everywhere, Bertil 4 on items 1–5;
 * the consensus takes Bertil's 4 on 1–2, else 3 (total 77). Agreement: 20 of 25
 * exact, all within one point, kappa 0 (observed 5 = expected 5). `base` gives the
 * review's id, service and texts (no JSON fixture here: the browser tests import this).
 */
export async function pairReview(base: ReviewDocument): Promise<ReviewDocument> {
	let d = startPair('Aino', 'Bertil')({ ...base, finishedAt: null, totals: null });
	for (const i of d.items) {
		d = setRatingScore('Aino', i.number, 3)(d);
		d = setRatingScore('Bertil', i.number, i.number <= 5 ? 4 : 3)(d);
	}
	for (const r of d.ratings) d = putLockedRating(await lock(r, AT))(d);
	for (const i of d.items) d = agree(i.number, i.number <= 2 ? 4 : 3, ['Aino', 'Bertil'], AT)(d);
	const done = finish(d, getEdition(d.edition)!, AT);
	if (!done.ok) throw new Error('not finished');
	return done.doc;
}
