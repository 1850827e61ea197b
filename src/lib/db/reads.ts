import { liveQuery, type Observable } from 'dexie';
import { ReviewDocument } from '../review/schema';
import { database } from './database';
import type { OutboxRow, ReviewRow } from './types';

/**
 * Live reads for screens. Reads may happen anywhere; writes only in ./writes.ts,
 * ./settings.ts and ./outbox.ts. Every document read back is parsed, so a row
 * damaged by an old version or another tool is reported, not trusted.
 */

export type LoadedReview =
	| { kind: 'loading' }
	| { kind: 'missing' }
	| { kind: 'corrupt'; message: string }
	| { kind: 'ready'; row: ReviewRow; doc: ReviewDocument };

export function parseStored(row: ReviewRow | undefined): LoadedReview {
	if (!row) return { kind: 'missing' };
	const parsed = ReviewDocument.safeParse(row.doc);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		return { kind: 'corrupt', message: first ? `${first.path.join('.')}: ${first.message}` : 'invalid' };
	}
	return { kind: 'ready', row, doc: parsed.data };
}

export function watchReview(id: string): Observable<LoadedReview> {
	return liveQuery(async () => parseStored(await database().reviews.get(id)));
}

export type ListEntry = { row: ReviewRow; outbox: OutboxRow[] };

/** All reviews, newest first, each with its outbox rows (oldest revision first). */
export function watchReviewList(): Observable<ListEntry[]> {
	return liveQuery(async () => {
		const db = database();
		const [rows, outbox] = await Promise.all([db.reviews.orderBy('updatedAt').reverse().toArray(), db.outbox.toArray()]);
		return rows.map((row) => ({
			row,
			outbox: outbox.filter((o) => o.reviewId === row.id).sort((a, b) => a.revision - b.revision)
		}));
	});
}

export function watchOutbox(): Observable<OutboxRow[]> {
	return liveQuery(() => database().outbox.orderBy('enqueuedAt').toArray());
}

/** Reviews of the same service (trend and previous review), oldest first. */
export function reviewsOfService(key: string): Promise<ReviewRow[]> {
	return database().reviews.where('serviceKey').equals(key).sortBy('doc.meta.startDate');
}
