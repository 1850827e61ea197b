import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { job, record, RecordsPage, withRecords } from '../pages/records';
import { META, WorkspacePage } from '../pages/workspace';

/*
 * Ten client rows, counted to the review date 2026-11-02 (META.startDate; no end date).
 * Rows 1–9 are seeded, row 10 is typed through the sheet screen.
 *
 *  n  start       1st employer   days  jobs (type / employer / competitive / permanent / start)        follow-along
 *  1  2026-01-01  2026-02-10      40   siivooja / Oy A / yes / yes / 2026-03-01                       04-15, 07-20
 *  2  2026-02-01  2026-03-23      50   siivooja / Oy B / yes / yes / 2026-04-10                       05-01
 *  3  2026-03-01  2026-03-31      30   kokki / Oy A / yes / no / 2026-05-01                           08-31
 *  4  2026-04-01  2026-05-31      60   myyjä / Oy C / yes / yes / 2026-06-15                          10-14
 *  5  2026-05-01  2026-06-15      45   varastotyöntekijä / Oy D / no / yes / 2026-07-01               –
 *  6  2026-06-01  2026-07-06      35   siivooja / Oy E / yes / yes / 2026-09-01                       –
 *  7  2026-07-01  2026-08-25      55   kokki / Oy F / yes / yes / 2026-10-01                          –
 *  8  2026-08-01  2026-09-10      40   myyjä / Oy C / yes / no / 2026-10-20                           –
 *  9  –           –               –    myyjä / Oy A / yes / yes / 2026-02-01; avustaja / Oy G / ? / ? / –  06-10
 * 10  2026-10-01  (none yet)      32   "Siivooja " / "oy a" / yes / yes / 2026-10-15 (typed)          –
 *
 * Item 15: row 9 has no start (left out); row 10 counts the days so far, 1.10.→2.11. = 32.
 *   mean (40+50+30+60+45+35+55+40+32)/9 = 387/9 = 43.0 days → band "31–60 days" → 4.
 * Item 19: 11 jobs (rows 1–8 one each, row 9 two, row 10 one); types siivooja, kokki, myyjä,
 *   varastotyöntekijä, avustaja = 5 ("Siivooja " is siivooja); 5/11 = 45.5 % → "under 50 %" → 1.
 * Item 20: employers Oy A, B, C, D, E, F, G = 7 ("oy a" is Oy A); 7/11 = 63.6 % → "60–69 %" → 3.
 * Item 21: 10 rows with a job (≥ 10, so judged by share); both competitive and permanent in rows
 *   1, 2, 4, 6, 7, 9, 10 = 7 (3: not permanent; 5: not competitive; 8: not permanent);
 *   7/10 = 70 % → "65–74 %" → 2.
 * Item 23: first job at least four months before 2.11. (start ≤ 2.7.): rows 1, 2, 3, 4, 5, 9 = 6
 *   (row 5: 1.7. + 4 months = 1.11. ≤ 2.11.). Met on or after the four-month day:
 *   row 1 (20.7. ≥ 1.7.) and row 9 (10.6. ≥ 1.6.) = 2; row 3 met 31.8., one day before 1.9.;
 *   row 4 met 14.10., one day before 15.10.; row 2 met 1.5. only. 2/6 = 33.3 % → "fewer than half" → 2.
 */
const AS_OF = META.startDate;
const SEEDED = [
	record(1, '2026-01-01', '2026-02-10', [job('siivooja', 'Oy A', true, true, '2026-03-01')], ['2026-04-15', '2026-07-20']),
	record(2, '2026-02-01', '2026-03-23', [job('siivooja', 'Oy B', true, true, '2026-04-10')], ['2026-05-01']),
	record(3, '2026-03-01', '2026-03-31', [job('kokki', 'Oy A', true, false, '2026-05-01')], ['2026-08-31']),
	record(4, '2026-04-01', '2026-05-31', [job('myyjä', 'Oy C', true, true, '2026-06-15')], ['2026-10-14']),
	record(5, '2026-05-01', '2026-06-15', [job('varastotyöntekijä', 'Oy D', false, true, '2026-07-01')]),
	record(6, '2026-06-01', '2026-07-06', [job('siivooja', 'Oy E', true, true, '2026-09-01')]),
	record(7, '2026-07-01', '2026-08-25', [job('kokki', 'Oy F', true, true, '2026-10-01')]),
	record(8, '2026-08-01', '2026-09-10', [job('myyjä', 'Oy C', true, false, '2026-10-20')]),
	record(9, null, null, [job('myyjä', 'Oy A', true, true, '2026-02-01'), job('avustaja', 'Oy G', null, null, null)], ['2026-06-10'])
];
const TYPED = job('Siivooja ', 'oy a', true, true, '2026-10-15');

