import { expect, test } from '@playwright/test';
import { ASSESSED_ON } from '../../../src/lib/a11y/statement';
import { expectAccessible } from '../support/app';
import { Screens } from '../pages/screens';

/**
 * The accessibility statement is one keystroke away on every screen: the link is the
 * page's last focusable element, so Shift+Tab from the top of any page lands on it.
 */
test('the accessibility statement is reachable by keyboard from every screen', async ({ page }) => {
	test.slow(); // ten screens, each loaded and left by keyboard
	const screens = new Screens(page);
	await screens.seed();
	for (const { route, name } of Screens.all) {
		await screens.open(route);
		await page.keyboard.press('Shift+Tab');
		await expect(page.getByTestId('statement-link'), name).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 }), name).toHaveText('Saavutettavuusseloste');
		await expect(page).toHaveURL(/\/accessibility$/);
	}
});

for (const [locale, title, date] of [
	['fi', 'Saavutettavuusseloste', /Saavutettavuus on arvioitu viimeksi \d+\.\d+\.\d{4}\./],
	['sv', 'Tillgänglighetsutlåtande', /Tillgängligheten bedömdes senast \d+\.\d+\.\d{4}\./],
	['en', 'Accessibility statement', /Accessibility was last assessed on \d+ \w{3} \d{4}\./]
] as const) {
	test(`the statement in ${locale} names the standard, the axe rules, the date and the authority, and passes axe`, async ({ page }) => {
		const screens = new Screens(page);
		await screens.useLocale(locale);
		await screens.open('/accessibility');
		const statement = page.getByTestId('accessibility-statement');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await expect(page.getByTestId('statement-link')).toHaveText(title);
		await expect(statement).toContainText('WCAG 2.1 AA');
		await expect(statement).toContainText('wcag2a, wcag2aa, wcag21a, wcag21aa');
		await expect(page.getByTestId('assessed-on')).toHaveText(date);
		await expect(page.getByTestId('assessed-on')).toContainText(String(Number(ASSESSED_ON.slice(0, 4))));
		await expect(statement).toContainText('Traficom');
		await expect(statement.getByRole('link', { name: 'www.saavutettavuusvaatimukset.fi' })).toBeVisible();
		await expectAccessible(page);
	});
}
