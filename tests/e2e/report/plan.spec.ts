import { expect, test } from '@playwright/test';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { WorkspacePage } from '../pages/workspace';
import { ReportPage } from '../pages/report';
import { expectAccessible } from '../support/app';

/**
 * The reviewer's side of issue 12: the justification of a score that differs from
 * its suggestion, the form's instruction where a review starts, and the action
 * plan edited in the summary — each durable, and each in the report.
 */
const edition = getEdition(LATEST_EDITION_ID)!;

test.describe('justification, instruction and action plan', () => {
	// Several screens, a reload and two axe scans in one test.
	test.slow();
	test('the justification field appears only while the score differs from the suggestion, is saved, and prints in the report', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.open(id);
		await expect(page.getByTestId('form-instruction')).toContainText(edition.instruction);

		await ws.openItem(id, 13);
		for (const sub of ['13.1', '13.2', '13.3', '13.4']) await ws.subCriterion(sub).getByLabel('Täyttyy').check();
		const field = page.getByRole('textbox', { name: 'Perustelu poikkeamalle ehdotuksesta' });
		await expect(field).toHaveCount(0);
		await ws.tapScore(3);
		await field.fill('Työnantajat eivät tunne käytäntöä.');
		await expect.poll(async () => (await ws.storedItem(id, 13))?.justification).toBe('Työnantajat eivät tunne käytäntöä.');
		await expectAccessible(page);

		// Agreeing with the suggestion hides the field; the text stays stored.
		await ws.tapScore(5);
		await expect(field).toHaveCount(0);
		await ws.tapScore(3);
		await expect(field).toHaveValue('Työnantajat eivät tunne käytäntöä.');

		const report = new ReportPage(page);
		await report.open(id);
		await expect(page.locator('article[data-item="13"]').getByTestId('report-justification')).toHaveText('Työnantajat eivät tunne käytäntöä.');
		await expect(page.locator('article[data-item="13"]')).toContainText('Ehdotettu pistemäärä: 5');
		await expect(page.getByTestId('form-instruction')).toContainText(edition.instruction);
	});

	test('recommendations are gathered into the plan lowest score first; priority, date and text are saved; a removal can be undone', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed({
			scores: { 3: 4, 6: 1, 10: 3 },
			change: (doc) => ({
				...doc,
				items: doc.items.map((i) =>
					i.number === 3 ? { ...i, recommendations: 'Suositus kolme.' }
					: i.number === 6 ? { ...i, recommendations: 'Suositus kuusi.' }
					: i.number === 10 ? { ...i, recommendations: 'Suositus kymmenen.' }
					: i
				)
			})
		});
		await ws.open(id, '/summary');
		const editor = page.getByTestId('plan-editor');
		await expect(editor.getByTestId('plan-missing')).toContainText('3');
		await editor.getByRole('button', { name: 'Kokoa suositukset suunnitelmaan' }).click();
		const entries = editor.getByTestId('plan-entry');
		await expect(entries).toHaveCount(3);
		await expect(editor.getByTestId('plan-missing')).toHaveCount(0);
		// Score 1 → high, 3 → medium, 4 → low: that is also the order.
		await expect(entries.nth(0)).toHaveAttribute('data-item', '6');
		await expect(entries.nth(1)).toHaveAttribute('data-item', '10');
		await expect(entries.nth(2)).toHaveAttribute('data-item', '3');
		expect((await ws.stored(id)).actionPlan.map((e) => [e.item, e.priority])).toEqual([
			[6, 'high'],
			[10, 'medium'],
			[3, 'low']
		]);

		// Raise item 3 to high: it moves up, after item 6 (lower score first within a priority).
		await entries.nth(2).getByLabel('Kiireellisyys').selectOption('high');
		await expect(entries.nth(1)).toHaveAttribute('data-item', '3');
		const three = editor.locator('[data-testid="plan-entry"][data-item="3"]');
		await three.getByLabel('Tavoiteaika (valinnainen)').fill('2026-12-31');
		await three.getByRole('textbox', { name: 'Toimenpide' }).fill('Kokonaisvaltainen palvelu kuntoon.');
		await expect.poll(async () => (await ws.stored(id)).actionPlan.find((e) => e.item === 3)).toMatchObject({
			priority: 'high',
			targetDate: '2026-12-31',
			text: 'Kokonaisvaltainen palvelu kuntoon.'
		});
		await expectAccessible(page);

		// Survives a reload.
		await page.reload();
		await expect(editor.locator('[data-testid="plan-entry"][data-item="3"]').getByRole('textbox', { name: 'Toimenpide' })).toHaveValue(
			'Kokonaisvaltainen palvelu kuntoon.'
		);

		// Remove, then undo: the entry returns with its edits.
		await editor.getByRole('button', { name: /Poista toimenpide: 10\./ }).click();
		await expect(entries).toHaveCount(2);
		await expect(editor.getByTestId('plan-missing')).toContainText('1');
		await editor.getByRole('button', { name: 'Peru poisto' }).click();
		await expect(entries).toHaveCount(3);
		expect((await ws.stored(id)).actionPlan).toHaveLength(3);

		// The report's plan page has all three, in the same order, with the date.
		const report = new ReportPage(page);
		await report.open(id);
		const rows = page.getByTestId('action-plan').getByTestId('plan-row');
		await expect(rows).toHaveCount(3);
		await expect(rows.nth(0)).toHaveAttribute('data-item', '6');
		await expect(rows.nth(1)).toContainText('Kokonaisvaltainen palvelu kuntoon.');
		await expect(rows.nth(1)).toContainText('31.12.2026');
	});
});
