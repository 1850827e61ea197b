import { expect, test } from '@playwright/test';
import { draftReview, finishedReview, openApp, seed } from '../pages/report';
import { DataPage } from './data-page';

test('the scores CSV opens in a Finnish spreadsheet: BOM, ";" separators, CRLF, header order and one row per review', async ({ page }) => {
	const finished = finishedReview();
	finished.meta.service = '=Palvelu; "Ä"';
	const draft = draftReview([25], { meta: { ...finished.meta, service: 'Luonnos', startDate: '2026-09-01' } });
	await openApp(page);
	await seed(page, [finished, draft]);
	const data = new DataPage(page);
	await data.open();

	const { download, bytes } = await data.download(data.csvButton);
	expect(download.suggestedFilename()).toMatch(/^laatuarvio-pisteet-\d{4}-\d{2}-\d{2}\.csv$/);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8').slice(1);
	expect(text.endsWith('\r\n')).toBe(true);
	const lines = text.split('\r\n').filter(Boolean);
	expect(lines).toHaveLength(3);
	expect(lines[0]!.split(';')).toEqual([
		'Tunniste', 'Versio', 'Palvelu', 'Organisaatio', 'Paikkakunta', 'Arvioijat', 'Alkupäivä', 'Loppupäivä',
		'Arvioinnin tyyppi', 'Lomakeversio', 'Tila',
		...Array.from({ length: 25 }, (_, i) => `Kohta ${i + 1}`),
		'Palvelun henkilöstö', 'Palvelun järjestäminen', 'Palvelun sisältö', 'Yhteispistemäärä', 'Taso',
		// Two reviewers' agreement (issue 10), empty for a review with one reviewer.
		'Arvioijien samat pisteet (%)', 'Arvioijien ero enintään 1 piste (%)', 'Arvioijien painotettu kappa'
	]);
	const rowOf = (id: string) => lines.find((l) => l.startsWith(id))!;
	expect(rowOf(finished.id)).toBe(
		[
			finished.id, '1', `"'=Palvelu; ""Ä"""`, 'Esimerkin kaupunki', 'Esimerkkilä', 'Arvioija A, Arvioija B',
			'2026-03-02', '2026-03-03', 'ulkoinen arviointi', 'fi-2021-11-01', 'valmis',
			...finished.items.map((i) => String(i.score)),
			'13', '32', '55', '100', 'Hyvä taso', '', '', ''
		].join(';')
	);
	const draftCells = rowOf(draft.id).split(';');
	expect(draftCells[10]).toBe('luonnos');
	expect(draftCells[35]).toBe('');
	expect(draftCells.slice(36)).toEqual(['13', '32', '51', '96', '', '', '', '']);
	await expect(page.getByText(/Pisteet tallennettiin tiedostoon laatuarvio-pisteet-/)).toBeVisible();
});
