import { liveQuery, type Observable } from 'dexie';
import { database } from './database';
import type { OutboxRow, ReviewRow, SummaryRow } from './types';
import { outboxByReview } from './list-state';
import { coalesced, shared, toObserver, type Watch } from './watch';
import { throttledTable } from './table-watch';

/**
 * Live reads for lists and the queue. Reads may happen anywhere; writes only in
 * ./writes.ts, ./settings.ts and ./outbox.ts. Reading one review's document (and
 * parsing it) is in ./read-review.ts, so that the reviews list, the first screen,
 * loads without the schema code.
 */

export type ListEntry = { summary: SummaryRow; outbox: OutboxRow[] };
export type { Watch } from './watch';

/** Redraws of busy lists at most this often while a queue drains. */
const COALESCE_MS = 100;

/**
 * All reviews, last changed first, each with its outbox rows (oldest revision
 * first). Reads the small summaries, never a document: with 1,000 reviews on
 * the device that is a few hundred KB, not tens of MB. Two live queries, not
 * one, so an upload re-reads only the outbox rows.
 */
export function watchReviewList(): Watch<ListEntry[]> {
	const combined: Watch<ListEntry[]> = {
		subscribe(subscriber) {
			const observer = toObserver(subscriber);
			let summaries: SummaryRow[] | null = null;
			let outbox: OutboxRow[] | null = null;
			const publish = () => {
				if (!summaries || !outbox) return;
				const byReview = outboxByReview(outbox);
				observer.next(summaries.map((summary) => ({ summary, outbox: byReview.get(summary.id) ?? [] })));
			};
			const error = (e: unknown) => observer.error?.(e);
			const a = summariesWatch.subscribe({
				next: (value) => ((summaries = value), publish()),
				error
			});
			const b = outboxWatch.subscribe({ next: (value) => ((outbox = value), publish()), error });
			return {
				unsubscribe: () => {
					a.unsubscribe();
					b.unsubscribe();
				}
			};
		}
	};
	return coalesced(combined, COALESCE_MS);
}

/** Every stored row with its document, last changed first: only for the files screen, which exports them. */
export function watchReviewRows(): Observable<ReviewRow[]> {
	return liveQuery(() => database().reviews.orderBy('updatedAt').reverse().toArray());
}

/** Whole stored rows (documents and all), for a backup or an export the reviewer asked for. */
export function reviewRows(ids?: readonly string[]): Promise<ReviewRow[]> {
	const table = database().reviews;
	return ids ? table.bulkGet([...ids]).then((rows) => rows.filter((r): r is ReviewRow => !!r)) : table.toArray();
}

/**
 * All summaries, last changed first: one live query shared by the list and the
 * backup reminder, so 1,000 summaries are read and held once, not once per watcher.
 */
const summariesWatch: Watch<SummaryRow[]> = shared(() => liveQuery(() => database().summaries.orderBy('updatedAt').reverse().toArray()));

/** The whole outbox, oldest first: one live read shared by everything that watches it. */
// Re-read at most every COALESCE_MS (./table-watch.ts), not after each of a drain's commits.
const outboxWatch: Watch<OutboxRow[]> = shared(() => throttledTable('outbox', () => database().outbox.orderBy('enqueuedAt').toArray(), COALESCE_MS));

/** The whole outbox for a screen: shared, and redrawn at most every COALESCE_MS while uploads run. */
export function watchOutbox(): Watch<OutboxRow[]> {
	return coalesced(outboxWatch, COALESCE_MS);
}

/**
 * One review's outbox rows, oldest revision first. A query on the review's own key
 * range: Dexie re-runs it only when that review's rows change, so a screen with a
 * status line per review does not re-read the whole queue on every upload.
 */
export function watchReviewOutbox(reviewId: string): Observable<OutboxRow[]> {
	return liveQuery(() => database().outbox.where('reviewId').equals(reviewId).sortBy('revision'));
}

/** How many rows wait for new credentials (re-run only when a row enters or leaves 'paused'). */
export function watchPausedCount(): Observable<number> {
	return liveQuery(() => database().outbox.where('status').equals('paused').count());
}

/** Summaries of one service's reviews (the new-review hint), oldest start date first. */
export function summariesOfService(key: string): Promise<SummaryRow[]> {
	return database().summaries.where('serviceKey').equals(key).sortBy('startDate');
}

/** Reviews of the same service with their documents (the workspace's trend), oldest first. */
export function reviewsOfService(key: string): Promise<ReviewRow[]> {
	return database().reviews.where('serviceKey').equals(key).sortBy('doc.meta.startDate');
}
