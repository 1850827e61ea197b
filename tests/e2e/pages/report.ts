import { expect, type Locator, type Page } from '@playwright/test';
import { seedDatabase, type QueuedRevision } from '../support/seed';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { finishedFixture } from '../support/fixtures';

/**
 * The report screen, and seeding for the report and exchange tests. Reviews are
 * built in Node from the shared finished fixture (25/25 scored, total 100, "good")
 * and put straight into IndexedDB as rows the app itself would write.
 */

/** The fixture under a new id (unless given), with top-level fields replaced. */
export function finishedReview(overrides: Partial<ReviewDocument> = {}): ReviewDocument {
	return { ...finishedFixture(), ...structuredClone(overrides) };
}

/** A draft: the given items unscored, no totals, not finished. */
export function draftReview(unscored: number[], overrides: Partial<ReviewDocument> = {}): ReviewDocument {
	const doc = finishedReview(overrides);
	return {
		...doc,
		finishedAt: null,
		totals: null,
		items: doc.items.map((i) => (unscored.includes(i.number) ? { ...i, score: null } : i))
	};
}

export function withScores(doc: ReviewDocument, scores: Record<number, number | null>): ReviewDocument {
	return { ...doc, items: doc.items.map((i) => (i.number in scores ? { ...i, score: scores[i.number] as 1 | null } : i)) };
}

export { outboxRow } from '../support/seed';

/** Lets the app create its database (Dexie's schema) by opening /data, which reads the list. */
export async function openApp(page: Page): Promise<void> {
	await page.goto('/data');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'laatuarvio'))).toBe(true);
}

/** Writes rows as an earlier session would have left them. Reload afterwards: Dexie's live queries only see Dexie's writes. */
export function seed(page: Page, reviews: ReviewDocument[], opts: { outbox?: QueuedRevision[]; exportedAt?: string | null } = {}): Promise<void> {
	return seedDatabase(page, { reviews, outbox: opts.outbox, history: { exportedAt: opts.exportedAt ?? null } });
}

/** Every row of both stores, for "nothing changed" checks. */
export async function snapshot(page: Page): Promise<{ reviews: unknown[]; outbox: unknown[] }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['reviews', 'outbox'], 'readonly');
					const reviews = tx.objectStore('reviews').getAll();
					const outbox = tx.objectStore('outbox').getAll();
					tx.oncomplete = () => (db.close(), resolve({ reviews: reviews.result, outbox: outbox.result }));
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

export class ReportPage {
	readonly report: Locator;
	readonly sheet: Locator;
	readonly total: Locator;
	readonly bands: Locator;
	readonly chart: Locator;
	readonly printButton: Locator;

	constructor(readonly page: Page) {
		this.report = page.getByTestId('report');
		this.sheet = page.getByTestId('score-sheet');
		this.total = page.getByTestId('report-total');
		this.bands = page.getByTestId('level-bands');
		this.chart = page.getByTestId('score-chart');
		this.printButton = page.getByRole('button', { name: /Tulosta \/ Tallenna PDF|Print \/ Save as PDF/ });
	}

	async open(id: string): Promise<void> {
		await this.page.goto(`/review/${id}/report`);
		// The workspace loads the review and the service's other reviews first; on a loaded machine that has taken over 10 s.
		await expect(this.report).toBeVisible({ timeout: 30_000 });
	}

	row(n: number): Locator {
		return this.sheet.locator(`tr[data-item="${n}"]`);
	}

	score(n: number): Locator {
		return this.row(n).getByTestId('item-score');
	}

	achievedBand(): Locator {
		return this.bands.locator('li[aria-current="true"]');
	}
}
