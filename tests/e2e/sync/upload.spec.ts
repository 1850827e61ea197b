import { chromium, expect, test } from '@playwright/test';
import config from '../../../playwright.config';
import { expectAccessible, openControlled } from '../support/app';
import { API, finishedReview, nextRevision, Receiver, SyncPage } from '../pages/sync';

/**
 * The upload queue against the real receiver over HTTP. Fault plans apply to
 * the receiver's next PUTs, whoever sends them, so these tests run one at a time.
 */
test.describe.configure({ mode: 'serial' });

let receiver: Receiver;
test.beforeAll(async () => (receiver = await Receiver.open()));
test.afterAll(async () => receiver.close());
// No clearing of faults after each test: every fault here is armed for its own review, and
// clearing would disarm the plan a test in the other worker has just armed.

test('uploads two reviews finished offline exactly once each when the network returns', async ({ page, context }) => {
	await openControlled(page, '/settings'); // the service worker serves the app while offline
	const sync = await SyncPage.configured(page);
	const docs = [finishedReview('Offline A'), finishedReview('Offline B')];
	await context.setOffline(true);
	await sync.seed(docs);
	for (const doc of docs) await sync.expectStatus(doc.id, 1, 'waiting');
	await expect(sync.badge).toHaveAttribute('data-state', 'offline');
	await expect(sync.badge).toContainText('2 odottaa verkkoyhteyttä');
	expect(await receiver.attempts(docs[0]!.id)).toHaveLength(0);

	await context.setOffline(false);
	for (const doc of docs) {
		const entry = await sync.expectStatus(doc.id, 1, 'uploaded');
		await expect(entry).toContainText('Lähetetty');
		await expect(entry).toContainText(`kuitti ${(await receiver.revision(doc.id, 1))!.receipt.receiptId}`);
		expect(await receiver.listed(doc.id)).toEqual([expect.objectContaining({ latestRevision: 1 })]);
		expect((await receiver.attempts(doc.id)).map((a) => a.status)).toEqual([201]);
	}
	await expect(sync.badge).toHaveAttribute('data-state', 'all-sent');
	await expectAccessible(page);
});

test('uploads a finished review exactly once after the server failed twice', async ({ page }) => {
	const sync = await SyncPage.configured(page);
	const doc = finishedReview('Kaksi virhettä');
	await receiver.fault({ mode: 'fail', count: 2, status: 503, reviewId: doc.id });
	await sync.seed([doc]);
	await sync.expectStatus(doc.id, 1, 'uploaded', 45_000);
	expect((await receiver.attempts(doc.id)).map((a) => a.status)).toEqual([503, 503, 201]);
	expect(await receiver.listed(doc.id)).toHaveLength(1);
	expect(await sync.outboxRow(doc.id)).toMatchObject({ status: 'uploaded', attempts: 3 });
});

test('keeps one copy when the receiver stored the review but the reply was lost', async ({ page }) => {
	const sync = await SyncPage.configured(page);
	const doc = finishedReview('Kadonnut vastaus');
	await receiver.fault({ mode: 'drop-after-commit', count: 1, reviewId: doc.id });
	await sync.seed([doc]);
	const entry = await sync.expectStatus(doc.id, 1, 'uploaded', 30_000);
	const attempts = await receiver.attempts(doc.id);
	expect(attempts.map((a) => a.status)).toEqual([null, 200]); // cut after commit, then the duplicate receipt
	expect(await receiver.listed(doc.id)).toHaveLength(1);
	const stored = await receiver.revision(doc.id, 1);
	await expect(entry).toContainText(stored!.receipt.receiptId); // the same receipt as the first, lost, reply
});

test('waits out a 429 Retry-After before trying again', async ({ page }) => {
	const sync = await SyncPage.configured(page);
	const doc = finishedReview('Liian tiheään');
	await receiver.fault({ mode: 'rate-limit', count: 1, retryAfterSeconds: 4, reviewId: doc.id });
	await sync.seed([doc]);
	await expect.poll(async () => (await receiver.attempts(doc.id)).length).toBe(1);
	await expect.poll(async () => (await sync.outboxRow(doc.id))?.status).toBe('pending');
	const row = (await sync.outboxRow(doc.id))!;
	expect(row.nextAttemptAt - Date.parse(row.updatedAt)).toBeGreaterThanOrEqual(4_000);
	await page.waitForTimeout(2_500);
	expect(await receiver.attempts(doc.id)).toHaveLength(1); // nothing before Retry-After
	await sync.expectStatus(doc.id, 1, 'uploaded', 20_000);
	expect((await receiver.attempts(doc.id)).map((a) => a.status)).toEqual([429, 201]);
});

