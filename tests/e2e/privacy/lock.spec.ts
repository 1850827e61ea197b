import { expect, test } from '@playwright/test';
import { LockPage } from '../pages/lock';
import { RECEIVER_URL } from '../../../playwright.config';
import { finishedReview, Receiver, SyncPage, TOKEN } from '../pages/sync';
import { WorkspacePage } from '../pages/workspace';
import { dumpDatabase } from '../support/idb-dump';
import { expectAccessible } from '../support/app';
import { outboxRow, seedDatabase } from '../support/seed';

/**
 * The lock in real Chromium: what the browser stores with the lock on (read raw,
 * not through the app), the lock screen after a reload, a wrong passphrase that
 * changes nothing, the right one that brings back the open review, a queued
 * review that waits while locked and uploads once after unlocking, and turning
 * the lock off.
 */
test.describe.configure({ mode: 'serial' });

const PASS = 'kolme karhua metsässä';
const RECEIVER_URL_PATTERN = `${RECEIVER_URL}/**`;
const STRENGTHS = 'PLANTED-STRENGTHS asiakastyön vahvuus';
const NOTE = 'PLANTED-NOTE haastattelusta';
const TYPED = 'TYPED-SECRET kirjoitettu lukituksen aikana';

test('with the lock on nothing readable is stored; a reload asks; a wrong passphrase changes nothing; the right one restores the review', async ({ page }) => {
	test.slow();
	const ws = new WorkspacePage(page);
	const lock = new LockPage(page);
	const id = await ws.seed({
		scores: { 7: 4 },
		change: (doc) => ({
			...doc,
			items: doc.items.map((i) =>
				i.number === 7 ? { ...i, strengths: STRENGTHS, notes: [{ id: 'n1', source: 'interview', role: 'valmentaja', text: NOTE, createdAt: doc.createdAt }] } : i
			)
		})
	});
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure();
	await lock.turnOn(PASS);
	await expectAccessible(page);

	// Opening the app (a full load) asks for the passphrase; no review content is on screen.
	await page.goto(`/review/${id}/item/7`);
	await expect(lock.screen).toBeVisible();
	await expect(page.getByTestId('service-name')).toHaveCount(0);
	await expect(page.getByText('PLANTED')).toHaveCount(0);
	await expectAccessible(page);
	const needles = ['PLANTED', 'TYPED-SECRET', TOKEN, 'valmentaja'];
	expect(await lock.stored(needles)).toMatchObject({ idb: [], local: [], sealedReviews: 1, clearReviews: 0 });

	const before = await dumpDatabase(page);
	await lock.unlock('väärä tunnuslause');
	await expect(lock.screen.getByTestId('lock-error')).toHaveText('Väärä tunnuslause. Mitään ei muutettu.');
	await expect(lock.screen).toBeVisible();
	expect(await dumpDatabase(page)).toEqual(before);

	await lock.unlock(PASS);
	await expect(lock.screen).toHaveCount(0);
	await expect(page).toHaveURL(new RegExp(`/review/${id}/item/7$`));
	const box = page.getByRole('textbox', { name: 'Vahvuudet' });
	await expect(box).toHaveValue(STRENGTHS);
	await expect(page.getByTestId('note').first().locator('textarea')).toHaveValue(NOTE);
	await expect(ws.scoreRadio(4)).toBeChecked();

	// Typing with the lock on: the text reaches IndexedDB and the journal, both sealed.
	await box.fill(`${STRENGTHS} ${TYPED}`);
	await expect(page.getByTestId('save-state')).toContainText('Tallennettu');
	await expect.poll(() => lock.stored(needles)).toMatchObject({ idb: [], local: [], clearReviews: 0 });

	// A reload right after typing asks again, and the right passphrase brings the typing back.
	await box.fill(`${STRENGTHS} ${TYPED} ja vielä`);
	await page.reload();
	await expect(lock.screen).toBeVisible();
	await lock.unlock(PASS);
	await expect(box).toHaveValue(`${STRENGTHS} ${TYPED} ja vielä`);
	expect(await lock.stored(needles)).toMatchObject({ idb: [], local: [] });

	// Lock now, from the header of any screen.
	await page.getByTestId('lock-now').click();
	await expect(lock.screen).toBeVisible();
	await expect(box).toHaveCount(0);
	await lock.unlock(PASS);
	await expect(box).toBeVisible();

	// Turning the lock off puts everything back in the clear (Asetukset through the menu: a full load would lock).
	await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
	await lock.turnOff(PASS);
	const clear = await lock.stored(['PLANTED-STRENGTHS', 'TYPED-SECRET', NOTE, TOKEN]);
	expect(clear).toMatchObject({ sealedReviews: 0, clearReviews: 1 });
	expect(clear.idb.sort()).toEqual(['PLANTED-STRENGTHS', 'TYPED-SECRET', NOTE, TOKEN].sort());
	await page.reload();
	await expect(lock.screen).toHaveCount(0);
});

test('a review queued when the lock engages waits while locked and uploads exactly once after unlocking', async ({ page }) => {
	test.slow();
	const receiver = await Receiver.open();
	const sync = new SyncPage(page);
	const lock = new LockPage(page);
	await sync.goto();
	await sync.configure();
	await lock.turnOn(PASS);
	// The finished review lands in the queue, as it would just before the auto-lock.
	await page.route(RECEIVER_URL_PATTERN, (route) => route.abort());
	const doc = finishedReview('Lukittuna jonossa');
	await seedDatabase(page, { reviews: [doc], outbox: [outboxRow(doc)] });
	await page.reload();
	await expect(lock.screen).toBeVisible();
	await page.unroute(RECEIVER_URL_PATTERN);

	// Locked: nothing is sent, nothing is dropped or failed.
	await page.waitForTimeout(3_000);
	expect(await receiver.attempts(doc.id)).toEqual([]);
	expect((await sync.outboxRow(doc.id))?.status).toBe('pending');

	await lock.unlock(PASS);
	await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
	await sync.expectStatus(doc.id, 1, 'uploaded');
	const attempts = await receiver.attempts(doc.id);
	expect(attempts.filter((a) => a.method === 'PUT')).toHaveLength(1);
	expect(await receiver.listed(doc.id)).toHaveLength(1);
	await receiver.close();
});
