import { expect, test, type Page } from '@playwright/test';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { getEdition } from '../../../src/lib/instrument/index';
import { computeTotals } from '../../../src/lib/scoring/totals';
import { completeReview, EVIDENCE, JUSTIFICATION, OBSERVATION, PLANNED, RECOMMENDATIONS } from '../pages/print';
import { openApp, ReportPage, seed } from '../pages/report';
import { positions, printedPages } from '../support/pdf';

/**
 * The report as it comes out of Chromium's PDF printer, read as text (issue 12):
 * where the subtotals and the total fall, the running line on every page, the
 * action plan page, and the evidence appendix only when chosen.
 */
const edition = getEdition('fi-2021-11-01')!;
const SERVICE = 'Tuetun työllistymisen palvelu';

/** "2.3.2026 – 3.3.2026" as the fixture's dates print in Finnish. */
const FI_DATES = '2.3.2026 – 3.3.2026';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** pdftotext keeps words but not always the exact spacing around short glyphs. */
const loose = (s: string) => escape(s).replace(/ /g, '\\s*');

/** Seeds the review, opens its report and prints it. */
async function printReport(page: Page, doc: ReviewDocument): Promise<string[]> {
	await openApp(page);
	await seed(page, [doc]);
	await new ReportPage(page).open(doc.id);
	return printedPages(page);
}

