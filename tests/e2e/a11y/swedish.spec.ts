import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { Screens } from '../pages/screens';

/** Swedish text is longer and has its own words: every screen is checked again in it. */
for (const { route, name } of Screens.all) {
	test(`the ${name} screen in Swedish has no serious axe violations`, async ({ page }) => {
		const screens = new Screens(page);
		await screens.useLocale('sv');
		if (route.includes('[id]')) await screens.seed();
		await screens.open(route);
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
		await expectAccessible(page);
	});
}
