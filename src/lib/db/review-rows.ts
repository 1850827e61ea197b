import type { Database } from './database';
import { summaryOf } from './summary';
import type { ReviewRow } from './types';

/**
 * The one place a review row is stored or removed, so its summary (table
 * `summaries`) can never drift from it. Call inside a transaction that includes
 * both tables (`reviewTables`): the row and its summary commit together.
 */
export const reviewTables = (db: Database) => [db.reviews, db.summaries] as const;

export async function putReviewRows(db: Database, rows: ReviewRow[]): Promise<void> {
	await db.reviews.bulkPut(rows);
	await db.summaries.bulkPut(rows.map(summaryOf));
}

export function putReviewRow(db: Database, row: ReviewRow): Promise<void> {
	return putReviewRows(db, [row]);
}

/** Like putReviewRow, but fails if a review with that id exists (a new review never overwrites one). */
export async function addReviewRow(db: Database, row: ReviewRow): Promise<void> {
	await db.reviews.add(row);
	await db.summaries.add(summaryOf(row));
}

export async function deleteReviewRow(db: Database, id: string): Promise<void> {
	await db.reviews.delete(id);
	await db.summaries.delete(id);
}

/**
 * A safety net run when the database opens: a review row without a summary
 * (written by something other than the write path, e.g. a restore tool or a
 * seeding test) would be missing from the list, which would look like a lost
 * review. Only primary keys are compared, so it costs next to nothing when all
 * is well; missing summaries are made from their rows, stale ones dropped.
 */
export async function repairSummaries(db: Database): Promise<number> {
	const [reviewIds, summaryIds] = await Promise.all([
		db.reviews.toCollection().primaryKeys(),
		db.summaries.toCollection().primaryKeys()
	]);
	const have = new Set(summaryIds);
	const missing = reviewIds.filter((id) => !have.has(id));
	const known = new Set(reviewIds);
	const orphans = summaryIds.filter((id) => !known.has(id));
	if (missing.length === 0 && orphans.length === 0) return 0;
	await db.transaction('rw', reviewTables(db), async () => {
		const rows = (await db.reviews.bulkGet(missing)).filter((r): r is ReviewRow => r !== undefined);
		await db.summaries.bulkPut(rows.map(summaryOf));
		await db.summaries.bulkDelete(orphans);
	});
	return missing.length + orphans.length;
}
