import { expect, test } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

test.describe('notes, visit and review details', () => {
	test('a note keeps its source and role, and is deleted only after confirming', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 14);
		const note = await ws.addNote();
		await expect(note.getByLabel('Muistiinpano', { exact: true })).toBeFocused();
		await note.getByLabel('Havainnointi').check();
		await note.getByLabel('Keneltä (rooli)').fill('tiiminvetäjä');
		await note.getByLabel('Muistiinpano', { exact: true }).fill('Tiimipalaverissa käytiin läpi työnhaku.');
		await expect
			.poll(async () => (await ws.storedItem(id, 14)).notes[0])
			.toMatchObject({ source: 'observation', role: 'tiiminvetäjä', text: 'Tiimipalaverissa käytiin läpi työnhaku.' });

		await note.getByRole('button', { name: 'Poista muistiinpano' }).click();
		const dialog = page.getByRole('dialog', { name: 'Poistetaanko muistiinpano?' });
		await expect(dialog).toContainText('Tiimipalaverissa käytiin läpi työnhaku.');
		await dialog.getByRole('button', { name: 'Peruuta' }).click();
		await expect(dialog).toHaveCount(0);
		await expect(page.getByTestId('note')).toHaveCount(1);
		expect((await ws.storedItem(id, 14)).notes).toHaveLength(1);

		await note.getByRole('button', { name: 'Poista muistiinpano' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Poista' }).click();
		await expect(page.getByTestId('note')).toHaveCount(0);
		await expect.poll(async () => (await ws.storedItem(id, 14)).notes).toEqual([]);
		await expect(page.getByRole('button', { name: 'Lisää muistiinpano' })).toBeFocused();
	});

	test('a session, records, schedule and conclusions typed on the visit screen are stored', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.open(id, '/visit');
		await page.getByRole('button', { name: 'Uusi: Haastattelu' }).click();
		await expect(page.getByTestId('session').getByLabel('Rooli', { exact: true })).toBeFocused();
		await page.keyboard.type('esihenkilö');
		await page.getByLabel('Kesto (min)').fill('45');
		await page.getByLabel('Kesto (min)').blur();
		await page.getByLabel('Tarkastetut asiakirjat ja tietojärjestelmät').fill('Asiakaskirjaukset 10 asiakkaalta');
		await page.getByLabel('Käynnin aikataulu').fill('Ti: haastattelut\nKe: havainnointi');
		await page.getByLabel('Johtopäätökset raporttiin').fill('Palvelu toimii pääosin hyvin.');
		await expect.poll(async () => (await ws.stored(id)).conclusions).toBe('Palvelu toimii pääosin hyvin.');
		await page.reload();
		await expect(page.getByLabel('Käynnin aikataulu')).toHaveValue('Ti: haastattelut\nKe: havainnointi');

		const doc = await ws.stored(id);
		expect(doc.visit.sessions).toMatchObject([{ kind: 'interview', role: 'esihenkilö', minutes: 45, notes: [] }]);
		expect(doc.visit.sessions[0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(doc.visit.documentsChecked).toBe('Asiakaskirjaukset 10 asiakkaalta');
		expect(doc.conclusions).toBe('Palvelu toimii pääosin hyvin.');
	});

	test('review details are edited on the overview, and an empty service name is refused', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.open(id);
		const service = page.getByLabel('Palvelu', { exact: true });
		await service.fill('');
		await expect(page.getByText('Kenttä on pakollinen.')).toBeVisible();
		await expect(service).toHaveAttribute('aria-invalid', 'true');
		await service.fill('Työhönvalmennus Uusi nimi');
		await page.getByLabel('Itsearviointi').check();
		await page.getByRole('button', { name: 'Lisää arvioija' }).click();
		await page.getByLabel('Arvioija 2').fill('Arvioija B');
		await expect(page.getByTestId('service-name')).toHaveText('Työhönvalmennus Uusi nimi');

		await expect
			.poll(async () => (await ws.stored(id)).meta)
			.toMatchObject({ service: 'Työhönvalmennus Uusi nimi', reviewType: 'self', reviewers: ['Arvioija A', 'Arvioija B'] });
		await page.reload();
		await expect(page.getByLabel('Palvelu', { exact: true })).toHaveValue('Työhönvalmennus Uusi nimi');
	});
});
