import { expect, type Page } from '@playwright/test';
import { SCREENS, type ScreenRoute } from '../../../src/lib/a11y/statement';
import { WorkspacePage } from './workspace';

/**
 * Opens every screen the accessibility statement lists, in turn, with a seeded review
 * for the review screens, so a test can check something on all of them.
 */
export class Screens {
	private reviewId: string | null = null;
	constructor(readonly page: Page) {}

	/** Sets the UI language before any page of the app loads. */
	async useLocale(locale: 'fi' | 'sv' | 'en'): Promise<void> {
		await this.page.addInitScript((l) => localStorage.setItem('laatuarvio.locale', l), locale);
	}

	async seed(): Promise<void> {
		this.reviewId = await new WorkspacePage(this.page).seed({ scores: { 1: 3, 2: 4 } });
	}

	url(route: ScreenRoute): string {
		if (route.includes('[id]') && !this.reviewId) throw new Error('seed() a review first');
		return route.replace('[id]', this.reviewId ?? '').replace('[n]', '3');
	}

	/** Opens a screen and waits until it has drawn its heading. */
	async open(route: ScreenRoute): Promise<void> {
		await this.page.goto(this.url(route));
		await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
	}

	static readonly all = SCREENS;
}
