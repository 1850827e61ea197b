import type { Page } from '@playwright/test';
import type { SettingsRow } from '../../src/lib/db/types';
import { reopen } from '../../src/lib/review/lifecycle';
import type { ReviewDocument } from '../../src/lib/review/schema';
import { finishedReview } from '../../tests/e2e/pages/sync';
import { outboxRow, seedDatabase } from '../../tests/e2e/support/seed';

/**
 * Puts reviews straight into the app's IndexedDB, built with the app's own pure
 * functions (the rows finishReview would write), so the bench measures the queue
 * and the save path, not the typing.
 */
export async function seedReviews(
	page: Page,
	count: number,
	opts: { finished: boolean; endpoint?: string; token?: string }
): Promise<ReviewDocument[]> {
	const now = new Date().toISOString();
	const finished = Array.from({ length: count }, (_, i) => finishedReview(`Bench service ${i + 1}`, ((i % 5) + 1) as 1));
	const docs = opts.finished ? finished : finished.map((d) => ({ ...reopen(d, now), revision: 1 }));
	const settings: SettingsRow[] = opts.endpoint ? [{ key: 'sync', endpoint: opts.endpoint, token: opts.token ?? null, changedAt: now }] : [];
	await seedDatabase(page, { reviews: docs, outbox: opts.finished ? docs.map((d) => outboxRow(d)) : [], settings });
	return docs;
}
