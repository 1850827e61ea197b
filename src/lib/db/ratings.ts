import { checkRating, type JoinFile, type RatingCheck, type RatingFile } from '../consensus/files';
import { lock } from '../consensus/lock';
import { RatingRefused, putLockedRating, startPair } from '../consensus/rules';
import type { Edit } from '../review/edit';
import type { ReviewDocument } from '../review/schema';
import { database } from './database';
import { WriteError, guardedWrite } from './errors';
import { addReviewRow, reviewTables } from './review-rows';
import { editReview, rowFor, storedDoc } from './writes';

/**
 * Write verbs of a review with two reviewers (src/lib/consensus). Each is one Dexie
 * transaction over the stored document, like the verbs in ./writes.ts. Hashing is async
 * work outside IndexedDB, so it is done before the transaction, and the transaction
 * checks that what was hashed is still what is stored.
 */

/** A refused rule (locked, unknown reviewer, reason missing) is an invalid write that changed nothing. */
function ruled(edit: Edit): Edit {
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

async function stored(id: string): Promise<ReviewDocument> {
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
