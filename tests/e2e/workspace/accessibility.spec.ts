import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { VisitPage } from '../pages/visit';
import { WorkspacePage } from '../pages/workspace';

test.describe('accessibility of the workspace', () => {
	test('overview, items, visit, summary and the finish dialog have no serious axe violations', async ({ page }) => {
		// Axe on seven screens, each now with more on it (conflict banner, statement link, plan editor):
		// about a minute on a 2-core machine, so it gets the slow-test budget.
		test.slow();
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ scores: { 1: 3, 2: 4 } });

		await ws.open(id);
		await expectAccessible(page);

		await ws.openItem(id, 13); // sub-criteria
		await ws.subCriterion('13.1').getByLabel('Täyttyy').check();
		await ws.addNote();
		await expectAccessible(page);

		await ws.openItem(id, 2); // a figure table
		await page.getByRole('button', { name: 'Lisää työhönvalmentaja' }).click();
		await page.getByRole('textbox', { name: /Työhönvalmentaja 1 Työhönvalmennusta/ }).fill('30');
		await page.getByRole('textbox', { name: /Työhönvalmentaja 1 Työaika/ }).fill('37.5');
		await expect(page.getByTestId('suggested-score')).toBeVisible();
		await expectAccessible(page);

		await ws.openItem(id, 24); // a figure with a gap warning
		await page.getByRole('button', { name: 'Lisää työhönvalmentaja' }).click();
		await page.getByRole('textbox', { name: /Työhönvalmentaja 1 Työpaikan ulkopuolella/ }).fill('3');
		await page.getByRole('textbox', { name: /Työhönvalmentaja 1 Työaika/ }).fill('10');
		await expect(page.getByTestId('gap-warning')).toBeVisible();
		await expectAccessible(page);

		await ws.open(id, '/visit');
		// A session with a note tagged to a criterion: the chips, the note and the coverage table.
		const visit = new VisitPage(page);
		const session = await visit.addSession('Haastattelu', 'tiiminvetäjä');
		await visit.tag(await visit.addNote(session, 'Tiimi kokoontuu viikoittain.'), 5);
		await expectAccessible(page);

		await ws.open(id, '/summary');
		await expectAccessible(page);
		await page.getByTestId('finish').click();
		await expect(page.getByTestId('finish-blocked')).toBeVisible();
		await expectAccessible(page);
	});

	test('the finish confirmation dialog has no serious axe violations', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const scores = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, 3]));
		const id = await ws.seed({ scores });
		await ws.open(id, '/summary');
		await page.getByTestId('finish').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		await expectAccessible(page);
	});

	test('on a phone the item screens have no horizontal scroll', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		// 17 and 2: figure tables; 5 and 13: sub-criteria and the form's longest words.
		for (const n of [17, 2, 5, 13]) {
			await ws.openItem(id, n);
			if (n === 17 || n === 2) await page.getByRole('button', { name: 'Lisää työhönvalmentaja' }).click();
			await ws.addNote();
			expect(await ws.horizontalOverflow(), `item ${n}`).toBeLessThanOrEqual(0);
		}
		await expect(ws.nextButton()).toBeInViewport();
		for (const path of ['', '/visit', '/summary']) {
			await ws.open(id, path);
			expect(await ws.horizontalOverflow(), `screen "${path}"`).toBeLessThanOrEqual(0);
		}
	});
});
