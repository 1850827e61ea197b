import type { Page } from '@playwright/test';
import type { OutboxRow, ReviewRow, RowHistory, SettingsRow } from '../../../src/lib/db/types';
import { summaryOf } from '../../../src/lib/db/summary';
import { rowFor } from '../../../src/lib/db/writes';
import type { ReviewDocument } from '../../../src/lib/review/schema';

/**
 * Puts rows straight into the app's IndexedDB, as an earlier session would have
 * left them: the same rows the write path makes (`rowFor` and its summary, the outbox row and its
 * payload). The app must have opened the database once (any page that reads it);
 * reload afterwards, since Dexie's live queries only see writes made through Dexie.
 */

/** An outbox row with the finished revision it will upload (stored apart, in `payloads`). */
export type QueuedRevision = OutboxRow & { doc: ReviewDocument };

export function outboxRow(doc: ReviewDocument, status: OutboxRow['status'] = 'pending'): QueuedRevision {
	const at = doc.finishedAt ?? doc.updatedAt;
	return {
		reviewId: doc.id,
		revision: doc.revision,
		service: doc.meta.service,
		doc,
		status,
		attempts: 0,
		nextAttemptAt: 0,
		lastError: null,
		receipt: null,
		enqueuedAt: at,
		updatedAt: at,
		uploadedAt: status === 'uploaded' ? at : null
	};
}

export async function seedDatabase(
	page: Page,
	data: { reviews?: ReviewDocument[]; outbox?: QueuedRevision[]; settings?: SettingsRow[]; history?: Partial<RowHistory> }
): Promise<void> {
	const reviews: ReviewRow[] = (data.reviews ?? []).map((doc) => rowFor(doc, data.history));
	const outbox = (data.outbox ?? []).map(({ doc, ...row }) => ({ row, payload: { reviewId: row.reviewId, revision: row.revision, doc } }));
	const summaries = reviews.map(summaryOf);
	await page.evaluate(
		({ reviews, summaries, outbox, settings }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					// Before the app has created its database this opens an empty one, whose
					// transaction throws: fail the test with that, rather than hang it.
					if (!db.objectStoreNames.contains('reviews')) {
						db.close();
						indexedDB.deleteDatabase('laatuarvio'); // the empty one this open just made
						return reject(new Error('seedDatabase: the app has not created its database yet (open a screen first)'));
					}
					// A build before Dexie version 2 has no summaries (the bench compares against one).
					const withSummaries = db.objectStoreNames.contains('summaries');
					const stores = ['reviews', 'outbox', 'payloads', 'settings', ...(withSummaries ? ['summaries'] : [])];
					const tx = db.transaction(stores, 'readwrite');
					for (const r of reviews) tx.objectStore('reviews').put(r);
					if (withSummaries) for (const r of summaries) tx.objectStore('summaries').put(r);
					for (const o of outbox) {
						tx.objectStore('outbox').put(o.row);
						tx.objectStore('payloads').put(o.payload);
					}
					for (const s of settings) tx.objectStore('settings').put(s);
					tx.oncomplete = () => {
						db.close();
						// As any write of the app's own does (src/lib/shell): the list kept for the next start is no longer true.
						localStorage.removeItem('laatuarvio.frame:/');
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ reviews, summaries, outbox, settings: data.settings ?? [] }
	);
}
