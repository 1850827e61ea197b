import { expect, test, type Page } from '@playwright/test';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { finishedReview, SyncPage } from '../pages/sync';
import { storedReview } from '../support/app';
import { outboxRow, seedDatabase } from '../support/seed';

/**
 * Retention against the real receiver: a review the receiver confirmed loses its
 * working notes (after N days by the clock, or at once with "remove now"); one
 * that the receiver has not confirmed keeps everything.
 */
test.describe.configure({ mode: 'serial' });

const DAY = 86_400_000;

function withNotes(service: string): ReviewDocument {
	const doc = finishedReview(service);
	doc.items = doc.items.map((i) =>
		i.number === 2 ? { ...i, strengths: 'Vahva tiimi', notes: [{ id: 'n1', source: 'interview', role: 'valmentaja', text: `Muistiinpano ${service}`, createdAt: doc.createdAt }] } : i
	);
	doc.visit = { ...doc.visit, documentsChecked: 'Kymmenen asiakaskansiota' };
	return doc;
}

/** One review uploaded and confirmed by the receiver, one the receiver refused (never confirmed). */
async function confirmedAndRefused(page: Page) {
	test.slow();
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure();
	const confirmed = withNotes('Vahvistettu');
	await sync.seed([confirmed]);
	await sync.expectStatus(confirmed.id, 1, 'uploaded');
	const refused = withNotes('Hylätty');
	await seedDatabase(page, { reviews: [refused], outbox: [outboxRow(refused, 'failed')] });
	await page.reload();
	return { confirmed, refused };
}

const stored = async (page: Page, id: string) => (await storedReview(page, id)) as ReviewDocument;
const noteCount = (doc: ReviewDocument) => doc.items.reduce((n, i) => n + i.notes.length, 0);

function expectNotesRemovedScoresKept(doc: ReviewDocument, before: ReviewDocument) {
	expect(noteCount(doc)).toBe(0);
	expect(doc.visit.documentsChecked).toBe('');
	expect(doc.items.map((i) => i.score)).toEqual(before.items.map((i) => i.score));
	expect(doc.totals).toEqual(before.totals);
	expect(doc.items.find((i) => i.number === 2)?.strengths).toBe('Vahva tiimi');
}

test('notes of a confirmed review are removed once the chosen days have passed; an unconfirmed review keeps them', async ({ page }) => {
	const { confirmed, refused } = await confirmedAndRefused(page);
	const section = page.getByTestId('retention');
	const entry = section.getByTestId('retention-entry');
	await expect(entry).toHaveCount(1);
	await expect(entry).toHaveAttribute('data-review', confirmed.id);
	await expect(entry).toContainText('Vahvistettu');
	await expect(entry).toContainText('versio 1 – muistiinpanoja 1');
	await expect(entry).toContainText('poistetaan');

	// 31 days later the app, started again, removes them by itself.
	await page.clock.setFixedTime(Date.now() + 31 * DAY);
	await page.reload();
	await expect(section.getByTestId('retention-empty')).toBeVisible();
	expectNotesRemovedScoresKept(await stored(page, confirmed.id), confirmed);
	expect(await stored(page, refused.id)).toEqual(refused);
});

test('remove now asks first; cancelling keeps the notes, confirming removes them, never from an unconfirmed review', async ({ page }) => {
	const { confirmed, refused } = await confirmedAndRefused(page);
	const section = page.getByTestId('retention');
	await section.getByLabel('Poista vahvistuksen jälkeen').selectOption('off');
	await expect(section.getByTestId('retention-entry')).toContainText('säilytetään, kunnes poistat ne');

	await section.getByRole('button', { name: 'Poista nyt' }).click();
	const dialog = page.getByRole('dialog', { name: 'Poistetaanko muistiinpanot nyt?' });
	await dialog.getByRole('button', { name: 'Peruuta' }).click();
	expect(noteCount(await stored(page, confirmed.id))).toBe(1);

	await section.getByRole('button', { name: 'Poista nyt' }).click();
	await dialog.getByRole('button', { name: 'Poista muistiinpanot' }).click();
	await expect(section.getByRole('status')).toContainText('Yhden version muistiinpanot poistettu');
	expectNotesRemovedScoresKept(await stored(page, confirmed.id), confirmed);
	expect(await stored(page, refused.id)).toEqual(refused);
});
