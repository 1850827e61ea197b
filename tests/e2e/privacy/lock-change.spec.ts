import { expect, test, type Page } from '@playwright/test';
import { LockPage } from '../pages/lock';
import { RECEIVER_URL } from '../../../playwright.config';
import { finishedReview, Receiver, SyncPage, TOKEN } from '../pages/sync';
import { WorkspacePage } from '../pages/workspace';
import { dumpDatabase } from '../support/idb-dump';
import { expectAccessible } from '../support/app';
import { outboxRow, seedDatabase } from '../support/seed';

/**
 * Changing the passphrase and turning the lock off, in real Chromium with what
 * the browser stores read raw: after a change the old passphrase no longer
 * opens and the new one does, and nothing is lost — a note, a frozen payload
 * waiting in the queue, the upload token (proved by the payload uploading with
 * it at the end); turning the lock off leaves nothing sealed anywhere. Axe on the
 * settings block with the lock off and on, and on the lock screen showing an error.
 */
test.describe.configure({ mode: 'serial' });

const OLD = 'kolme karhua metsässä';
const NEW = 'seitsemän veljestä 1870';
const NOTE = 'VAIHTO-MUISTIINPANO haastattelusta';
const QUEUED = 'VAIHTO-JONOSSA vahvuus';
const WRONG = 'Väärä tunnuslause. Mitään ei muutettu.';
const RECEIVER_URL_PATTERN = `${RECEIVER_URL}/**`;
const needles = [NOTE, QUEUED, TOKEN];

/** The lock record as stored (salt, wrapped key, verifier), as text for comparing. */
async function lockRecord(page: Page): Promise<string> {
	const stores = await dumpDatabase(page, { bytesAsText: true });
	return JSON.stringify((stores.settings as { key: string }[]).find((r) => r.key === 'lock') ?? null);
}

test('a new passphrase: the old one no longer opens, the new one does, nothing is lost; turning the lock off decrypts everything', async ({ page }) => {
	test.slow();
	const receiver = await Receiver.open();
	const ws = new WorkspacePage(page);
	const lock = new LockPage(page);
	const sync = new SyncPage(page);
	const id = await ws.seed({
		change: (doc) => ({
			...doc,
			items: doc.items.map((i) => (i.number === 7 ? { ...i, notes: [{ id: 'n1', source: 'interview', role: 'valmentaja', text: NOTE, createdAt: doc.createdAt }] } : i))
		})
	});
	await sync.goto();
	await sync.configure();
	// A finished review waits in the queue through all of this: the receiver is out of reach until the end.
	await page.route(RECEIVER_URL_PATTERN, (route) => route.abort());
	const base = finishedReview('Jonossa vaihdon yli');
	const queued = { ...base, items: base.items.map((i) => (i.number === 3 ? { ...i, strengths: QUEUED } : i)) };
	await seedDatabase(page, { reviews: [queued], outbox: [outboxRow(queued)] });
	await sync.goto();
	await expectAccessible(page); // the block with the lock off: the warning and the backup link
	await lock.turnOn(OLD);
	expect(await lock.stored(needles)).toMatchObject({ idb: [], local: [], sealedReviews: 2, clearReviews: 0 });
	await expectAccessible(page);

	// A wrong current passphrase changes nothing.
	const record = await lockRecord(page);
	await expect(await lock.changePassphrase('väärä tunnuslause', NEW)).toHaveText(WRONG);
	expect(await lockRecord(page)).toBe(record);
	// The turn-off form asks for the current passphrase in a field of its own.
	await expect(page.getByTestId('lock-off-current')).toHaveValue('');

	await expect(await lock.changePassphrase(OLD, NEW)).toHaveText('Tunnuslause vaihdettu.');
	expect(await lockRecord(page)).not.toBe(record);
	expect(await lock.stored(needles)).toMatchObject({ idb: [], local: [], sealedReviews: 2, clearReviews: 0 });

	// A full load starts locked: the old passphrase is refused, the new one opens the note.
	await page.goto(`/review/${id}/item/7`);
	await expect(lock.screen).toBeVisible();
	await lock.unlock(OLD);
	await expect(lock.screen.getByTestId('lock-error')).toHaveText(WRONG);
	await expectAccessible(page); // the lock screen with its error
	await lock.unlock(NEW);
	await expect(lock.screen).toHaveCount(0);
	await expect(page.getByTestId('note').first().locator('textarea')).toHaveValue(NOTE);

	// Off, with the new passphrase (Asetukset through the menu: a full load would lock): all clear, nothing sealed left.
	await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
	await lock.turnOff(NEW);
	const clear = await lock.stored(needles);
	expect(clear).toMatchObject({ sealedReviews: 0, clearReviews: 2 });
	expect(clear.idb.sort()).toEqual([...needles].sort());
	const stores = await dumpDatabase(page);
	expect(JSON.stringify(stores)).not.toMatch(/sealedDoc|sealedToken/);
	expect((stores.settings as { key: string }[]).map((r) => r.key)).not.toContain('lock');

	// The frozen payload and the token came through both: released, the review uploads once, as queued.
	await page.unroute(RECEIVER_URL_PATTERN);
	await page.reload();
	await expect(lock.screen).toHaveCount(0);
	// The failed attempts left a backoff: "Synkronoi nyt" skips it (pressed whenever it is offered,
	// since the start's own run may be sending or may already have sent it).
	const syncNow = sync.badge.getByRole('button', { name: 'Synkronoi nyt' });
	await expect(async () => {
		if ((await syncNow.isVisible()) && (await syncNow.isEnabled())) await syncNow.click();
		await sync.expectStatus(queued.id, 1, 'uploaded', 5_000);
	}).toPass({ intervals: [1_000, 2_000, 5_000], timeout: 90_000 });
	const stored = await receiver.revision(queued.id, 1);
	expect(stored?.document.items.find((i) => i.number === 3)?.strengths).toBe(QUEUED);
	expect((await receiver.attempts(queued.id)).filter((a) => a.method === 'PUT' && a.status !== null && a.status < 300)).toHaveLength(1);
	await receiver.close();
});
