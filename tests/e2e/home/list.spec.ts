import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { HomePage, NewReviewPage, fixtureReview, seed } from '../pages/home';

const services = [
	['Työhönvalmennus Kuopio', 'Kuopion kaupunki'],
	['Työhönvalmennus Oulu', 'Oulun kaupunki'],
	['IPS Tampere', 'Pirkanmaan hyvinvointialue'],
	['IPS Turku', 'Varsinais-Suomen hyvinvointialue'],
	['Mielenterveyspalvelut', 'Pohjois-Savon hyvinvointialue'],
	['Työllisyyspalvelut', 'Jyväskylän kaupunki']
] as const;

test('with many reviews the list can be searched by service or organisation', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await expect(page.getByRole('searchbox')).toHaveCount(0);
	const reviews = services.map(([service, organisation]) =>
		fixtureReview({ service, organisation })
	);
	await seed(page, { reviews });
	await page.reload();

	await expect(home.cards).toHaveCount(6);
	const search = page.getByRole('searchbox', { name: /Hae palvelun/ });
	await search.fill('hyvinvointialue');
	await expect(home.cards).toHaveCount(3);
	await search.fill('ips tampere');
	await expect(home.cards).toHaveCount(1);
	await expect(home.card('IPS Tampere')).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: 'Hakuehdot' })).toHaveText('Hakuehdot täyttää 1/6 arviointia');
	await search.fill('helsinki');
	await expect(home.cards).toHaveCount(0);
	await expect(page.getByText('Yksikään arviointi ei vastaa hakua.')).toBeVisible();
	await search.fill('');
	await expect(home.cards).toHaveCount(6);
	await expectAccessible(page);
});

test('the storage status says whether storage is persistent and how much is used', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	const status = page.getByTestId('storage-status');
	await expect(status.getByTestId('storage-persisted')).toHaveText(/Pysyvä/);
	await expect(status.getByTestId('storage-usage')).toHaveText(/^Käytössä [\d,]+ (B|kB|MB|GB), tilaa käytettävissä yhteensä [\d,\s]+ (kB|MB|GB)$/);
	const persisted = await status.getByTestId('storage-persisted').getAttribute('data-persisted');
	// Headless Chromium may or may not grant it; either way the screen must match the browser.
	const actual = await page.evaluate(() => navigator.storage.persisted());
	expect(persisted).toBe(String(actual));
	if (!actual) {
		await expect(status.getByTestId('storage-ask')).toBeVisible();
		await status.getByTestId('storage-ask').click();
		await expect(status.getByTestId('storage-request')).toHaveText(/Pysyvä tallennus myönnettiin|ei myöntänyt/);
	}
});

test.describe('on a phone (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	const noHorizontalScroll = (page: import('@playwright/test').Page) =>
		page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

	test('the list and the form fit the width without horizontal scrolling', async ({ page }) => {
		const home = new HomePage(page);
		await home.open();
		const long = 'Pohjois-Pohjanmaan hyvinvointialueen mielenterveys- ja päihdepalveluiden työhönvalmennus';
		await seed(page, {
			reviews: services.map(([service, organisation], i) =>
				fixtureReview({ service: i === 0 ? long : service, organisation })
			)
		});
		await page.reload();
		await expect(home.cards).toHaveCount(6);
		expect(await noHorizontalScroll(page)).toBe(true);

		const form = new NewReviewPage(page);
		await form.open();
		await form.fill({ reviewers: ['Maija Arvioija', 'Pekka Arvioija'] });
		await form.submit.click();
		await expect(form.service).toBeFocused();
		expect(await noHorizontalScroll(page)).toBe(true);
		await expectAccessible(page);
	});
});