/** The hand-computed table above: the sheet's figures, the rows used, and the suggestion. */
const EXPECTED: { item: number; figures: Record<string, unknown>; used: string; score: number }[] = [
	{ item: 15, figures: { days: [40, 50, 30, 60, 45, 35, 55, 40, 32] }, used: 'Asiakas 10', score: 4 },
	{ item: 19, figures: { jobs: 11, different: 5 }, used: 'Asiakas 9', score: 1 },
	{ item: 20, figures: { jobs: 11, different: 7 }, used: 'Asiakas 9', score: 3 },
	{ item: 21, figures: { employed: 10, competitive: 7 }, used: 'Asiakas 10', score: 2 },
	{ item: 23, figures: { started: 6, metAtFourMonths: 2 }, used: 'Asiakas 9', score: 2 }
];

test('ten rows (nine seeded, one typed) give items 15, 19, 20, 21 and 23 the hand-computed figures and scores, copied durably', async ({ page }) => {
	test.slow();
	expect(AS_OF).toBe('2026-11-02');
	const ws = new WorkspacePage(page);
	const sheet = new RecordsPage(page);
	const id = await ws.seed({ change: withRecords(...SEEDED) });

	await ws.open(id, '/visit');
	await page.getByTestId('records-link').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Asiakaskirjausten taulukko' })).toBeVisible();
	await expect(page.getByTestId('record')).toHaveCount(9);

	await sheet.addRow();
	const row = sheet.row(10);
	await row.getByLabel('Palvelun alkamispäivä').fill('2026-10-01');
	await expect(row.getByTestId('record-days')).toHaveText('Ei vielä tapaamista – päiviä tähän asti: 32');
	await row.getByRole('button', { name: 'Lisää työ asiakkaalle 10' }).click();
	await sheet.fillJob(10, 0, TYPED);
	await expect
		.poll(async () => (await ws.stored(id)).visit.records.find((r) => r.n === 10))
		.toEqual(record(10, '2026-10-01', null, [TYPED], []));
	// Dates in, days out: a seeded row shows its own count beside its dates.
	await expect(sheet.row(1).getByTestId('record-days')).toHaveText('Päiviä alusta tapaamiseen: 40');

	for (const { item, figures, used, score } of EXPECTED) {
		await ws.openItem(id, item);
		const box = sheet.figures();
		await expect(box).toBeVisible();
		await expect(box.getByTestId('sheet-used')).toContainText(used);
		if (item === 15) {
			await expect(box.getByTestId('sheet-skipped')).toHaveText('Jätetty pois: Asiakas 9 (ei alkamispäivää)');
			await expect(box.getByTestId('sheet-open')).toContainText('Asiakas 10');
		}
		if (item === 23) await expect(box.getByTestId('sheet-used')).toHaveText('Käytetyt rivit: Asiakas 1, Asiakas 2, Asiakas 3, Asiakas 4, Asiakas 5 ja Asiakas 9');
		await box.getByRole('button', { name: 'Käytä taulukon lukuja' }).click();
		await expect.poll(async () => (await ws.storedItem(id, item))?.figures).toMatchObject(figures);
		await expect(page.getByTestId('suggested-line')).toHaveText(`Ehdotus lukujen tai alakohtien perusteella: ${score} p`);
	}

	// Durable: after a reload the form still holds the sheet's figures, and a hand change stays the reviewer's.
	await page.reload();
	await expect(sheet.figures().getByTestId('sheet-in-form')).toBeVisible();
	await expect(page.getByTestId('suggested-line')).toHaveText('Ehdotus lukujen tai alakohtien perusteella: 2 p');
	for (const { item, figures } of EXPECTED) expect((await ws.storedItem(id, item))?.figures).toMatchObject(figures);
});

