import { expect, test } from '@playwright/test';
import { lock } from '../../../src/lib/consensus/lock';
import type { Rating, ReviewDocument } from '../../../src/lib/review/schema';
import { A, B } from '../pages/pair';
import { completeReview } from '../pages/print';
import { openApp, ReportPage, seed } from '../pages/report';
import { positions, printedPages } from '../support/pdf';

const REASON = 'Kirjattu tiimipalaverin muistioon';

/** The complete print fixture as a pair review: Bertil one point higher on item 3, the consensus Aino's score. */
async function pairReview(): Promise<ReviewDocument> {
	const { doc } = completeReview();
	const at = doc.finishedAt!;
	const rating = async (reviewer: string, bump: number): Promise<Rating> =>
		lock(
			{
				reviewer,
				items: doc.items.map((i) => ({
					number: i.number,
					score: i.number === 3 ? ((i.score! + bump) as 1) : i.score,
					subCriteria: i.subCriteria,
					notes: ''
				})),
				lockedAt: null,
				hash: null
			},
			at
		);
	const bump = doc.items[2]!.score === 5 ? -1 : 1;
	return {
		...doc,
		meta: { ...doc.meta, reviewers: [A, B] },
		ratings: [await rating(A, 0), await rating(B, bump)],
		consensus: doc.items.map((i) => ({ number: i.number, score: i.score!, agreedBy: [A, B], agreedAt: at, reason: i.number === 3 ? REASON : '' }))
	};
}

test('the printed report of a pair review has its agreement section after the trend, with the items where they differed', async ({ page }) => {
	test.slow();
	const doc = await pairReview();
	await openApp(page);
	await seed(page, [doc]);
	await new ReportPage(page).open(doc.id);
	await expect(page.getByTestId('reviewer-agreement')).toBeVisible();
	const text = (await printedPages(page)).join('\n');

	const heading = positions(text, /Arvioijien yksimielisyys/);
	expect(heading).toHaveLength(1);
	expect(positions(text, /Kehitys aiempiin arviointeihin verrattuna/)[0]!).toBeLessThan(heading[0]!);
	expect(text).toMatch(/Täysin samat pisteet: 96\s*%/);
	expect(text).toMatch(/Enintään pisteen ero: 100\s*%/);
	expect(text).toMatch(/Painotettu kappa: 0,\d\d/);
	expect(text).toContain('Kohdat, joissa arviot erosivat');
	// The row: both scores, the agreed one, and the reason (pdftotext wraps the narrow column).
	expect(text).toMatch(/3\. Kokonaisvaltainen\s+4\s+5\s+4\s+Kirjattu/);
	expect(text).toMatch(/tiimipalaverin\s+muistioon/);
});
