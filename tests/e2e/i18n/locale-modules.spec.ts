import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectAccessible, openControlled } from '../support/app';

/**
 * Swedish and English are modules of their own, fetched when chosen and kept by the service
 * worker (src/lib/i18n/README.md, "Per-language messages"). A device never shows a language
 * whose texts it does not have: offline it says so and stays in the language it is in.
 *
 * Contexts are Finnish devices (navigator.languages fi-FI) unless a test says otherwise, so the
 * quiet fetch of the device's own language does not bring Swedish or English in by itself.
 */
const languageSelect = (page: Page) => page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ });
const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const notice = (page: Page) => page.getByTestId('locale-notice');

async function device(browser: Browser, locale = 'fi-FI'): Promise<{ context: BrowserContext; page: Page; localeRequests: string[] }> {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	// Each module once, however many times it is requested (the page's request, the worker's own).
	const localeRequests: string[] = [];
	context.on('request', (r) => {
		const name = /\/(locale-(?:sv|en))\.[\w-]+\.js$/.exec(r.url())?.[1];
		if (name && !localeRequests.includes(name)) localeRequests.push(name);
	});
	return { context, page, localeRequests };
}

/** The locale modules the service worker has kept. */
const cachedLocales = (page: Page) =>
	page.evaluate(async () => {
		const cache = await caches.open('laatuarvio-locales');
		return (await cache.keys()).map((r) => /locale-(\w+)\./.exec(r.url)?.[1]).sort();
	});

test('a Finnish device loads no other language; reloading in Swedish draws Swedish first, never Finnish', async ({ browser }) => {
	const { context, page, localeRequests } = await device(browser);
	await openControlled(page);
	await expect(heading(page)).toHaveText('Arvioinnit');
	expect(localeRequests).toEqual([]);

	await languageSelect(page).selectOption('sv');
	await expect(heading(page)).toHaveText('Bedömningar');
	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	expect(localeRequests).toEqual(['locale-sv']);

	// Every text the heading and the menu ever show during the reload, from the first drawn on.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __seen: string[] }).__seen = seen;
		new MutationObserver(() => {
			for (const el of document.querySelectorAll('h1, header nav a')) {
				const text = el.textContent?.trim();
				if (text && seen.at(-1) !== text && !seen.includes(text)) seen.push(text);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await page.reload();
	await expect(heading(page)).toHaveText('Bedömningar');
	await expect(languageSelect(page)).toHaveValue('sv');
	const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
	expect(seen).toContain('Bedömningar');
	expect(seen).not.toContain('Arvioinnit');
	expect(seen).not.toContain('Asetukset');
	await context.close();
});

test('offline, a language never fetched is not switched to: the picker says why and the app stays Finnish', async ({ browser }) => {
	const { context, page } = await device(browser);
	await openControlled(page);
	await context.setOffline(true);

	await languageSelect(page).selectOption('sv');
	await expect(notice(page)).toHaveText('Svenska ei ole vielä tällä laitteella. Avaa sovellus kerran verkkoyhteyden kanssa ja valitse kieli sitten uudelleen.');
	await expect(languageSelect(page)).toHaveValue('fi');
	await expect(heading(page)).toHaveText('Arvioinnit');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
	expect(await page.evaluate(() => localStorage.getItem('laatuarvio.locale'))).toBeNull();
	await expectAccessible(page);

	// English in the same way, told in Finnish; the notice can be closed from the keyboard.
	await languageSelect(page).selectOption('en');
	await expect(notice(page)).toContainText('English ei ole vielä tällä laitteella.');
	await page.getByRole('banner').getByRole('button', { name: 'Sulje' }).focus();
	await page.keyboard.press('Enter');
	await expect(notice(page)).toHaveCount(0);
	await context.close();
});

test('a language chosen once online is there offline after a reload', async ({ browser }) => {
	const { context, page } = await device(browser);
	await openControlled(page);
	await languageSelect(page).selectOption('sv');
	await expect(heading(page)).toHaveText('Bedömningar');
	await expect.poll(() => cachedLocales(page)).toEqual(['sv']);
	await languageSelect(page).selectOption('fi');
	await expect(heading(page)).toHaveText('Arvioinnit');

	await context.setOffline(true);
	await page.reload();
	await expect(heading(page)).toHaveText('Arvioinnit');
	await languageSelect(page).selectOption('sv');
	await expect(heading(page)).toHaveText('Bedömningar');
	await expect(notice(page)).toHaveCount(0);
	await context.close();
});

test('a Swedish device fetches Swedish quietly after the first screen, so it works offline before anyone picks it', async ({ browser }) => {
	const { context, page, localeRequests } = await device(browser, 'sv-FI');
	await openControlled(page);
	await expect(heading(page)).toHaveText('Arvioinnit'); // the app still starts in Finnish
	await expect.poll(() => cachedLocales(page), { timeout: 15_000 }).toEqual(['sv']);
	expect(localeRequests).not.toContain('locale-en');

	await context.setOffline(true);
	await page.reload();
	await languageSelect(page).selectOption('sv');
	await expect(heading(page)).toHaveText('Bedömningar');
	await context.close();
});

test('a stored Swedish choice without its module offline starts the app in Finnish and says why', async ({ browser }) => {
	const { context, page } = await device(browser);
	await openControlled(page);
	await context.setOffline(true);
	await page.evaluate(() => localStorage.setItem('laatuarvio.locale', 'sv'));

	await page.reload();
	await expect(heading(page)).toHaveText('Arvioinnit');
	await expect(notice(page)).toHaveText('Svenska ei ole vielä tällä laitteella. Avaa sovellus kerran verkkoyhteyden kanssa ja valitse kieli sitten uudelleen.');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
	await expect(languageSelect(page)).toHaveValue('fi');
	// The choice is kept: online again, the next start is Swedish.
	expect(await page.evaluate(() => localStorage.getItem('laatuarvio.locale'))).toBe('sv');
	await context.setOffline(false);
	await page.reload();
	await expect(heading(page)).toHaveText('Bedömningar');
	await expect(notice(page)).toHaveCount(0);
	await context.close();
});
