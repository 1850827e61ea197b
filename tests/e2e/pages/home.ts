import { expect, type Locator, type Page } from '@playwright/test';
import type { ReviewDocument, ReviewMeta } from '../../../src/lib/review/schema';
import { finishedFixture } from '../support/fixtures';

/**
 * The shared finished fixture (started 2026-03-02, 25/25 scored, total 100) under a
 * new id, with meta fields replaced. `draft` clears scores and finish, as a new review has them.
 */
export function fixtureReview(meta: Partial<ReviewMeta> = {}, draft = false): ReviewDocument {
	const doc = finishedFixture();
	doc.meta = { ...doc.meta, ...meta };
	if (!draft) return doc;
	return { ...doc, finishedAt: null, totals: null, items: doc.items.map((i) => ({ ...i, score: null })) };
}

/** The reviews list ("/"): cards, the delete dialog and the storage status. */
export class HomePage {
	readonly heading: Locator;
	readonly cards: Locator;
	readonly dialog: Locator;
	readonly status: Locator;

	constructor(readonly page: Page) {
		this.heading = page.getByRole('heading', { level: 1 });
		this.cards = page.getByTestId('review-card');
		this.dialog = page.getByRole('dialog');
		this.status = page.getByTestId('home-status');
	}

	async open(): Promise<void> {
		await this.page.goto('/');
		await expect(this.page.getByTestId('review-list').or(this.page.getByTestId('empty-state'))).toBeVisible();
	}

	card(service: string): Locator {
		return this.cards.filter({ has: this.page.getByRole('heading', { name: service, exact: true }) });
	}

	deleteButton(service: string): Locator {
		return this.card(service).getByRole('button', { name: /^(Poista|Delete)/ });
	}
}

export type NewReviewInput = {
	service?: string;
	organisation?: string;
	place?: string;
	reviewers?: string[];
	startDate?: string;
	endDate?: string;
	type?: 'Ulkoinen arviointi' | 'Itsearviointi';
};

/** The create form ("/new"). Labels are the Finnish ones: Finnish is the default locale. */
export class NewReviewPage {
	readonly form: Locator;
	readonly service: Locator;
	readonly organisation: Locator;
	readonly place: Locator;
	readonly startDate: Locator;
	readonly endDate: Locator;
	readonly submit: Locator;

	constructor(readonly page: Page) {
		this.form = page.getByTestId('new-review-form');
		this.service = page.getByLabel('Palvelun tai toimipisteen nimi');
		this.organisation = page.getByLabel('Palvelun järjestävä organisaatio');
		this.place = page.getByLabel('Paikkakunta');
		this.startDate = page.getByLabel('Aloituspäivä');
		this.endDate = page.getByLabel('Päättymispäivä');
		this.submit = page.getByRole('button', { name: 'Luo arviointi' });
	}

	reviewer(n: number): Locator {
		return this.page.getByLabel(`Arvioija ${n}`, { exact: true });
	}

	async open(): Promise<void> {
		await this.page.goto('/new');
		await expect(this.form).toBeVisible();
	}

	async fill(input: NewReviewInput): Promise<void> {
		if (input.service !== undefined) await this.service.fill(input.service);
		if (input.organisation !== undefined) await this.organisation.fill(input.organisation);
		if (input.place !== undefined) await this.place.fill(input.place);
		for (const [i, name] of (input.reviewers ?? []).entries()) {
			if (i > 0) await this.page.getByRole('button', { name: 'Lisää arvioija' }).click();
			await this.reviewer(i + 1).fill(name);
		}
		if (input.startDate !== undefined) await this.startDate.fill(input.startDate);
		if (input.endDate !== undefined) await this.endDate.fill(input.endDate);
		if (input.type) await this.page.getByRole('radio', { name: input.type }).check();
	}

	/** Fills, submits and returns the new review's id from the address it goes to. */
	async create(input: NewReviewInput): Promise<string> {
		await this.fill(input);
		await this.submit.click();
		await this.page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
		return new URL(this.page.url()).pathname.split('/').pop()!;
	}

	/** The message the field points at through aria-describedby, if any. */
	async errorOf(field: Locator): Promise<string> {
		const ids = (await field.getAttribute('aria-describedby')) ?? '';
		const texts = await Promise.all(
			ids.split(' ').filter((id) => id.endsWith('-error')).map((id) => this.page.locator(`#${id}`).innerText())
		);
		return texts.join(' ');
	}
}

export { outboxRow, seedDatabase as seed } from '../support/seed';
