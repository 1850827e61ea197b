import { checkRating, type JoinFile, type RatingCheck, type RatingFile } from '../consensus/files';
import { putLockedRating, startPair } from '../consensus/rules';
import type { ReviewDocument } from '../review/schema';
import { database } from './database';
import { WriteError, guardedWrite } from './errors';
import { editRating, ruled, stored } from './ratings';
import { addReviewRow, reviewTables } from './review-rows';
import { rowFor } from './writes';

/**
 * The write verbs of a review with two reviewers that take a file: a reviewer's locked rating
 * and reviewer B's join file (src/lib/consensus/files.ts checks both). Apart from ./ratings.ts so
 * that the screens that only edit a rating (the item screen) do not load the files' schemas
 * (issue 15). Each is one Dexie transaction, like every verb here.
 */

/**
 * Takes a reviewer's locked rating from their file. Checked again inside the write, so a
 * refused file changes nothing; `replace` must be true to overwrite a rating already locked here.
 */
export function importRating(id: string, file: RatingFile, replace = false): Promise<RatingCheck> {
	return guardedWrite(async () => {
		const verdict = await checkRating(await stored(id), file);
		if (!verdict.ok || (verdict.replaces === 'locked' && !replace)) return verdict;
		await editRating(id, (doc) => {
			const now = doc.ratings.find((r) => r.reviewer === file.rating.reviewer);
			const before = verdict.replaces === 'open' ? now?.lockedAt === null : now?.lockedAt !== null;
			if (!before) throw new WriteError({ kind: 'invalid', message: 'rating: changed' });
			return putLockedRating(file.rating)(doc);
		});
		return verdict;
	});
}

/** Reviewer B's copy of A's review, from the join file: both ratings empty, nothing scored. */
export function joinReview(file: JoinFile, now = new Date().toISOString()): Promise<ReviewDocument> {
	return guardedWrite(async () => {
		const [{ getEdition }, { createReviewDocument }] = await Promise.all([import('../instrument/index'), import('../review/create')]);
		const edition = getEdition(file.review.edition);
		if (!edition) throw new WriteError({ kind: 'invalid', message: `unknown edition ${file.review.edition}` });
		const base = createReviewDocument({ id: file.review.id, edition, meta: file.review.meta, now });
		const doc = ruled(startPair(...file.reviewers))({ ...base, visit: file.review.visit, createdAt: file.review.createdAt });
		const db = database();
		await db.transaction('rw', reviewTables(db), async () => {
			if (await db.reviews.get(doc.id)) throw new WriteError({ kind: 'invalid', message: 'join: exists' });
			await addReviewRow(db, rowFor(doc));
		});
		return doc;
	});
}
