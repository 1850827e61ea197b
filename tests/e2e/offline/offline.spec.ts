import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import config, { APP_URL } from '../../../playwright.config';
import { NewReviewPage } from '../pages/home';
import { WorkspacePage } from '../pages/workspace';
import { openControlled, storedReview } from '../support/app';

/**
 * The product's promise: open the app once with a connection, then work with none.
 * A persistent profile stands in for the tablet, so closing the browser and opening
 * it again keeps the service worker and IndexedDB exactly as a real device would.
 */
const launch = (dir: string, offline: boolean): Promise<BrowserContext> =>
	chromium.launchPersistentContext(dir, {
		...config.use?.launchOptions,
		baseURL: APP_URL,
		viewport: { width: 1024, height: 1366 },
		serviceWorkers: 'allow',
		offline
	});

let profile: string;
test.beforeEach(() => {
	profile = mkdtempSync(join(tmpdir(), 'laatuarvio-profile-'));
});
test.afterEach(() => rmSync(profile, { recursive: true, force: true }));

test('after one online visit the app works offline: reload, create, deep link, score and notes survive closing the browser', async () => {
	let context = await launch(profile, false);
	let page = context.pages()[0] ?? (await context.newPage());
	await openControlled(page);

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByTestId('offline')).toBeVisible();

	const form = new NewReviewPage(page);
	await form.open();
	const id = await form.create({ service: 'Työhönvalmennus Kylänpää', reviewers: ['Arvioija A'] });

	// A deep link typed into the address bar, offline: served by the worker's app shell.
	await page.goto(`/review/${id}/item/13`);
	const ws = new WorkspacePage(page);
	await expect(ws.heading()).toContainText('13.');
	await ws.tapScore(4);
	await ws.subCriterion('13.1').getByLabel('Täyttyy').check();
	await ws.subCriterion('13.1').getByRole('textbox').fill('Tiiminvetäjä kertoi käytännöstä.');
	const note = await ws.addNote();
	await note.getByLabel('Haastattelu').check();
	await note.getByLabel('Keneltä (rooli)').fill('työhönvalmentaja');
	await note.getByLabel('Muistiinpano', { exact: true }).fill('Asiakkaan kanssa sovitaan kerrottavista asioista.');
	await page.getByRole('textbox', { name: 'Vahvuudet' }).fill('Selkeä käytäntö');
	await expect(ws.saved()).toContainText('Tallennettu');
	await context.close();

	// The tablet is switched on again the next morning, still with no network.
	context = await launch(profile, true);
	page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await expect(page.getByTestId('review-card')).toContainText('Työhönvalmennus Kylänpää');
	await page.goto(`/review/${id}/item/13`);
	const again = new WorkspacePage(page);
	await expect(again.anchor(4)).toContainText('Valittu');
	await expect(again.subCriterion('13.1').getByRole('textbox')).toHaveValue('Tiiminvetäjä kertoi käytännöstä.');
	await expect(page.getByLabel('Muistiinpano', { exact: true })).toHaveValue('Asiakkaan kanssa sovitaan kerrottavista asioista.');
	await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('Selkeä käytäntö');

	const doc = (await storedReview(page, id)) as { items: { number: number; score: number | null; subCriteria: Record<string, { met: boolean | null }> }[] };
	const item = doc.items.find((i) => i.number === 13)!;
	expect(item.score).toBe(4);
	expect(item.subCriteria['13.1']?.met).toBe(true);
	await context.close();
});

test('without the service worker the same offline reload fails (the test above really tests the worker)', async ({ browser }) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto('/');
	await context.setOffline(true);
	await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
	await context.close();
});
