import { randomUUID } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { seedDatabase } from '../support/seed';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import { finish } from '../../../src/lib/review/lifecycle';
import type { ReviewDocument, ReviewMeta } from '../../../src/lib/review/schema';
import { storedReview } from '../support/app';

/**
 * Steps for the review workspace (/review/[id]/…). Reviews are seeded straight into
 * IndexedDB, built in Node with the app's own pure functions, so each test starts
 * from exactly the review it needs; one test goes through /new as a reviewer would.
 */
export const META: ReviewMeta = {
	service: 'Työhönvalmennus Testilä',
	organisation: 'Testilän kaupunki',
	place: 'Testilä',
	reviewers: ['Arvioija A'],
	startDate: '2026-11-02',
	endDate: null,
	reviewType: 'external'
};

export type Seed = {
	meta?: Partial<ReviewMeta>;
	/** Chosen scores by item number. */
	scores?: Record<number, number>;
	change?: (doc: ReviewDocument) => ReviewDocument;
	/** Seed a finished review (every item must then be scored), finished at this time. */
	finishedAt?: string;
};

/** A score for every item of the latest edition, with some items given other scores. */
export function allScored(base: number, except: Record<number, number> = {}): Record<number, number> {
	const edition = getEdition(LATEST_EDITION_ID)!;
	return Object.fromEntries(edition.items.map((i) => [i.number, except[i.number] ?? base]));
}

export class WorkspacePage {
	constructor(readonly page: Page) {}

	/** Puts a draft review into the app's database and returns its id. */
	async seed(seed: Seed = {}): Promise<string> {
		const edition = getEdition(LATEST_EDITION_ID);
		if (!edition) throw new Error('no edition');
		const id = randomUUID();
		const now = new Date().toISOString();
		let doc = createReviewDocument({ id, edition, meta: { ...META, ...seed.meta }, now });
		const scores = seed.scores ?? {};
		doc = { ...doc, items: doc.items.map((i) => (i.number in scores ? { ...i, score: scores[i.number] as 1 } : i)) };
		if (seed.change) doc = seed.change(doc);
		if (seed.finishedAt) {
			const done = finish(doc, edition, seed.finishedAt);
			if (!done.ok) throw new Error(`cannot seed a finished review: ${done.reason}`);
			doc = done.doc;
		}
		// Let the app create its database (Dexie's schema) before writing into it.
		await this.page.goto(`/review/${randomUUID()}`);
		await expect(this.page.getByTestId('review-missing')).toBeVisible();
		await seedDatabase(this.page, { reviews: [doc] });
		return id;
	}

	/** Creates a review through the /new form, as a reviewer does, and returns its id. */
	async createThroughForm(service: string): Promise<string> {
		await this.page.goto('/new');
		await this.page.getByLabel(/Palvelun tai toimipisteen nimi/).fill(service);
		const reviewer = this.page.getByLabel(/Arvioija 1/);
		if ((await reviewer.inputValue()) === '') await reviewer.fill('Arvioija A');
		await this.page.getByRole('button', { name: 'Luo arviointi' }).click();
		await this.page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
		return this.page.url().split('/').at(-1)!;
	}

	async stored(id: string): Promise<ReviewDocument> {
		return (await storedReview(this.page, id)) as ReviewDocument;
	}

	async storedItem(id: string, n: number) {
		return (await this.stored(id)).items.find((i) => i.number === n)!;
	}

	async open(id: string, path = ''): Promise<void> {
		await this.page.goto(`/review/${id}${path}`);
		await expect(this.page.getByTestId('service-name')).toBeVisible();
	}

	async openItem(id: string, n: number): Promise<void> {
		await this.open(id, `/item/${n}`);
		await expect(this.heading()).toContainText(`${n}.`);
	}

	heading(): Locator {
		return this.page.getByRole('heading', { level: 1 });
	}

	anchor(score: number): Locator {
		return this.page.getByTestId(`anchor-${score}`);
	}

	scoreRadio(score: number): Locator {
		return this.page.getByTestId('anchors').getByRole('radio').nth(score - 1);
	}

	/** Taps an anchor and waits until the screen shows it chosen and saved (i.e. after the commit). */
	async tapScore(score: number): Promise<void> {
		await this.anchor(score).click();
		await expect(this.savedMark(score)).toBeVisible();
	}

	/** The "chosen" mark once the score is stored (before that it says "chosen – saving…"). */
	savedMark(score: number): Locator {
		return this.anchor(score).locator('.mark[data-state="saved"]');
	}

	nextButton(): Locator {
		return this.page.getByTestId('next-item');
	}

	prevButton(): Locator {
		return this.page.getByTestId('prev-item');
	}

	saved(): Locator {
		return this.page.getByTestId('save-state');
	}

	subCriterion(id: string): Locator {
		return this.page.getByTestId(`sub-${id}`);
	}

	suggestion(): Locator {
		return this.page.getByTestId('suggestion').first();
	}

	async addNote(): Promise<Locator> {
		const before = await this.page.getByTestId('note').count();
		await this.page.getByRole('button', { name: 'Lisää muistiinpano' }).click();
		const note = this.page.getByTestId('note').nth(before);
		await expect(note).toBeVisible();
		return note;
	}

	/** Documents the page is wider than the screen (horizontal scrolling). */
	async horizontalOverflow(): Promise<number> {
		return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	}
}