test('shows the server message for a refused review and does not retry it on its own', async ({ page }) => {
	const sync = await SyncPage.configured(page);
	const doc = finishedReview('Tuntematon painos', 4, { edition: 'fi-1999-01-01' });
	await sync.seed([doc]);
	const entry = await sync.expectStatus(doc.id, 1, 'failed');
	await expect(entry).toContainText('Vastaanottaja hylkäsi arvioinnin');
	const message = (await sync.outboxRow(doc.id))!.lastError!.message;
	expect(message).toMatch(/edition/i);
	await expect(entry).toContainText(message);
	await expect(sync.badge).toContainText('1 vaatii huomiota');

	await sync.badge.getByRole('button', { name: 'Synkronoi nyt' }).click();
	await page.reload();
	await sync.expectStatus(doc.id, 1, 'failed');
	await page.waitForTimeout(1_500);
	expect(await receiver.attempts(doc.id)).toHaveLength(1);

	await entry.getByRole('button', { name: 'Yritä uudelleen' }).click(); // only the reviewer's own retry sends it again
	await expect.poll(async () => (await receiver.attempts(doc.id)).length).toBe(2);
	await sync.expectStatus(doc.id, 1, 'failed');
});

test('pauses the queue on a wrong token until the token is fixed in settings', async ({ page }) => {
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure(API, 'vaara-tunniste');
	const docs = [finishedReview('Väärä tunniste A'), finishedReview('Väärä tunniste B')];
	await sync.seed(docs);
	for (const doc of docs) await sync.expectStatus(doc.id, 1, 'paused');
	await expect(sync.badge).toHaveAttribute('data-state', 'paused');
	await expect(sync.badge.getByRole('link', { name: 'Yhteysasetukset' })).toHaveAttribute('href', '/settings');
	const tried = (await receiver.attempts(docs[0]!.id)).length + (await receiver.attempts(docs[1]!.id)).length;
	expect(tried).toBe(1); // one refusal pauses everything: the second review is not tried with the same token
	await page.reload();
	await page.waitForTimeout(1_500);
	expect((await receiver.attempts(docs[0]!.id)).length + (await receiver.attempts(docs[1]!.id)).length).toBe(1);

	await sync.configure(API, 'e2e-token');
	for (const doc of docs) await sync.expectStatus(doc.id, 1, 'uploaded');
	await expect(sync.badge).toHaveAttribute('data-state', 'all-sent');
});

test('sends a reopened and re-finished review as revision 2 and keeps revision 1', async ({ page }) => {
	const sync = await SyncPage.configured(page);
	const first = finishedReview('Uusintakierros', 3);
	await sync.seed([first]);
	await sync.expectStatus(first.id, 1, 'uploaded');
	const second = nextRevision(first, 7, 5);
	await sync.seed([second]);
	await sync.expectStatus(first.id, 2, 'uploaded');
	await sync.expectStatus(first.id, 1, 'uploaded');
	expect(await receiver.listed(first.id)).toEqual([expect.objectContaining({ latestRevision: 2 })]);
	const stored = await receiver.revision(first.id, 2);
	expect(stored!.document.items.find((i) => i.number === 7)?.score).toBe(5);
	expect((await receiver.revision(first.id, 1))!.document.items.find((i) => i.number === 7)?.score).toBe(3);
});

test('finishes an upload cut off by closing the browser, once, on the next start', async ({ browserName }, testInfo) => {
	test.skip(browserName !== 'chromium');
	// IndexedDB must outlive the browser, which only a persistent profile gives.
	const profile = testInfo.outputPath('profile');
	const launch = () =>
		chromium.launchPersistentContext(profile, { ...config.use?.launchOptions, baseURL: config.use?.baseURL, viewport: config.use?.viewport, serviceWorkers: 'allow' });

	const first = await launch();
	const sync = new SyncPage(first.pages()[0] ?? (await first.newPage()));
	await sync.goto();
	await sync.configure();
	const doc = finishedReview('Suljettu kesken');
	await receiver.fault({ mode: 'delay', count: 1, delayMs: 4_000, reviewId: doc.id });
	await sync.seed([doc]);
	await expect.poll(async () => (await sync.outboxRow(doc.id))?.status).toBe('uploading');
	await expect.poll(async () => (await receiver.attempts(doc.id)).length).toBe(1);
	await first.close();

	const second = await launch();
	try {
		const again = new SyncPage(second.pages()[0] ?? (await second.newPage()));
		await again.goto();
		await again.expectStatus(doc.id, 1, 'uploaded');
		expect(await again.outboxRow(doc.id)).toMatchObject({ status: 'uploaded', attempts: 2 });
		expect(await receiver.listed(doc.id)).toHaveLength(1);
		expect(await receiver.attempts(doc.id)).toHaveLength(2);
	} finally {
		await second.close();
	}
});
