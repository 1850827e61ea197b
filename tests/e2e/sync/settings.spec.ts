import { expect, test } from '@playwright/test';
import { APP_URL } from '../../../playwright.config';
import { expectAccessible } from '../support/app';
import { API, finishedReview, SyncPage, TOKEN } from '../pages/sync';

/**
 * The settings screen. Nothing here PUTs to the receiver (uploads go to a closed
 * port), so these tests cannot disturb the fault plans of upload.spec.ts.
 */
const CLOSED = 'http://localhost:9/api/v1';

test('refuses a plain-http address for a remote receiver with a clear message and saves nothing', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.endpoint.fill('http://kerays.example.fi/api/v1');
	await page.getByRole('button', { name: 'Tallenna yhteysasetukset' }).click();
	await expect(page.getByTestId('endpoint-error')).toContainText('Osoitteen on alettava https://');
	await expect(sync.endpoint).toHaveAttribute('aria-invalid', 'true');
	await expect(sync.endpoint).toBeFocused();
	await sync.endpoint.fill('https://kerays.example.fi/api/v1?x=1');
	await expect(page.getByTestId('endpoint-error')).toContainText('kysymysmerkkiä'); // updated while typing
	await sync.endpoint.fill('https://kerays.example.fi/api/v1');
	await expect(page.getByTestId('endpoint-error')).toHaveCount(0);
	await sync.endpoint.fill('');
	await page.reload();
	await expect(sync.endpoint).toHaveValue('');
	await expect(sync.badge).toHaveAttribute('data-state', 'not-configured');
});

test('never shows a saved token again, and lets it be replaced or removed', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure(`${API}/`, TOKEN);
	await expect(sync.endpoint).toHaveValue(API); // trailing slash trimmed
	await expect(page.getByTestId('token-saved')).toHaveText('Tunniste tallennettu.');
	await expect(sync.token).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('token-saved')).toBeVisible();
	expect(await page.content()).not.toContain(TOKEN);

	await page.getByRole('button', { name: 'Vaihda tunniste' }).click();
	await expect(sync.token).toHaveValue('');
	await page.getByRole('button', { name: 'Pidä nykyinen tunniste' }).click();
	await page.getByRole('button', { name: 'Poista tunniste' }).click();
	await expect(page.getByTestId('connection-message')).toHaveText('Tunniste poistettu.');
	await expect(sync.token).toBeVisible();
});

test('tests the connection: works, wrong token, unreachable, not a receiver', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure(API, TOKEN);
	const test = page.getByRole('button', { name: 'Testaa yhteys' });
	const result = page.getByTestId('test-result');

	await test.click();
	await expect(result).toHaveAttribute('data-result', 'ok');
	await expect(result).toContainText('Yhteys toimii: laatuarvio-reference-receiver');

	await page.getByRole('button', { name: 'Vaihda tunniste' }).click();
	await sync.token.fill('ei-kelpaa');
	await test.click();
	await expect(result).toHaveAttribute('data-result', 'wrong-token');
	await expect(result).toContainText('ei hyväksynyt tunnistetta');

	await sync.endpoint.fill(CLOSED);
	await test.click();
	await expect(result).toHaveAttribute('data-result', 'unreachable');

	await sync.endpoint.fill(`${APP_URL}/api/v1`); // the app's own static host answers with its HTML shell
	await test.click();
	await expect(result).toHaveAttribute('data-result', 'incompatible');
	await expect(result).toContainText('ei ole yhteensopiva');
	await expectAccessible(page);
});

test('removing the connection warns about unsent reviews, needs confirmation and keeps them queued', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure(CLOSED, 'jokin-tunniste');
	const docs = [finishedReview('Poisto A'), finishedReview('Poisto B')];
	await sync.seed(docs);
	await expect(page.getByTestId('remove-warning')).toContainText('2 valmista arviointia on vielä lähettämättä');
	const remove = page.getByRole('button', { name: 'Poista yhteysasetukset' });
	await expect(remove).toBeDisabled();
	await page.getByLabel('Ymmärrän, poista yhteysasetukset silti').check();
	await remove.click();
	await expect(page.getByTestId('removed')).toHaveText('Yhteysasetukset poistettu.');
	await expect(sync.endpoint).toHaveValue('');
	await expect(sync.token).toBeVisible();
	await page.reload();
	await expect(sync.badge).toHaveAttribute('data-state', 'not-configured');
	await expect(sync.badge).toContainText('2 lähettämättä – vastaanottaja puuttuu');
	for (const doc of docs) expect((await sync.outboxRow(doc.id))?.status).toBe('pending');
});

test('keeps the reviewer name and organisation as defaults', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await page.getByLabel('Nimesi').fill('Aino Arvioija');
	await page.getByLabel('Organisaatio').fill('Pohjois-Karjalan hyvinvointialue');
	await page.getByRole('button', { name: 'Tallenna omat tiedot' }).click();
	await expect(page.getByText('Omat tiedot tallennettu.')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Nimesi')).toHaveValue('Aino Arvioija');
	await expect(page.getByLabel('Organisaatio')).toHaveValue('Pohjois-Karjalan hyvinvointialue');
});

for (const [name, viewport] of [
	['tablet portrait', { width: 1024, height: 1366 }],
	['tablet landscape', { width: 1366, height: 1024 }],
	['phone', { width: 390, height: 844 }]
] as const) {
	test(`settings are accessible and fit the screen on a ${name}`, async ({ page }) => {
		await page.setViewportSize(viewport);
		const sync = new SyncPage(page);
		await sync.goto();
		await expectAccessible(page);
		await sync.configure(CLOSED, 'jokin-tunniste');
		await sync.seed([finishedReview('Näkymätesti')]);
		await expectAccessible(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}
