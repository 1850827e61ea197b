import { expect, type Locator, type Page } from '@playwright/test';
import { lock } from '../../../src/lib/consensus/lock';
import { putLockedRating, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import type { Score } from '../../../src/lib/instrument/schema';
import type { ReviewDocument } from '../../../src/lib/review/schema';

/**
 * Steps for the two-reviewer screens: the bar above the workspace (start, current reviewer,
 * lock), the consensus screen and the pair files. Reviews are seeded with the app's own
 * pure rules, so a test starts with most of a rating already given.
 */
export const A = 'Aino Arvioija';
export const B = 'Bertil Bedömare';

/** A pair review with both ratings given except `open` items; `scores` overrides per reviewer. */
export function ratedPair(open: number[] = [], scores: { a?: Record<number, Score>; b?: Record<number, Score> } = {}) {
	const edition = getEdition(LATEST_EDITION_ID)!;
	return (doc: ReviewDocument): ReviewDocument => {
		let d = startPair(A, B)({ ...doc, meta: { ...doc.meta, reviewers: [A, B] } });
		for (const item of edition.items) {
			if (open.includes(item.number)) continue;
			d = setRatingScore(A, item.number, scores.a?.[item.number] ?? 3)(d);
			d = setRatingScore(B, item.number, scores.b?.[item.number] ?? 3)(d);
		}
		return d;
	};
}

/** Both ratings locked (the hash computed in Node with the app's own lock). */
export async function lockedBoth(doc: ReviewDocument): Promise<ReviewDocument> {
	let d = doc;
	for (const r of d.ratings) d = putLockedRating(await lock(r, new Date().toISOString()))(d);
	return d;
}

export class PairPage {
	constructor(readonly page: Page) {}

	bar(): Locator {
		return this.page.getByTestId('pair-bar');
	}

	async startPair(): Promise<void> {
		await this.page.getByTestId('pair-start').click();
		await this.page.getByRole('dialog').getByRole('button', { name: 'Aloita' }).click();
		await expect(this.page.getByTestId('rater-switch')).toBeVisible();
	}

	async rateAs(reviewer: string): Promise<void> {
		await this.page.getByTestId('rater-switch').getByLabel(new RegExp(reviewer)).check();
		await expect(this.page.getByTestId('rater-switch').getByLabel(new RegExp(reviewer))).toBeChecked();
	}

	/** Locks the current reviewer's rating; the second lock leads straight to agreeing. */
	async lockMine(last = false): Promise<void> {
		await this.page.getByTestId('lock-rating').click();
		await this.page.getByRole('dialog').getByRole('button', { name: 'Lukitse', exact: true }).click();
		await expect(this.page.getByTestId(last ? 'to-consensus' : 'own-locked')).toBeVisible();
	}

	row(n: number): Locator {
		return this.page.getByTestId(`consensus-row-${n}`);
	}

	progress(): Locator {
		return this.page.getByTestId('consensus-progress');
	}

	/** Picks the agreed score of one item and waits for the progress to count it. */
	async agree(n: number, score: number, reason?: string): Promise<void> {
		const before = await this.progress().textContent();
		await this.row(n).getByRole('radio', { name: String(score), exact: true }).check();
		if (reason !== undefined) {
			await this.row(n).getByRole('textbox').fill(reason);
			await this.row(n).getByTestId(`confirm-reason-${n}`).click();
		}
		await expect(this.progress()).not.toHaveText(before ?? '');
	}

	/** The whole page as HTML: the blind check reads it, not only what is visible. */
	html(): Promise<string> {
		return this.page.evaluate(() => document.documentElement.outerHTML);
	}
}
