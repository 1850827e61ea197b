import { expect, test } from '@playwright/test';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { WorkspacePage } from '../pages/workspace';

/**
 * A review with a lot of text already in it makes every write slower, so the last
 * keystrokes are still on their way to IndexedDB when the page reloads: the case
 * the typing journal exists for.
 */
const HEAVY = {
	change: (doc: ReviewDocument): ReviewDocument => ({
		...doc,
		items: doc.items.map((i) => ({ ...i, recommendations: 'Suositus. '.repeat(1900) }))
	})
};

/** 300 characters with spaces, punctuation and Finnish letters. */
const LONG = Array.from({ length: 30 }, (_, i) => `ä${String(i).padStart(2, '0')}öå, xy `).join('');

test.describe('typing is never lost', () => {
	test('300 characters typed into a note and reloaded at once are all kept', async ({ page }) => {
		expect(LONG).toHaveLength(300);
		const ws = new WorkspacePage(page);
		const id = await ws.seed(HEAVY);
		await ws.openItem(id, 3);
		const note = await ws.addNote();
		const text = note.getByLabel('Muistiinpano', { exact: true });
		await text.click();

		await page.keyboard.type(LONG, { delay: 0 });
		await page.reload();

		const after = page.getByTestId('note').first().getByLabel('Muistiinpano', { exact: true });
		await expect(after).toHaveValue(LONG);
		await expect.poll(async () => (await ws.storedItem(id, 3)).notes[0]?.text).toBe(LONG);
	});

	test('300 characters typed as sub-criterion evidence and reloaded at once are all kept', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed(HEAVY);
		await ws.openItem(id, 5);
		const evidence = ws.subCriterion('5.3').getByRole('textbox');
		await evidence.click();

		await page.keyboard.type(LONG, { delay: 0 });
		await page.reload();

		await expect(ws.subCriterion('5.3').getByRole('textbox')).toHaveValue(LONG);
		await expect.poll(async () => (await ws.storedItem(id, 5)).subCriteria['5.3']?.evidence).toBe(LONG);
	});

	test('a keystroke made in the very moment the page reloads is kept', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 20);
		const strengths = page.getByRole('textbox', { name: 'Vahvuudet' });
		await strengths.fill('Monipuoliset työnantajat');
		await expect.poll(async () => (await ws.storedItem(id, 20)).strengths).toBe('Monipuoliset työnantajat');

		// The keystroke and the reload in one task: its IndexedDB write cannot finish first.
		await strengths.focus();
		await page.evaluate(() => {
			document.execCommand('insertText', false, '!');
			location.reload();
		});
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('Monipuoliset työnantajat!');
		await expect.poll(async () => (await ws.storedItem(id, 20)).strengths).toBe('Monipuoliset työnantajat!');
	});

	test('HTML and script in a note or the service name are shown as text and never run', async ({ page }) => {
		const hostile = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2;alert(2)</script>';
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ meta: { service: hostile, place: '<b>Testilä</b>' } });
		await ws.openItem(id, 12);
		const note = await ws.addNote();
		await note.getByLabel('Keneltä (rooli)').fill('<svg onload=alert(3)>');
		await note.getByLabel('Muistiinpano', { exact: true }).fill(hostile);
		await expect.poll(async () => (await ws.storedItem(id, 12)).notes[0]?.text).toBe(hostile);

		for (const path of ['/item/12', '', '/summary', '/visit']) {
			await ws.open(id, path);
			await expect(page.getByTestId('service-name')).toHaveText(hostile);
		}
		await ws.openItem(id, 12);
		await expect(page.getByTestId('note').getByLabel('Muistiinpano', { exact: true })).toHaveValue(hostile);
		await page.getByRole('button', { name: 'Poista muistiinpano' }).click();
		await expect(page.getByRole('dialog')).toContainText('<img src=x');
		await page.keyboard.press('Escape');

		expect(dialogs).toEqual([]);
		expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
		await expect(page.locator('img[src="x"], svg[onload], main script')).toHaveCount(0);
	});
});
