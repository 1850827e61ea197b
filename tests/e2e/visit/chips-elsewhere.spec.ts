import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { seededSession, withSessions } from '../pages/visit';
import { WorkspacePage } from '../pages/workspace';

/**
 * The criteria chips outside the session card: on a note shown on an item screen
 * (tags changed there, undo when the note would leave the screen) and on the plan
 * editor's entries (printed in the letter). Both open behind "Muuta kriteerejä". On a 10-inch tablet in both orientations.
 */
const VIEWPORTS = [
	{ name: 'landscape 1280×800', viewport: { width: 1280, height: 800 } },
	{ name: 'portrait 800×1280', viewport: { width: 800, height: 1280 } }
];

const NOTE = 'Työnantajakäyntejä viikoittain';
const seeded = withSessions(seededSession('s1', 'interview', 'tiiminvetäjä', [['n1', NOTE, [[8, ['8.2']], [17]]]]));

for (const { name, viewport } of VIEWPORTS) {
	test.describe(`chips on a tablet in ${name}`, () => {
		test.use({ viewport });

		test('a note’s criteria are changed from an item screen; untagging it there offers undo; all of it survives a reload', async ({ page }) => {
			test.slow();
			const ws = new WorkspacePage(page);
			const id = await ws.seed({ change: seeded });
			const tags = async () => (await ws.stored(id)).visit.sessions[0]?.notes[0]?.tags;

			await ws.openItem(id, 8);
			const note = page.getByTestId('tagged-note');
			await expect(note).toContainText('Merkitty kriteereihin 8, 17');
			const edit = note.getByRole('button', { name: 'Muuta kriteerejä' });
			await expect(edit).toHaveAttribute('aria-expanded', 'false');
			await edit.click();
			await expect(edit).toHaveAttribute('aria-expanded', 'true');
			await expect(note.getByTestId('chip-sub-8.2')).toHaveAttribute('aria-pressed', 'true');
			await expectAccessible(page);
			const box = await note.getByTestId('chip-3').boundingBox();
			expect(Math.min(box!.width, box!.height)).toBeGreaterThanOrEqual(44);

			// Tag one more criterion, by keyboard.
			await note.getByTestId('chip-3').focus();
			await page.keyboard.press('Space');
			await expect(note.getByTestId('chip-3')).toHaveAttribute('aria-pressed', 'true');
			await expect.poll(tags).toEqual([{ item: 3, subCriteria: [] }, { item: 8, subCriteria: ['8.2'] }, { item: 17, subCriteria: [] }]);
			await expect(note).toContainText('Merkitty kriteereihin 3, 8, 17');
			await page.reload();
			await ws.openItem(id, 3);
			await expect(page.getByTestId('tagged-note').getByRole('textbox')).toHaveValue(NOTE);

			// Untag criterion 8 on its own screen: the note leaves it, and the bar offers undo.
			await ws.openItem(id, 8);
			await note.getByRole('button', { name: 'Muuta kriteerejä' }).click();
			await note.getByTestId('chip-8').click();
			await expect(note).toHaveCount(0);
			await expect(page.getByTestId('undo-bar')).toContainText('Muistiinpano irrotettu kriteeristä 8.');
			await expect(page.getByRole('heading', { name: 'Käynnin muistiinpanot tästä kriteeristä' })).toBeFocused();
			await expect.poll(tags).toEqual([{ item: 3, subCriteria: [] }, { item: 17, subCriteria: [] }]);
			await page.getByTestId('undo').click();
			await expect(note).toHaveCount(1);
			await expect(note).toContainText('Alakohdat: 8.2');
			await expect.poll(tags).toEqual([{ item: 3, subCriteria: [] }, { item: 8, subCriteria: ['8.2'] }, { item: 17, subCriteria: [] }]);

			// The session shows the same tags: one stored note.
			await page.reload();
			await ws.open(id, '/visit');
			const inSession = page.getByTestId('session-note');
			for (const n of [3, 8, 17]) await expect(inSession.getByTestId(`chip-${n}`)).toHaveAttribute('aria-pressed', 'true');
			await expect(inSession.getByTestId('chip-sub-8.2')).toHaveAttribute('aria-pressed', 'true');
		});

		test('the plan editor links an entry to criteria with chips; the change is durable and printed in the letter', async ({ page }) => {
			test.slow();
			const ws = new WorkspacePage(page);
			const id = await ws.seed();
			const jobsItems = async () => (await ws.stored(id)).visit.plan?.documents.find((d) => d.id === 'doc-jobs')?.items;
			await ws.open(id, '/visit');
			await page.getByRole('button', { name: 'Muokkaa suunnitelmaa' }).click();
			const entry = page.getByTestId('plan-entry').filter({ has: page.locator('#plan-doc-jobs') });
			await expect(entry).toContainText('kriteerit 19, 20, 21');
			const open = entry.getByRole('button', { name: 'Muuta kriteerejä' });
			await expect(open).toHaveAttribute('aria-expanded', 'false');
			await open.click();
			const chips = entry.getByRole('group', { name: 'Kriteerit, joita kohta palvelee' });
			await expect(chips).toBeVisible();
			for (const n of [19, 20, 21]) await expect(entry.getByTestId(`chip-${n}`)).toHaveAttribute('aria-pressed', 'true');
			await expect(entry.getByTestId('chip-15')).toHaveAttribute('aria-pressed', 'false');
			// A plan entry serves whole criteria: no sub-criterion chips.
			await expect(entry.locator('[data-testid^="chip-sub-"]')).toHaveCount(0);
			await expectAccessible(page);

			await entry.getByTestId('chip-15').click();
			await expect(entry.getByTestId('chip-15')).toHaveAttribute('aria-pressed', 'true');
			await entry.getByTestId('chip-20').click();
			await expect(entry.getByTestId('chip-20')).toHaveAttribute('aria-pressed', 'false');
			await expect.poll(jobsItems).toEqual([15, 19, 21]);
			await expect(entry).toContainText('kriteerit 15, 19, 21');

			await page.getByRole('button', { name: 'Valmis' }).click();
			await expect(entry).toHaveCount(0); // the editing view's entry (with its text box) is gone
			await page.reload();
			const shown = page.getByTestId('plan-entry').filter({ has: page.getByTestId('tick-doc-jobs') });
			await expect(shown).toContainText('kriteerit 15, 19, 21');

			await ws.open(id, '/visit/letter');
			const letter = page.getByTestId('plan-letter-page');
			await expect(letter.getByRole('listitem').filter({ hasText: 'saaduista työpaikoista' })).toContainText('(kriteerit 15, 19, 21)');
		});
	});
}
