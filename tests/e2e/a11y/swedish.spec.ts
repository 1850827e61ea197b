import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { Screens } from '../pages/screens';

/** Swedish text is longer and has its own words: every screen is checked again in it. */
test('every screen in Swedish has no serious axe violations and says it is Swedish', async ({ page }) => {
	test.slow(); // axe on ten screens
	const screens = new Screens(page);
	await screens.useLocale('sv');
	await screens.seed();
	for (const { route, name } of Screens.all) {
		await screens.open(route);
		await expect(page.locator('html'), name).toHaveAttribute('lang', 'sv');
		await expect(page.getByRole('navigation', { name: 'Huvudmeny' }), name).toBeVisible();
		await expectAccessible(page);
	}
});
