import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { allScored, META, WorkspacePage } from '../pages/workspace';

/**
 * The service has two earlier finished reviews on this device:
 *   3.3.2025: every item 3 → 75 (Kohtalainen taso)
 *   2.3.2026: every item 4, item 1 = 3, item 2 = 5 → 100 (Hyvä taso)  ← the previous one
 * The open draft (2.11.2026) has item 1 = 4 and item 2 = 5; the rest are unscored.
 */
async function seedService(page: Page) {
	const ws = new WorkspacePage(page);
	await ws.seed({ meta: { startDate: '2025-03-03' }, scores: allScored(3), finishedAt: '2025-03-04T12:00:00.000Z' });
	await ws.seed({ meta: { startDate: '2026-03-02' }, scores: allScored(4, { 1: 3, 2: 5 }), finishedAt: '2026-03-03T12:00:00.000Z' });
	const draft = await ws.seed({ scores: { 1: 4, 2: 5 } });
	return { ws, draft };
}

test.describe('previous review in the workspace', () => {
	test('the item screen shows the previous score, the change, and tags the previous anchor', async ({ page }) => {
		const { ws, draft } = await seedService(page);
		await ws.openItem(draft, 1);

		const line = page.getByTestId('previous-score');
		await expect(line).toHaveText('Edellinen arviointi 2.3.2026: 3 → nyt 4 (+1)');
		await expect(ws.anchor(3).getByTestId('previous-tag')).toHaveText('edellinen arviointi');
		await expect(page.getByTestId('previous-tag')).toHaveCount(1);
		await expect(ws.anchor(4)).toContainText('Valittu');
		await expectAccessible(page);

		// The change follows the score as it is chosen.
		await ws.tapScore(2);
		await expect(line).toHaveText('Edellinen arviointi 2.3.2026: 3 → nyt 2 (−1)');

		await ws.nextButton().click();
		await expect(line).toHaveText('Edellinen arviointi 2.3.2026: 5 → nyt 5 (0)');
		await expect(ws.anchor(5).getByTestId('previous-tag')).toBeVisible();

		await ws.nextButton().click();
		await expect(line).toHaveText('Edellinen arviointi 2.3.2026: 4 → nyt pisteyttämättä');
		await expect(ws.anchor(4).getByTestId('previous-tag')).toBeVisible();
	});

	test('the overview shows each item\'s previous score with the change and the trend of finished totals', async ({ page }) => {
		const { ws, draft } = await seedService(page);
		await ws.open(draft);

		await expect(page.getByTestId('item-previous-1')).toHaveText('edellinen 3 p, muutos +1');
		await expect(page.getByTestId('item-previous-2')).toHaveText('edellinen 5 p, muutos 0');
		await expect(page.getByTestId('item-previous-3')).toHaveText('edellinen 4 p');
		await expect(page.locator('[data-testid^="item-previous-"]')).toHaveCount(25);

		const trend = page.getByTestId('trend');
		await expect(trend.getByTestId('trend-previous')).toContainText('Edellinen arviointi 2.3.2026: 100 pistettä (Hyvä taso).');
		// A draft's total is partial: no change in the total yet.
		await expect(trend.getByTestId('trend-change')).toHaveCount(0);
		const rows = trend.getByTestId('trend-table').locator('tbody tr');
		await expect(rows).toHaveCount(2);
		await expect(rows.nth(0)).toHaveText(/3\.3\.2025\s*75\s*Kohtalainen taso/);
		await expect(rows.nth(1)).toHaveText(/2\.3\.2026\s*100\s*Hyvä taso/);
		await expectAccessible(page);
	});

	test('a finished review shows the change in its total and is marked in the trend', async ({ page }) => {
		const { ws } = await seedService(page);
		const done = await ws.seed({ scores: allScored(4, { 1: 5 }), finishedAt: '2026-11-03T12:00:00.000Z' });
		await ws.open(done);

		const trend = page.getByTestId('trend');
		await expect(trend.getByTestId('trend-change')).toHaveText('Muutos edelliseen: +1 pistettä.');
		const rows = trend.getByTestId('trend-table').locator('tbody tr');
		// The draft of seedService is not finished and is not in the trend.
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(2)).toHaveText(/2\.11\.2026\s*\(tämä arviointi\)\s*101\s*Hyvä taso/);
		await expectAccessible(page);

		await ws.openItem(done, 1);
		await expect(page.getByTestId('previous-score')).toHaveText('Edellinen arviointi 2.3.2026: 3 → nyt 5 (+2)');
	});

	test('a review of another service shows no previous score and no trend, until it is renamed to the service', async ({ page }) => {
		const { ws } = await seedService(page);
		const other = await ws.seed({ meta: { service: 'Toinen palvelu' }, scores: { 1: 4 } });
		const service = page.getByLabel('Palvelu', { exact: true });

		await ws.open(other);
		await expect(page.getByTestId('item-link-1')).toContainText('4 p');
		await expect(page.locator('[data-testid^="item-previous-"]')).toHaveCount(0);
		await expect(page.getByTestId('trend')).toHaveCount(0);
		await expectAccessible(page);

		// The comparison follows the service key: same name, same organisation → same service.
		await service.fill(META.service.toUpperCase());
		await expect(page.getByTestId('item-previous-1')).toHaveText('edellinen 3 p, muutos +1');
		await expect(page.getByTestId('trend')).toBeVisible();
		await service.fill('Toinen palvelu');
		await expect(page.getByTestId('trend')).toHaveCount(0);
		await expect(page.locator('[data-testid^="item-previous-"]')).toHaveCount(0);

		await ws.openItem(other, 1);
		await expect(ws.anchor(4)).toContainText('Valittu');
		await expect(page.getByTestId('previous-score')).toHaveCount(0);
		await expect(page.getByTestId('previous-tag')).toHaveCount(0);
		await expectAccessible(page);
	});
});
