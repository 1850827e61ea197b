import { lock } from '../consensus/lock';
import { RatingRefused, putLockedRating } from '../consensus/rules';
import type { Edit } from '../review/edit';
import type { ReviewDocument } from '../review/schema';
import { database } from './database';
import { WriteError, guardedWrite } from './errors';
import { editReview, storedDoc } from './writes';

/**
 * Write verbs of a review with two reviewers (src/lib/consensus). Each is one Dexie
 * transaction over the stored document, like the verbs in ./writes.ts. Hashing is async
 * work outside IndexedDB, so it is done before the transaction, and the transaction
 * checks that what was hashed is still what is stored. The verbs that take a file
 * (a rating file, a join file) are in ./rating-files.ts, with the files' schemas: the
 * item screen, which edits ratings, does not load those.
 */

/** A refused rule (locked, unknown reviewer, reason missing) is an invalid write that changed nothing. */
export function ruled(edit: Edit): Edit {
	return (doc) => {
		try {
			return edit(doc);
		} catch (error) {
			if (error instanceof RatingRefused) throw new WriteError({ kind: 'invalid', message: `rating: ${error.reason}` });
			throw error;
		}
	};
}

/** Any rule edit of src/lib/consensus/rules.ts (own score, judgement, evidence, agree) on the stored draft. */
export function editRating(id: string, edit: Edit): Promise<ReviewDocument> {
	return editReview(id, ruled(edit));
}

/** The stored document of a review, as the write verbs read it. */
export async function stored(id: string): Promise<ReviewDocument> {
	const row = await database().reviews.get(id);
	if (!row) throw new WriteError({ kind: 'not-found' });
	return storedDoc(row.doc);
}

/** Locks one reviewer's rating: kept with the hash of its content, then never changed. */
export function lockRating(id: string, reviewer: string, now = new Date().toISOString()): Promise<ReviewDocument> {
	return guardedWrite(async () => {
		const before = (await stored(id)).ratings.find((r) => r.reviewer === reviewer);
		if (!before) throw new WriteError({ kind: 'invalid', message: 'rating: unknown-reviewer' });
		if (before.lockedAt !== null) throw new WriteError({ kind: 'invalid', message: 'rating: locked' });
		const locked = await lock(before, now);
		return editRating(id, (doc) => {
			const current = doc.ratings.find((r) => r.reviewer === reviewer);
			// Typed into in between (a second tab): lock what the reviewer sees now, next time.
			if (JSON.stringify(current?.items) !== JSON.stringify(before.items)) throw new WriteError({ kind: 'invalid', message: 'rating: changed' });
			return putLockedRating(locked)(doc);
		});
	});
}
