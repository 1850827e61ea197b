import { expect, test } from '@playwright/test';
import { allScored, WorkspacePage } from '../pages/workspace';
import { expectAccessible } from '../support/app';

const CODE = '131052-308T';
const REDACTED = '[henkilötunnus poistettu]';

test.describe('identity codes are caught as they are typed', () => {
	test('a valid code typed into a note warns at once, and the one-tap replace is saved', async ({ page }) => {
		test.slow(); // axe on a full item screen
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 3);
		const note = await ws.addNote();
		const text = note.getByLabel('Muistiinpano', { exact: true });
		const warning = note.locator('.text-box', { has: page.getByLabel('Muistiinpano', { exact: true }) }).getByTestId('personal-data');

		await text.fill(`Asiakas 131052-308U kertoi`); // wrong check character: no warning
		await expect(warning).toBeEmpty();
		await text.fill(`Asiakas ${CODE} kertoi`);
		await expect(warning).toContainText('Kentässä on henkilötunnus');
		await expectAccessible(page);

		await warning.getByRole('button', { name: `Korvaa tekstillä ${REDACTED}` }).click();
		await expect(text).toHaveValue(`Asiakas ${REDACTED} kertoi`);
		await expect(warning).toBeEmpty();
		await expect.poll(async () => (await ws.storedItem(id, 3)).notes[0]?.text).toBe(`Asiakas ${REDACTED} kertoi`);
		await page.reload();
		await expect(page.getByLabel('Muistiinpano', { exact: true })).toHaveValue(`Asiakas ${REDACTED} kertoi`);
	});

	test('a short field (the service name) is caught too, and replaced through its own edit', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.open(id);
		const field = page.getByLabel('Palvelu', { exact: true });
		await field.fill(`Palvelu ${CODE}`);
		const warning = page.locator('.commit-input', { has: field }).getByTestId('personal-data');
		await expect(warning).toContainText('Kentässä on henkilötunnus');
		await warning.getByRole('button').click();
		await expect(field).toHaveValue(`Palvelu ${REDACTED}`);
		await expect.poll(async () => (await ws.stored(id)).meta.service).toBe(`Palvelu ${REDACTED}`);
	});

	test('a phone number or e-mail address gets the softer warning, without a replace button', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.open(id, '/visit');
		const schedule = page.getByLabel('Käynnin aikataulu');
		await schedule.fill('Soita 040 123 4567 ennen käyntiä');
		const warning = page.getByTestId('personal-data').filter({ hasText: 'voi olla henkilötieto' });
		await expect(warning).toHaveCount(1);
		await expect(warning.getByRole('button')).toHaveCount(0);
		await schedule.fill('Käynti 01.02.2027 klo 09:30');
		await expect(warning).toHaveCount(0);
	});

	test('finishing lists every field that still holds a code and asks before going on', async ({ page }) => {
		test.slow(); // axe, and finishing
		const ws = new WorkspacePage(page);
		const id = await ws.seed({
			scores: allScored(4),
			change: (doc) => ({
				...doc,
				conclusions: `Yhteenveto ${CODE}`,
				items: doc.items.map((i) =>
					i.number === 7 ? { ...i, notes: [{ id: 'n1', source: 'interview', role: 'valmentaja', text: `tunnus ${CODE}`, createdAt: doc.createdAt }] } : i
				)
			})
		});
		await ws.open(id, '/summary');
		await page.getByTestId('finish').click();
		const dialog = page.getByRole('dialog', { name: 'Viimeistelläänkö arviointi?' });
		const codes = dialog.getByTestId('identity-codes');
		await expect(codes).toContainText('2 kentässä on yhä henkilötunnus');
		await expect(codes.getByRole('listitem')).toHaveText(['Kohta 7: muistiinpano', 'johtopäätökset']);
		await expectAccessible(page);

		// Cancelling changes nothing; going on finishes as the reviewer chose.
		await dialog.getByRole('button', { name: 'Peruuta' }).click();
		expect((await ws.stored(id)).finishedAt).toBeNull();
		await page.getByTestId('finish').click();
		await dialog.getByRole('button', { name: 'Viimeistele' }).click();
		await expect(page.getByTestId('finished-status')).toBeVisible();
	});
});
