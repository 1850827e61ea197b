import { expect, type Page } from '@playwright/test';
import { RECEIVER_URL } from '../../../playwright.config';

/** The receiver's dashboard (server/dashboard/), as a reader uses it. */
export class DashboardPage {
	constructor(readonly page: Page) {}

	async signIn(token: string, lang: 'fi' | 'en' = 'fi'): Promise<void> {
		await this.page.goto(`${RECEIVER_URL}/dashboard/sign-in?lang=${lang}`);
		await this.page.getByLabel(lang === 'fi' ? 'Lukutunnus' : 'Read token').fill(token);
		await this.page.getByRole('button', { name: lang === 'fi' ? 'Kirjaudu' : 'Sign in' }).click();
	}

	async expectSignedIn(): Promise<void> {
		await expect(this.page).toHaveURL(/\/dashboard\/services/);
	}

	row(name: string) {
		return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
	}

	async open(area: RegExp): Promise<void> {
		await this.page.getByRole('link', { name: area }).first().click();
	}
}
