import { expect, test, type Page } from '@playwright/test';
import { finishedReview, openApp, outboxRow, seed } from '../pages/report';
import { expectAccessible } from '../support/app';
import { DataPage } from './data-page';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** The browser's answer to "is storage persistent?" is fixed for the test. */
async function persistence(page: Page, persisted: boolean) {
	await page.addInitScript((value) => {
		if (!navigator.storage) return;
		navigator.storage.persisted = async () => value;
		navigator.storage.persist = async () => value;
	}, persisted);
}

test('a finished review unsent and unsaved for over a day on non-persistent storage brings a reminder; its backup button quiets it', async ({ page }) => {
	await persistence(page, false);
	const old = finishedReview({ finishedAt: daysAgo(2), updatedAt: daysAgo(2) });
	const fresh = finishedReview({ finishedAt: daysAgo(0.5), updatedAt: daysAgo(0.5) });
	await openApp(page);
	await seed(page, [old, fresh], { outbox: [outboxRow(old, 'pending'), outboxRow(fresh, 'pending')] });
	const data = new DataPage(page);
	await data.open();

	await expect(data.reminder).toBeVisible();
	await expect(data.reminder).toContainText('Yksi valmis arviointi on ollut vain tällä laitteella yli vuorokauden');
	await expectAccessible(page);
	const { download } = await data.download(data.reminder.getByRole('button', { name: 'Lataa varmuuskopio nyt' }));
	expect(download.suggestedFilename()).toMatch(/^laatuarvio-varmuuskopio-/);
	await expect(data.reminder).toBeHidden();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(data.reminder).toBeHidden();
});

test('no reminder when storage is persistent or the review was sent', async ({ page }) => {
	await persistence(page, true);
	const old = finishedReview({ finishedAt: daysAgo(3), updatedAt: daysAgo(3) });
	await openApp(page);
	await seed(page, [old], { outbox: [outboxRow(old, 'pending')] });
	const data = new DataPage(page);
	await data.open();
	await expect(data.backupButton).toBeVisible();
	await expect(data.reminder).toBeHidden();

	await persistence(page, false);
	await seed(page, [old], { outbox: [outboxRow(old, 'uploaded')] });
	await data.open();
	await expect(data.backupButton).toBeVisible();
	await expect(data.reminder).toBeHidden();
});
