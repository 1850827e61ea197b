import { expect, test, type Page } from '@playwright/test';
import { ASSESSED_ON } from '../../../src/lib/a11y/statement';
import { expectAccessible } from '../support/app';
import { Screens } from '../pages/screens';

/** Presses Tab until the statement link has focus; fails if it never does (or focus is trapped). */
async function tabToStatement(page: Page, name: string): Promise<void> {
	for (let presses = 0; presses < 250; presses++) {
		await page.keyboard.press('Tab');
		if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'statement-link') return;
	}
	throw new Error(`${name}: 250 presses of Tab never reached the accessibility statement link`);
}

/**
 * The accessibility statement is linked from the footer of every screen and is
 * reached with Tab alone from the top of each page, then opened with Enter.
 */
for (const { route, name } of Screens.all) {
	test(`the accessibility statement is reachable by keyboard from the ${name} screen`, async ({ page }) => {
		test.slow(); // the review screens have a hundred stops or more before the footer
		const screens = new Screens(page);
		if (route.includes('[id]')) await screens.seed();
		await screens.open(route);
		await tabToStatement(page, name);
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saavutettavuusseloste');
		await expect(page).toHaveURL(/\/accessibility$/);
	});
}

for (const [locale, title, date] of [
	['fi', 'Saavutettavuusseloste', /Saavutettavuus on arvioitu viimeksi \d+\.\d+\.\d{4}\./],
	['sv', 'Tillgänglighetsutlåtande', /Tillgängligheten bedömdes senast \d+\.\d+\.\d{4}\./],
	['en', 'Accessibility statement', /Accessibility was last assessed on \d+ \w{3} \d{4}\./]
] as const) {
	test(`the statement in ${locale} names the standard, the axe rules, the date and the authority, and passes axe`, async ({ page }) => {
		test.slow(); // axe on a long page
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
