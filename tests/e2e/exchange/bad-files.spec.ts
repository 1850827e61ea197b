import { expect, test } from '@playwright/test';
import { finishedReview, openApp, ReportPage, seed, snapshot } from '../pages/report';
import { expectAccessible, storedReview } from '../support/app';
import { DataPage, jsonFile } from './data-page';

const good = JSON.stringify(finishedReview());
const withService = (service: string) => JSON.stringify(finishedReview({ meta: { ...finishedReview().meta, service } }));

const BAD: [string, { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
	['malformed JSON', jsonFile('rikki.json', '{"format": laatuarvio}'), /ei ole JSON-muotoinen/],
	['a truncated file', jsonFile('katkennut.json', good.slice(0, good.length - 200)), /Tiedosto on katkennut: sen loppu puuttuu/],
	['an empty file', jsonFile('tyhja.json', ''), /Tiedosto on tyhjä/],
	[
		'a backup of an unsupported version',
		jsonFile('uusi.json', JSON.stringify({ kind: 'laatuarvio.backup', version: 7, reviews: [] })),
		/Tiedoston versiota \(7\) ei tueta/
	],
	['some other JSON', jsonFile('muu.json', '{"hello": "world"}'), /ei ole Laatuarvion arviointitiedosto eikä varmuuskopio/],
	[
		'a file over 10 MiB',
		{ name: 'iso.json', mimeType: 'application/json', buffer: Buffer.alloc(11 * 1024 * 1024, 0x20) },
		/Tiedosto on liian suuri \(11,5 MB\)\. Suurin sallittu koko on 10,5 MB\./
	],
	['a review without a service name', jsonFile('puutteellinen.json', withService('')), /Tiedoston sisältö ei kelpaa[\s\S]*perustiedot › palvelu: puuttuu tai on liian lyhyt/],
	['an over-long service name', jsonFile('pitka.json', withService('x'.repeat(201))), /perustiedot › palvelu: liian pitkä tai liian suuri/],
	[
		'an unknown form edition',
		jsonFile('lomake.json', JSON.stringify({ ...finishedReview(), edition: 'fi-2099-01-01' })),
		/lomakeversiolla, jota tämä sovellus ei tunne \(fi-2099-01-01\)/
	]
];

test('each kind of bad file shows a clear message and changes nothing', async ({ page }) => {
	const existing = finishedReview();
	await openApp(page);
	await seed(page, [existing]);
	const data = new DataPage(page);
	await data.open();
	const before = await snapshot(page);
	for (const [name, file, message] of BAD) {
		await test.step(name, async () => {
			await data.choose(file);
			await expect(data.importError).toHaveText(message);
			await expect(data.importError).toContainText('Laitteen tietoihin ei tehty muutoksia.');
			await expect(data.plan).toBeHidden();
			expect(await snapshot(page)).toEqual(before);
		});
	}
	await expectAccessible(page);
});

test('HTML and script in an otherwise valid file are imported as inert text', async ({ page }) => {
	const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
	const doc = finishedReview({ conclusions: `Johtopäätös ${hostile}` });
	doc.meta.service = `Palvelu <b id="injected">lihava</b>`;
	doc.items[0]!.strengths = hostile;
	doc.items[0]!.notes[0]!.text = hostile;
	const dialogs: string[] = [];
	page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));

	await openApp(page);
	const data = new DataPage(page);
	await data.open();
	await data.importFile(jsonFile('vihamielinen.json', JSON.stringify(doc)));
	expect(await storedReview(page, doc.id)).toEqual(doc);
	await expect(data.saveButton('Palvelu <b id="injected">lihava</b>')).toBeVisible();

	const report = new ReportPage(page);
	await report.open(doc.id);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Palvelu <b id="injected">lihava</b>');
	await expect(page.locator('article[data-item="1"]')).toContainText(hostile);
	await expect(page.getByTestId('report-conclusions')).toHaveText(`Johtopäätös ${hostile}`);
	await expect(page.locator('#injected, img[src="x"], main script')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(dialogs).toEqual([]);
});
