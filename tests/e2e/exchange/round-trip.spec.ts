import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/home';
import { draftReview, finishedReview, openApp, outboxRow, seed, snapshot } from '../pages/report';
import { expectAccessible, storedReview } from '../support/app';
import { DataPage } from './data-page';

test('a review exported to a file, deleted with confirmation and imported again is stored exactly as before, and not queued', async ({ page }) => {
	const doc = finishedReview({ meta: { ...finishedReview().meta, service: 'Työhönvalmennus Äänekoski' } });
	await openApp(page);
	await seed(page, [doc], { outbox: [outboxRow(doc, 'uploaded')] });
	const data = new DataPage(page);
	await data.open();
	await expectAccessible(page);

	const file = await data.download(data.saveButton('Työhönvalmennus Äänekoski'));
	expect(file.download.suggestedFilename()).toBe('tyohonvalmennus-aanekoski-2026-03-02-v1.json');
	expect(JSON.parse(file.bytes.toString('utf8'))).toEqual(doc);
	await expect(page.getByText('Arviointi tallennettiin tiedostoon tyohonvalmennus-aanekoski-2026-03-02-v1.json.')).toBeVisible();
	await expect(page.getByText(/tallennettu tiedostoon \d/)).toBeVisible();

	const home = new HomePage(page);
	await home.open();
	await home.deleteButton('Työhönvalmennus Äänekoski').click();
	await home.dialog.getByRole('button', { name: 'Poista arviointi' }).click();
	await expect(home.card('Työhönvalmennus Äänekoski')).toHaveCount(0);
	expect(await storedReview(page, doc.id)).toBeNull();

	await data.open();
	await data.choose(file.path);
	await expect(data.plan).toContainText('1 uusi, 0 jo laitteella sellaisinaan ja 0 samalla tunnisteella eri sisältöisinä');
	await expect(data.plan).toContainText('Tuotuja valmiita arviointeja ei lähetetä vastaanottajalle automaattisesti');
	await data.importButton.click();
	await expect(page.getByTestId('import-done')).toHaveText('Tuonti valmis: 1 lisätty, 0 tuotu kopiona, 0 korvattu, 0 ohitettu.');
	expect(await storedReview(page, doc.id)).toEqual(doc);
	expect((await snapshot(page)).outbox).toEqual([]);
});

test('a backup restores every review, drafts included; importing it again finds nothing new', async ({ page }) => {
	const finished = finishedReview();
	const draft = draftReview([2, 3], { meta: { ...finished.meta, service: 'Luonnospalvelu' } });
	await openApp(page);
	await seed(page, [finished, draft]);
	const data = new DataPage(page);
	await data.open();

	const file = await data.download(data.backupButton);
	expect(file.download.suggestedFilename()).toMatch(/^laatuarvio-varmuuskopio-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = JSON.parse(file.bytes.toString('utf8'));
	expect(backup).toMatchObject({ kind: 'laatuarvio.backup', version: 1, app: { version: '0.1.0' } });
	expect(backup.reviews).toHaveLength(2);
	await expect(page.getByText(/Varmuuskopio tallennettiin tiedostoon .* \(2 arviointia\)\./)).toBeVisible();

	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onsuccess = () => {
					const tx = open.result.transaction(['reviews', 'summaries'], 'readwrite');
					tx.objectStore('reviews').clear();
					tx.objectStore('summaries').clear();
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await data.open();
	await data.importFile(file.path);
	await expect(page.getByTestId('import-done')).toContainText('2 lisätty');
	expect(await storedReview(page, finished.id)).toEqual(finished);
	expect(await storedReview(page, draft.id)).toEqual(draft);

	await data.choose(file.path);
	await expect(data.plan).toContainText('0 uutta, 2 jo laitteella sellaisinaan');
	await expect(data.plan).toContainText('Tiedostossa ei ole mitään uutta tuotavaa.');
});
