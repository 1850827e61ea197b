import { expect, test } from '@playwright/test';
import { getEdition } from '../../../src/lib/instrument/index';
import { suggest } from '../../../src/lib/scoring/suggest';
import { draftReview, finishedReview, openApp, ReportPage, seed, withScores } from '../pages/report';
import { expectAccessible } from '../support/app';

const edition = getEdition('fi-2021-11-01')!;

test.describe('the report', () => {
	test('shows every item score, the section subtotals, the total and the level of a finished review', async ({ page }) => {
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);

		for (const item of doc.items) await expect(report.score(item.number)).toHaveText(String(item.score));
		await expect(report.sheet.getByTestId('section-total')).toHaveText(['13 / 15', '32 / 40', '55 / 70']);
		await expect(report.total).toHaveText('100 / 125');
		await expect(report.sheet).toContainText('PALVELUN HENKILÖSTÖ'.toLowerCase(), { ignoreCase: true });
		await expect(report.bands.locator('li')).toHaveCount(4);
		await expect(report.achievedBand()).toContainText('Hyvä taso');
		await expect(report.achievedBand()).toContainText('saavutettu taso');
		await expect(page.getByTestId('report-state')).toContainText('Valmis');
		await expect(report.chart).toHaveAttribute('aria-label', /Pisteytetty 25\/25 kohtaa, keskiarvo 4,0/);
		await expect(report.chart.locator('rect')).toHaveCount(25);
		await expect(page.getByTestId('report-conclusions')).toHaveText(doc.conclusions);
		await expect(page.locator('article[data-item="1"]')).toContainText('Asiakasmäärät pysyvät pieninä.');
		await expectAccessible(page);
	});

	test('in print the app chrome, navigation and buttons are hidden and the score sheet is shown', async ({ page }) => {
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);
		await expect(page.locator('header.app-header')).toBeVisible();
		await expect(report.printButton).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.app-header')).toBeHidden();
		for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
		for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
		await expect(page.getByTestId('finished-banner')).toBeHidden();
		await expect(report.sheet).toBeVisible();
		await expect(report.total).toHaveText('100 / 125');
		await expect(report.chart).toBeVisible();
	});

	test('in English the app’s own labels are English, the criteria stay Finnish, and print still drops the chrome', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('laatuarvio.locale', 'en'));
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);

		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(report.report).toContainText('Review report');
		await expect(page.getByRole('heading', { name: 'Review details' })).toBeVisible();
		await expect(report.report).toContainText('External review');
		await expect(report.printButton).toHaveText('Print / Save as PDF');
		await expect(report.achievedBand()).toContainText('level reached');
		// The instrument is Finnish data: its section and item titles are not translated.
		await expect(report.sheet).toContainText('palvelun henkilöstö', { ignoreCase: true });
		await expect(report.sheet).toContainText('Quality criteria scores by item');
		await expect(report.sheet).not.toContainText('Laatukriteerien pistemäärät kohdittain');
		await expect(report.total).toHaveText('100 / 125');
		await expectAccessible(page);

		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.app-header')).toBeHidden();
		await expect(report.printButton).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Review details' })).toBeVisible();
	});

	test('prints to a non-empty A4 PDF', async ({ page }) => {
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		await new ReportPage(page).open(doc.id);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
		expect(pages.length).toBeGreaterThanOrEqual(1);
		// Every criterion has its paragraph and the action plan its own page (issue 12); print.spec.ts reads the text.
		expect(pages.length).toBeLessThanOrEqual(12);
		expect(pdf.length).toBeGreaterThan(10_000);
	});

	test('the print button opens the browser print dialog', async ({ page }) => {
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => void (window as unknown as { printed: number }).printed++;
		});
		await report.printButton.click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	});

	test('a draft is marked "Luonnos" with partial totals and no level reached', async ({ page }) => {
		const doc = draftReview([3, 10, 25]);
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);
		await expect(page.getByTestId('draft-mark')).toContainText('Luonnos');
		await expect(report.score(3)).toHaveText('ei pisteytetty');
		await expect(report.total).toHaveText('88 / 125 (22/25 pisteytetty)');
		await expect(report.achievedBand()).toHaveCount(0);
		await expect(report.report).toContainText('Taso määräytyy, kun kaikki 25 kohtaa on pisteytetty.');
		await expect(report.chart.locator('rect')).toHaveCount(22);
		await expectAccessible(page);
	});

	test('shows the previous finished review\'s score and change per item and the change in the total', async ({ page }) => {
		const current = finishedReview();
		const earlier = withScores(
			finishedReview({ meta: { ...current.meta, startDate: '2025-09-01', endDate: null }, totals: { ...current.totals!, total: 96 } }),
			{ 1: 3, 2: 5 }
		);
		const laterDraft = draftReview([1], { meta: { ...current.meta, startDate: '2026-09-01', endDate: null } });
		await openApp(page);
		await seed(page, [current, earlier, laterDraft]);
		const report = new ReportPage(page);
		await report.open(current.id);
		// Item 1: 4 now, 3 before → +1; item 2: 5 and 5 → 0.
		await expect(report.row(1).locator('td')).toHaveText(['1.', '4', '3', '+1']);
		await expect(report.row(2).locator('td')).toHaveText(['2.', '5', '5', '0']);
		await expect(page.getByTestId('trend-change')).toHaveText('Muutos edelliseen: +4 pistettä.');
		await expect(page.getByRole('table', { name: 'Palvelun valmiiden arviointien yhteispistemäärät' }).locator('tbody tr')).toHaveCount(2);
		await expect(report.chart.locator('line.previous')).toHaveCount(25);
	});

	test('marks an item whose chosen score differs from the suggestion, with the suggested score', async ({ page }) => {
		const item = edition.items.find((i) => i.suggestion.kind === 'count')!;
		const base = finishedReview();
		const answer = {
			...base.items[item.number - 1]!,
			subCriteria: Object.fromEntries(item.subCriteria.map((s) => [s.id, { met: true, evidence: '' }]))
		};
		const suggestion = suggest(item, answer);
		if (suggestion.kind !== 'suggested') throw new Error('fixture: expected a suggestion');
		const chosen = suggestion.score === 5 ? 3 : 5;
		const doc = { ...base, items: base.items.map((i) => (i.number === item.number ? { ...answer, score: chosen as 3 } : i)) };
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);
		await expect(report.row(item.number)).toContainText(`≠ ${suggestion.score}`);
		await expect(report.row(item.number)).toContainText(`poikkeaa ehdotuksesta (${suggestion.score})`);
		await expect(report.sheet.getByText(/^≠/)).toHaveCount(1);
	});

	test('labels follow the UI language while the instrument text stays Finnish', async ({ page }) => {
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);
		await page.getByRole('combobox', { name: 'Kieli' }).selectOption('en');
		await expect(page.getByRole('heading', { name: 'Scores', exact: true })).toBeVisible();
		await expect(report.sheet.locator('tr.total')).toContainText('Total score');
		await expect(report.row(1)).toContainText(edition.items[0]!.title);
		await expect(report.achievedBand()).toContainText('Hyvä taso');
		await expect(report.printButton).toHaveText('Print / Save as PDF');
	});

	test('fits a phone screen without sideways scrolling of the page', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const doc = finishedReview();
		await openApp(page);
		await seed(page, [doc]);
		await new ReportPage(page).open(doc.id);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
