import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The files screen (/data): export buttons, the per-review list, the import form and its plan. */
export class DataPage {
	readonly backupButton: Locator;
	readonly csvButton: Locator;
	readonly fileInput: Locator;
	readonly plan: Locator;
	readonly importButton: Locator;
	readonly cancelButton: Locator;
	readonly importStatus: Locator;
	readonly importError: Locator;
	readonly reminder: Locator;

	constructor(readonly page: Page) {
		this.backupButton = page.getByRole('button', { name: 'Lataa varmuuskopio', exact: true });
		this.csvButton = page.getByRole('button', { name: 'Lataa pisteet (CSV)' });
		this.fileInput = page.getByLabel('Tiedosto', { exact: true });
		this.plan = page.getByTestId('import-plan');
		this.importButton = page.getByRole('button', { name: 'Tuo', exact: true });
		this.cancelButton = page.getByRole('button', { name: 'Peruuta tuonti' });
		this.importStatus = page.getByTestId('import-status');
		this.importError = page.getByTestId('import-error');
		this.reminder = page.getByTestId('backup-reminder');
	}

	async open(): Promise<void> {
		await this.page.goto('/data');
		await expect(this.page.getByRole('heading', { level: 1, name: 'Tiedostot ja varmuuskopiot' })).toBeVisible();
	}

	saveButton(service: string): Locator {
		return this.page.getByRole('button', { name: new RegExp(`^Tallenna tiedostona: ${service}`) });
	}

	/** Clicks and returns the download with its content. */
	async download(button: Locator): Promise<{ download: Download; bytes: Buffer; path: string }> {
		const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
		const path = await download.path();
		return { download, bytes: await readFile(path), path };
	}

	async choose(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
		await this.fileInput.setInputFiles(file);
	}

	/** Chooses the file, checks the plan appeared and accepts it. */
	async importFile(file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
		await this.choose(file);
		await expect(this.plan).toBeVisible();
		await this.importButton.click();
		await expect(this.page.getByTestId('import-done')).toBeVisible();
	}
}

export const jsonFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
