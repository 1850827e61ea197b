import { expect, test } from '@playwright/test';
import { expectAccessible, openControlled } from '../support/app';
import { VisitPage } from '../pages/visit';
import { WorkspacePage } from '../pages/workspace';

/**
 * A note written during an interview, tagged to three criteria, on a tablet in both
 * orientations, with the network gone: it shows on each criterion's screen, is
 * corrected there, the correction shows in the session, and all of it survives a reload.
 */
const ORIENTATIONS = [
	{ name: 'portrait', viewport: { width: 1024, height: 1366 } },
	{ name: 'landscape', viewport: { width: 1366, height: 1024 } }
];

for (const { name, viewport } of ORIENTATIONS) {
	test.describe(`sessions on a tablet in ${name}`, () => {
		test.use({ viewport });

		test('a note tagged to three criteria shows on all three item screens offline, is edited there, and survives a reload', async ({ page, context }) => {
			test.slow();
			await openControlled(page);
			const ws = new WorkspacePage(page);
			const visit = new VisitPage(page);
			const id = await ws.seed();
			await ws.open(id, '/visit');
			await context.setOffline(true);

			const session = await visit.addSession('Haastattelu', 'tiiminvetäjä');
			const note = await visit.addNote(session, 'Työnantajia tavataan viikoittain');
			for (const n of [1, 8, 17]) await visit.tag(note, n);
			// A sub-criterion of a tagged criterion, by keyboard: Tab to the chip, Space to press it.
			const sub = note.getByTestId('chip-sub-8.2');
			await sub.focus();
			await page.keyboard.press('Space');
			await expect(sub).toHaveAttribute('aria-pressed', 'true');
			await expect
				.poll(async () => (await ws.stored(id)).visit.sessions[0]?.notes[0])
				.toMatchObject({
					text: 'Työnantajia tavataan viikoittain',
					tags: [{ item: 1, subCriteria: [] }, { item: 8, subCriteria: ['8.2'] }, { item: 17, subCriteria: [] }]
				});

			for (const n of [1, 8, 17]) {
				await ws.openItem(id, n);
				const tagged = page.getByTestId('tagged-note');
				await expect(tagged).toHaveCount(1);
				await expect(tagged).toContainText('Haastattelu · tiiminvetäjä');
				await expect(tagged.getByRole('textbox')).toHaveValue('Työnantajia tavataan viikoittain');
			}
			await page.getByTestId('tagged-note').getByRole('textbox').fill('Työnantajia tavataan viikoittain, kirjattu lomakkeelle');
			await expect
				.poll(async () => (await ws.stored(id)).visit.sessions[0]?.notes[0]?.text)
				.toBe('Työnantajia tavataan viikoittain, kirjattu lomakkeelle');
			await ws.openItem(id, 2);
			await expect(page.getByTestId('tagged-note')).toHaveCount(0);

			await ws.open(id, '/visit');
			await expect(visit.sessions().first().getByTestId('session-note').getByRole('textbox')).toHaveValue(
				'Työnantajia tavataan viikoittain, kirjattu lomakkeelle'
			);
			await page.reload();
			await expect(visit.sessions().first().getByLabel('Rooli', { exact: true })).toHaveValue('tiiminvetäjä');
			await expect(visit.chip(visit.sessions().first().getByTestId('session-note'), 17)).toHaveAttribute('aria-pressed', 'true');
			await ws.openItem(id, 8);
			await expect(page.getByTestId('tagged-note')).toContainText('Alakohdat: 8.2');
			await expect(page.getByTestId('tagged-note').getByRole('textbox')).toHaveValue('Työnantajia tavataan viikoittain, kirjattu lomakkeelle');
			await context.setOffline(false);
		});
	});
}

test.describe('removing what was written', () => {
	test('a removed note comes back with Undo; a session is removed only after confirming', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const visit = new VisitPage(page);
		const id = await ws.seed();
		await ws.open(id, '/visit');
		const session = await visit.addSession('Havainnointi', 'tiimi');
		const note = await visit.addNote(session, 'Palaverissa kuusi asiakasta');
		await visit.tag(note, 4);
		await note.getByRole('button', { name: 'Poista muistiinpano 1' }).click();
		await expect(session.getByTestId('session-note')).toHaveCount(0);
		await expect.poll(async () => (await ws.stored(id)).visit.sessions[0]?.notes).toEqual([]);
		await expect(session.getByRole('button', { name: 'Kumoa' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(session.getByTestId('session-note').getByRole('textbox')).toHaveValue('Palaverissa kuusi asiakasta');
		await expect.poll(async () => (await ws.stored(id)).visit.sessions[0]?.notes[0]?.tags).toEqual([{ item: 4, subCriteria: [] }]);

		await session.getByRole('button', { name: 'Poista tilaisuus 1' }).click();
		const dialog = page.getByRole('dialog', { name: 'Poistetaanko tilaisuus?' });
		await expect(dialog).toContainText('Havainnointi · tiimi');
		await expect(dialog).toContainText('1 muistiinpano');
		await dialog.getByRole('button', { name: 'Peruuta' }).click();
		expect((await ws.stored(id)).visit.sessions).toHaveLength(1);
		await session.getByRole('button', { name: 'Poista tilaisuus 1' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Poista tilaisuus' }).click();
		await expect.poll(async () => (await ws.stored(id)).visit.sessions).toEqual([]);
	});

	test('the visit tab with a session, a tagged note and the plan passes axe, and chips are 44 px', async ({ page }) => {
		test.slow(); // axe over the whole visit tab (sessions, plan, 25-row matrix) takes over a minute on a loaded 2-core machine
		const ws = new WorkspacePage(page);
		const visit = new VisitPage(page);
		const id = await ws.seed();
		await ws.open(id, '/visit');
		const session = await visit.addSession('Asiakirjat', 'tiiminvetäjä');
		const note = await visit.addNote(session, 'Seurantalomake');
		await visit.tag(note, 5);
		await expect(note.getByTestId('chip-sub-5.1')).toBeVisible();
		for (const chip of [visit.chip(note, 5), visit.chip(note, 25), note.getByTestId('chip-sub-5.1')]) {
			const box = (await chip.boundingBox())!;
			expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
		}
		await expectAccessible(page);
		await ws.openItem(id, 5);
		await expect(page.getByTestId('tagged-note')).toHaveCount(1);
		await expectAccessible(page);
	});
});