test('removing a row offers undo, which puts it back in its place', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const sheet = new RecordsPage(page);
	const id = await ws.seed({ change: withRecords(...SEEDED.slice(0, 3)) });
	await ws.open(id, '/records');
	await sheet.row(2).getByRole('button', { name: 'Poista asiakas 2' }).click();
	await expect.poll(async () => (await ws.stored(id)).visit.records.map((r) => r.n)).toEqual([1, 3]);
	await page.getByRole('button', { name: 'Kumoa' }).click();
	await expect.poll(async () => (await ws.stored(id)).visit.records).toEqual(SEEDED.slice(0, 3));
	await expect(page.getByTestId('record')).toHaveCount(3);
});

test('a new job is typed into at once, and its yes/no answers are one tap each, durable, and work from the keyboard', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const sheet = new RecordsPage(page);
	const id = await ws.seed({ change: withRecords(record(1, '2026-01-01', null, [], [])) });
	await ws.open(id, '/records');
	await sheet.row(1).getByRole('button', { name: 'Lisää työ asiakkaalle 1' }).click();
	const type = sheet.row(1).getByLabel('Työn laatu');
	await expect(type).toBeFocused();
	await page.keyboard.type('siivooja');

	const jobRow = sheet.row(1).getByTestId('record-job');
	const competitive = jobRow.getByRole('group', { name: 'Avoimilla työmarkkinoilla' });
	const permanent = jobRow.getByRole('group', { name: 'Vakituinen' });
	// A new job's answers start as "not known": the figures count only what the record says.
	await expect(competitive.getByRole('radio', { name: 'Ei tiedossa' })).toBeChecked();
	await competitive.getByText('Kyllä', { exact: true }).click();
	await permanent.getByRole('radio', { name: 'Ei', exact: true }).click();
	await expect
		.poll(async () => (await ws.stored(id)).visit.records[0]?.jobs[0])
		.toMatchObject({ type: 'siivooja', competitive: true, permanent: false });

	// Arrow keys move within one question and store that answer; the other question is untouched.
	await competitive.getByRole('radio', { name: 'Kyllä' }).focus();
	await page.keyboard.press('ArrowRight');
	await expect(competitive.getByRole('radio', { name: 'Ei', exact: true })).toBeChecked();
	await expect.poll(async () => (await ws.stored(id)).visit.records[0]?.jobs[0]?.competitive).toBe(false);
	expect((await ws.stored(id)).visit.records[0]?.jobs[0]?.permanent).toBe(false);

	await page.reload();
	await expect(competitive.getByRole('radio', { name: 'Ei', exact: true })).toBeChecked();
	await expect(permanent.getByRole('radio', { name: 'Ei', exact: true })).toBeChecked();
	await expect(permanent.getByRole('radio', { name: 'Kyllä' })).not.toBeChecked();
	await permanent.getByRole('radio', { name: 'Ei tiedossa' }).click();
	await expect.poll(async () => (await ws.stored(id)).visit.records[0]?.jobs[0]?.permanent).toBe(null);
});

for (const [name, size] of [
	['portrait', { width: 1024, height: 1366 }],
	['landscape', { width: 1366, height: 1024 }]
] as const) {
	test(`the sheet screen is accessible in ${name}`, async ({ page }) => {
		await page.setViewportSize(size);
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ change: withRecords(...SEEDED.slice(0, 3)) });
		await ws.open(id, '/records');
		await expect(page.getByTestId('record')).toHaveCount(3);
		await expectAccessible(page);
		// Every control is a ≥ 44 px target and nothing runs off the side.
		// A radio's target is its whole label (a tap on the text picks it), so that is what is measured.
		const small = await page.locator('main button, main input, main select').evaluateAll((els) =>
			els
				.map((e) => ((e as HTMLInputElement).type === 'radio' ? (e.closest('label') ?? e) : e))
				.filter((e) => e.getBoundingClientRect().height < 44)
				.map((e) => e.outerHTML.slice(0, 80))
		);
		expect(await page.locator('main input[type="radio"]').count()).toBe(3 * 2 * 3);
		expect(small).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
	});
}
