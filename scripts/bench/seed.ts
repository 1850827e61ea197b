import type { Page } from '@playwright/test';
import { createReviewDocument } from '../../src/lib/review/create';
import { setScore } from '../../src/lib/review/edit';
import { finish } from '../../src/lib/review/lifecycle';
import type { ReviewDocument } from '../../src/lib/review/schema';
import { getEdition, LATEST_EDITION_ID } from '../../src/lib/instrument/index';
import { rowFor } from '../../src/lib/db/writes';

/**
 * Puts reviews straight into the app's IndexedDB, built with the app's own pure
 * functions (the same rows finishReview would write), so the bench measures the
 * queue, not the typing.
 */
export async function seedFinishedReviews(
	page: Page,
	count: number,
	opts: { finished: boolean; endpoint?: string; token?: string }
): Promise<ReviewDocument[]> {
	const edition = getEdition(LATEST_EDITION_ID)!;
	const now = new Date().toISOString();
	const docs = Array.from({ length: count }, (_, i) => {
		let doc = createReviewDocument({
			id: crypto.randomUUID(),
			edition,
			now,
			meta: {
				service: `Bench service ${i + 1}`,
				organisation: 'Bench',
				place: '',
				reviewers: ['A'],
				startDate: '2026-11-01',
				endDate: null,
				reviewType: 'external'
			}
		});
		if (!opts.finished) return doc;
		for (let n = 1; n <= 25; n++) doc = setScore(n, ((n + i) % 5) + 1 as 1 | 2 | 3 | 4 | 5)(doc);
		const done = finish(doc, edition, now);
		if (!done.ok) throw new Error('seed review did not finish');
		return done.doc;
	});
	const rows = docs.map((d) => rowFor(d));
	const outbox = opts.finished
		? docs.map((d) => ({ reviewId: d.id, revision: d.revision, doc: d, status: 'pending', attempts: 0, nextAttemptAt: 0, lastError: null, receipt: null, enqueuedAt: now, updatedAt: now, uploadedAt: null }))
		: [];
	const settings = opts.endpoint ? [{ key: 'sync', endpoint: opts.endpoint, token: opts.token ?? null, changedAt: now }] : [];
	await page.evaluate(
		({ rows, outbox, settings }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onsuccess = () => {
					const tx = open.result.transaction(['reviews', 'outbox', 'settings'], 'readwrite');
					for (const r of rows) tx.objectStore('reviews').put(r);
					for (const o of outbox) tx.objectStore('outbox').put(o);
					for (const s of settings) tx.objectStore('settings').put(s);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		{ rows, outbox, settings }
	);
	return docs;
}
