import { expect, type Locator, type Page } from '@playwright/test';
import type { SheetJob, SheetRecord } from '../../../src/lib/records/schema';
import type { ReviewDocument } from '../../../src/lib/review/schema';

/**
 * The client-record sheet (/review/[id]/records) and its figures on the item screen.
 * Rows are seeded through WorkspacePage.seed({ change: withRecords(...) }); one row is
 * typed through the screen as a reviewer does.
 */
export const job = (type: string, employer: string, competitive: boolean | null, permanent: boolean | null, start: string | null): SheetJob => ({
	type,
	employer,
	competitive,
	permanent,
	start
});

export const record = (n: number, serviceStart: string | null, firstEmployerContact: string | null, jobs: SheetJob[], followAlong: string[] = []): SheetRecord => ({
	n,
	serviceStart,
	firstEmployerContact,
	jobs,
	followAlong
});

export const withRecords =
	(...records: SheetRecord[]) =>
	(doc: ReviewDocument): ReviewDocument => ({ ...doc, visit: { ...doc.visit, records } });

export class RecordsPage {
	constructor(readonly page: Page) {}

	row(n: number): Locator {
		return this.page.locator(`[data-testid="record"][data-n="${n}"]`);
	}

	async addRow(): Promise<void> {
		const before = await this.page.getByTestId('record').count();
		await this.page.getByRole('button', { name: 'Lisää rivi' }).click();
		await expect(this.page.getByTestId('record')).toHaveCount(before + 1);
	}

	/** Fills a job's fields in the row; the job must exist. */
	async fillJob(n: number, index: number, j: SheetJob): Promise<void> {
		const jobRow = this.row(n).getByTestId('record-job').nth(index);
		await jobRow.getByLabel('Työn laatu').fill(j.type);
		await jobRow.getByLabel('Työnantaja').fill(j.employer);
		const answer = (v: boolean | null) => (v === null ? 'Ei tiedossa' : v ? 'Kyllä' : 'Ei');
		await jobRow.getByRole('group', { name: 'Avoimilla työmarkkinoilla' }).getByRole('radio', { name: answer(j.competitive), exact: true }).check();
		await jobRow.getByRole('group', { name: 'Vakituinen' }).getByRole('radio', { name: answer(j.permanent), exact: true }).check();
		if (j.start) await jobRow.getByLabel('Työn alkamispäivä').fill(j.start);
	}

	figures(): Locator {
		return this.page.getByTestId('sheet-figures');
	}

	async figure(key: string): Promise<string> {
		return (await this.figures().locator(`[data-key="${key}"] dd`).textContent())?.trim() ?? '';
	}
}