test.describe('the printed report (PDF in Chromium, read with pdftotext)', () => {
	// Printing a seven-page PDF on a shared two-core machine takes a while.
	test.slow();
	test('subtotals close their sections, the total prints once after the last, and every page carries "service · date · n / m"', async ({ page }) => {
		const { doc } = completeReview();
		const pages = await printReport(page, doc);
		const text = pages.join('\n');
		expect(pages.length).toBeGreaterThanOrEqual(3);

		// The running line, with the right page number and the same page count, on every page.
		const running = new RegExp(`${loose(SERVICE)}\\s*·\\s*${loose(FI_DATES)}\\s*·\\s*(\\d+)\\s*/\\s*(\\d+)`);
		pages.forEach((p, i) => {
			const found = running.exec(p);
			expect(found, `page ${i + 1} carries the running line`).not.toBeNull();
			expect(Number(found![1])).toBe(i + 1);
			expect(Number(found![2])).toBe(pages.length);
		});

		// Only the score sheet's part of the text: from its heading to the level bands.
		const sheet = text.slice(text.indexOf('Pistemäärät'), text.search(/^Taso$/m));
		expect(sheet.length).toBeLessThan(text.length / 2);
		const rowAt = (n: number) => {
			const at = positions(sheet, new RegExp(`^\\s*${n}\\.\\s+\\S`, 'm'));
			expect(at, `item ${n} has one row in the sheet`).toHaveLength(1);
			return at[0]!;
		};
		const totals = computeTotals(edition, doc.items);
		const sections = edition.sections.map((s) => ({ ...s, numbers: edition.items.filter((i) => i.section === s.id).map((i) => i.number) }));
		sections.forEach((section, si) => {
			const sum = totals.sections.find((t) => t.id === section.id)!;
			const subtotal = positions(sheet, new RegExp(`Yhteensä:\\s*${loose(section.title)}\\s+${sum.score}\\s*/\\s*${sum.max}`, 'i'));
			expect(subtotal, `one subtotal for ${section.title}`).toHaveLength(1);
			expect(subtotal[0]!, `${section.title}: subtotal after its last item`).toBeGreaterThan(rowAt(section.numbers.at(-1)!));
			const next = sections[si + 1];
			if (next) expect(subtotal[0]!, `${section.title}: subtotal before the next section's first item`).toBeLessThan(rowAt(next.numbers[0]!));
		});

		// The grand total: once in the whole document, after the last section's subtotal.
		const grand = positions(text, new RegExp(`YHTEISPISTEMÄÄRÄ\\s+${totals.total}\\s*/\\s*125`));
		expect(grand).toHaveLength(1);
		const lastSubtotal = positions(text, /Yhteensä:\s*Palvelun sisältö/i);
		expect(grand[0]!).toBeGreaterThan(lastSubtotal[0]!);
	});

	test('the contents come in the issue\'s order and the action plan page lists every recommendation with its criterion', async ({ page }) => {
		const { doc, justified, suggested } = completeReview();
		const pages = await printReport(page, doc);
		const text = pages.join('\n');

		const order = [
			'Arvioinnin tiedot',
			'Lomakkeen ohje',
			'Arvioi laatukriteerien täyttyminen',
			'Pistemäärät',
			'Taso\n',
			'Kehitys aiempiin arviointeihin verrattuna',
			'Arvio kriteereittäin',
			'Johtopäätökset',
			'Toimenpidesuunnitelma'
		].map((heading) => ({ heading, at: text.indexOf(heading) }));
		for (const { heading, at } of order) expect(at, `"${heading}" is printed`).toBeGreaterThanOrEqual(0);
		expect(order.map((o) => o.heading)).toEqual([...order].sort((a, b) => a.at - b.at).map((o) => o.heading));

		// The differing item: its score, the suggestion and the justification.
		const criterion = text.slice(text.indexOf('Arvio kriteereittäin'));
		const item = criterion.slice(criterion.search(new RegExp(`^\\s*${justified}\\.\\s`, 'm')));
		expect(item).toMatch(new RegExp(`Ehdotettu pistemäärä: ${suggested}`));
		expect(item.slice(0, 1500)).toMatch(new RegExp(loose(JUSTIFICATION)));

		// The action plan starts a page of its own and lists every recommendation with its criterion.
		const first = pages.findIndex((p) => /^\s*Toimenpidesuunnitelma/.test(p));
		expect(first, 'the plan heading is the first line of its page').toBeGreaterThan(0);
		const plan = pages.slice(first).join('\n');
		for (const [n, rec] of Object.entries(RECOMMENDATIONS)) {
			const number = Number(n);
			const firstWord = edition.items[number - 1]!.title.split(' ')[0]!;
			const expected = number === PLANNED.item ? PLANNED.text : rec;
			// A row starts with its priority and the criterion's number; the title may wrap in its column.
			expect(plan, `criterion ${n} in the plan`).toMatch(new RegExp(`(Korkea|Keskitaso|Matala)\\s+${n}\\.\\s+(\\S+\\s+)*?${escape(firstWord)}`));
			// The action column wraps beside the criterion column, so only its first word is sure to be in one piece.
			expect(plan, `recommendation of criterion ${n} in the plan`).toContain(expected.split(' ')[0]!);
		}
		expect(plan).toContain('30.6.2026');
		// The reviewer's rewording replaces the recommendation it came from.
		expect(plan).not.toContain(RECOMMENDATIONS[PLANNED.item]!.split(' ')[0]!);
		// The planned entry (high priority) comes first.
		expect(plan).toMatch(new RegExp(`Korkea\\s+${PLANNED.item}\\.`));
		expect(positions(plan, /(Korkea|Keskitaso|Matala)\s+\d+\./)[0]).toBe(positions(plan, new RegExp(`Korkea\\s+${PLANNED.item}\\.`))[0]);
		// Without the appendix chosen, none of it prints.
		expect(text).not.toContain('Liite: näyttö');
		expect(text).not.toMatch(new RegExp(loose(EVIDENCE)));
	});

	test('the evidence appendix prints only when chosen, after the action plan, with notes by source and role', async ({ page }) => {
		const { doc } = completeReview();
		await openApp(page);
		await seed(page, [doc]);
		const report = new ReportPage(page);
		await report.open(doc.id);
		await page.getByRole('checkbox', { name: 'Liitä näyttöliite tulosteeseen' }).check();
		await expect(page.getByTestId('evidence-appendix')).toBeVisible();
		const pages = await printedPages(page);
		const text = pages.join('\n');
		const appendixPage = pages.findIndex((p) => /^\s*Liite: näyttö/.test(p));
		expect(appendixPage, 'the appendix starts a page').toBeGreaterThan(pages.findIndex((p) => /^\s*Toimenpidesuunnitelma/.test(p)));
		const appendix = pages.slice(appendixPage).join('\n');
		expect(appendix).toContain('Osakriteerien arviot ja näyttö');
		expect(appendix).toMatch(new RegExp(loose(EVIDENCE)));
		// Notes by source, then role; each with the criteria it is tagged to.
		expect(appendix).toMatch(/Havainnointi[\s\S]*tiiminvetäjä[\s\S]*Kriteeri 7:\s*Tiimipalaverissa/);
		expect(appendix).toMatch(new RegExp(loose(OBSERVATION)));
		expect(appendix).toMatch(/Asiakirjat[\s\S]*rooli puuttuu[\s\S]*Kriteeri 7:\s*Asiakaskansiot/);
		expect(appendix).toMatch(/Haastattelut, havainnointi ja asiakirjat[\s\S]*Haastattelu · työhönvalmentaja · 2\.3\. klo 9/);
		expect(appendix).toMatch(/Tarkastetut asiakirjat[\s\S]*Asiakasrekisteri, 10 asiakaskansiota\./);
		expect(text.indexOf('Liite: näyttö')).toBe(text.lastIndexOf('Liite: näyttö'));

		await page.getByRole('checkbox', { name: 'Liitä näyttöliite tulosteeseen' }).uncheck();
		expect((await printedPages(page)).join('\n')).not.toContain('Liite: näyttö');
	});

	test('in English the report\'s own labels and the running line are English, the criteria stay Finnish', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('laatuarvio.locale', 'en'));
		const { doc } = completeReview();
		const pages = await printReport(page, doc);
		const text = pages.join('\n');
		pages.forEach((p, i) => expect(p).toMatch(new RegExp(`${loose(SERVICE)}\\s*·\\s*2 Mar 2026 – 3 Mar 2026\\s*·\\s*${i + 1}\\s*/\\s*${pages.length}`)));
		for (const label of ["The form's instruction", 'Assessment by criterion', 'Action plan', 'TOTAL SCORE']) expect(text).toContain(label);
		expect(text).toMatch(/Subtotal:\s*Palvelun henkilöstö/i);
		expect(text).toContain('Arvioi laatukriteerien täyttyminen');
		expect(text).not.toContain('Toimenpidesuunnitelma');
		expect(positions(text, /TOTAL SCORE\s+\d+\s*\/\s*125/)).toHaveLength(1);
	});
});
