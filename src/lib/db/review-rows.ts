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
