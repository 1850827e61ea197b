import { expect, test } from '@playwright/test';
import { expectAccessible, storedReview } from '../support/app';
import { HomePage, NewReviewPage, fixtureReview, seed } from '../pages/home';

test('an empty device explains how to start and links to the new-review form', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await expect(page.getByTestId('empty-state')).toContainText('Uusi arviointi');
	await expect(home.cards).toHaveCount(0);
	await page.getByTestId('new-review').click();
	await expect(page).toHaveURL(/\/new$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi arviointi');
	// The reviewer came to type: the service name has the focus, so typing needs no tap first.
	await expect(page.getByLabel('Palvelun tai toimipisteen nimi')).toBeFocused();
	await page.keyboard.type('Työhönvalmennus Iisalmi');
	await expect(page.getByLabel('Palvelun tai toimipisteen nimi')).toHaveValue('Työhönvalmennus Iisalmi');
});

test('opened directly, the new-review form also starts in the service name', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	await expect(page.getByLabel('Palvelun tai toimipisteen nimi')).toBeFocused();
});

test('a created review is listed after a reload as a draft with 0/25 scored, linking to its workspace', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	const id = await form.create({
		service: 'Työhönvalmennus Kuopio',
		organisation: 'Kuopion kaupunki',
		place: 'Kuopio',
		reviewers: ['Maija Arvioija', 'Pekka Arvioija'],
		startDate: '2026-04-14',
		endDate: '2026-04-15',
		type: 'Itsearviointi'
	});
	expect(await storedReview(page, id)).toMatchObject({
		id,
		revision: 1,
		edition: 'fi-2021-11-01',
		finishedAt: null,
		meta: {
			service: 'Työhönvalmennus Kuopio',
			organisation: 'Kuopion kaupunki',
			place: 'Kuopio',
			reviewers: ['Maija Arvioija', 'Pekka Arvioija'],
			startDate: '2026-04-14',
			endDate: '2026-04-15',
			reviewType: 'self'
		}
	});

	const home = new HomePage(page);
	await home.open();
	await page.reload();
	const card = home.card('Työhönvalmennus Kuopio');
	await expect(card).toHaveCount(1);
	await expect(card.getByTestId('state')).toHaveText('Luonnos');
	await expect(card.getByTestId('progress')).toHaveText('Pisteytetty 0/25');
	await expect(card.getByTestId('total')).toHaveText('Pisteet yhteensä 0/125');
	await expect(card).toContainText('Kuopion kaupunki');
	await expect(card).toContainText('Maija Arvioija, Pekka Arvioija');
	await expect(card).toContainText('Itsearviointi');
	await expect(card).toContainText('14.4.2026');
	await expect(card.getByRole('link', { name: 'Työhönvalmennus Kuopio' })).toHaveAttribute('href', `/review/${id}`);
	await expectAccessible(page);
});

test('the form refuses an empty service name and an end date before the start, saying so beside each field', async ({
	page
}) => {
	const form = new NewReviewPage(page);
	await form.open();
	await form.fill({ reviewers: ['Maija Arvioija'], startDate: '2026-05-10', endDate: '2026-05-09' });
	await form.submit.click();

	await expect(form.service).toBeFocused();
	await expect(form.service).toHaveAttribute('aria-invalid', 'true');
	expect(await form.errorOf(form.service)).toBe('Anna palvelun tai toimipisteen nimi.');
	await expect(form.endDate).toHaveAttribute('aria-invalid', 'true');
	expect(await form.errorOf(form.endDate)).toBe('Päättymispäivä ei voi olla ennen aloituspäivää.');
	await expect(page.getByRole('status').filter({ hasText: 'Korjaa lomakkeen virheet' })).toHaveText(/2 virhettä/);
	await expect(page).toHaveURL(/\/new$/);
	await expectAccessible(page);

	// Messages follow the typing once shown, and a valid form goes through.
	await form.service.fill('Työhönvalmennus Oulu');
	await expect(form.service).not.toHaveAttribute('aria-invalid', 'true');
	await form.endDate.fill('2026-05-10');
	await expect(form.endDate).not.toHaveAttribute('aria-invalid', 'true');
	await form.submit.click();
	await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}$/);
});

test('the form asks for at least one reviewer and offers today as the start date', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	const today = await page.evaluate(() => {
		const d = new Date();
		return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
	});
	await expect(form.startDate).toHaveValue(today);
	await expect(page.getByRole('radio', { name: 'Ulkoinen arviointi' })).toBeChecked();
	await expect(page.getByLabel('Laatukriteeristön versio')).toHaveValue('fi-2021-11-01');
	await form.fill({ service: 'Työhönvalmennus Oulu' });
	await form.submit.click();
	await expect(form.reviewer(1)).toBeFocused();
	expect(await form.errorOf(form.reviewer(1))).toBe('Anna vähintään yhden arvioijan nimi.');
});

test('the first reviewer comes from the profile; the reviewer’s own organisation is not made the service’s organiser', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	await seed(page, { settings: [{ key: 'profile', name: 'Maija Arvioija', organisation: 'IPS-keskus' }] });
	await page.reload();
	await expect(form.reviewer(1)).toHaveValue('Maija Arvioija');
	await expect(form.organisation).toHaveValue('');
	await expect(page.getByText('IPS-keskus')).toHaveCount(0);
});

test('a service reviewed before on this device shows that review and when the next one is due', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	// The fixture: started 2026-03-02, total 100, so the next review is a year later.
	const previous = fixtureReview();
	await seed(page, { reviews: [previous] });
	await page.reload();
	const hint = page.getByTestId('previous-review');
	await form.fill({ service: 'tuetun  työllistymisen PALVELU', organisation: 'Toinen organisaatio' });
	await expect(hint).toBeEmpty();
	await form.fill({ organisation: previous.meta.organisation });
	await expect(hint).toContainText('2.3.2026');
	await expect(hint).toContainText('100/125');
	await expect(page.getByTestId('next-due')).toHaveText('Seuraava arviointi on ajankohtainen 2.3.2027.');
	await expectAccessible(page);
});
