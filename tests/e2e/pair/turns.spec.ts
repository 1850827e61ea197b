import { expect, test } from '@playwright/test';
import { expectAccessible } from '../support/app';
import { A, B, PairPage, ratedPair } from '../pages/pair';
import { WorkspacePage } from '../pages/workspace';

const SECRET = 'BERTIL-SAW-NO-PLAN-7731';
const BERTIL_NOTE = 'BERTIL-OWN-NOTE-5520';

test.describe('two reviewers on one tablet, in turns', () => {
	test("each rates in turn; before both lock, neither the screens nor the DOM hold the other's scores or evidence", async ({ page }) => {
		test.slow();
		const ws = new WorkspacePage(page);
		const pair = new PairPage(page);
		// Two names in the details, item 1 already scored on the shared form (it becomes Aino's).
		const id = await ws.seed({ meta: { reviewers: [A, B] }, scores: { 1: 2 } });
		await ws.open(id);
		await pair.startPair();
		await expectAccessible(page);

		// Aino: item 1 kept her 2; she scores item 2.
		await ws.openItem(id, 1);
		await expect(ws.anchor(2)).toContainText('Valittu');
		await ws.openItem(id, 2);
		await ws.tapScore(4);

		// Bertil's turn: he sees none of Aino's scores, and gives his own with evidence.
		await pair.rateAs(B);
		await expect(ws.page.getByTestId('anchors').getByText('Valittu')).toHaveCount(0);
		await ws.tapScore(5);
		await ws.openItem(id, 5);
		await ws.subCriterion('5.1').getByLabel('Täyttyy').check();
		await ws.subCriterion('5.1').getByRole('textbox').fill(SECRET);
		await expect.poll(async () => (await ws.stored(id)).ratings[1]!.items.find((i) => i.number === 5)!.subCriteria['5.1']!.evidence).toBe(SECRET);
		// His own notes on the item go into his rating as well.
		await page.getByLabel('Omat muistiinpanosi tästä kohdasta').fill(BERTIL_NOTE);
		await expect.poll(async () => (await ws.stored(id)).ratings[1]!.items.find((i) => i.number === 5)!.notes).toBe(BERTIL_NOTE);

		// Stored where it belongs: his own rating, not the result.
		const stored = await ws.stored(id);
		expect(stored.ratings[1]!.items.find((i) => i.number === 5)!.subCriteria['5.1']).toEqual({ met: true, evidence: SECRET });
		expect(stored.ratings.map((r) => r.items.find((i) => i.number === 2)!.score)).toEqual([4, 5]);
		expect(stored.items.every((i) => i.score === null)).toBe(true);

		// Blind: back to Aino, none of Bertil's answers is anywhere in the page.
		await pair.rateAs(A);
		for (const path of ['/item/5', '/item/2', '', '/summary', '/report', '/consensus']) {
			await ws.open(id, path);
			const html = await pair.html();
			expect(html, `screen "${path}"`).not.toContain(SECRET);
			expect(html, `screen "${path}"`).not.toContain(BERTIL_NOTE);
		}
		await ws.openItem(id, 2);
		await expect(ws.anchor(4)).toContainText('Valittu');
		await expect(ws.anchor(5)).not.toContainText('Valittu');
		await ws.openItem(id, 5);
		await expect(ws.subCriterion('5.1').getByRole('textbox')).toHaveValue('');
		await expect(page.getByLabel('Omat muistiinpanosi tästä kohdasta')).toHaveValue('');
	});

	test('locking waits for every item, then the consensus screen orders differences first and finishing needs all agreed', async ({ page }) => {
		test.slow();
		const ws = new WorkspacePage(page);
		const pair = new PairPage(page);
		// Everything rated 3 except: item 7 open for both; item 4 Aino 2 / Bertil 4; item 9 Aino 5 / Bertil 3.
		const id = await ws.seed({ change: ratedPair([7], { a: { 4: 2, 9: 5 }, b: { 4: 4 } }) });
		await ws.open(id);
		await page.getByTestId('lock-rating').click();
		await expect(page.getByTestId('lock-blocked')).toContainText('7.');
		await ws.openItem(id, 7);
		await ws.tapScore(3);
		await pair.lockMine();
		// The choice survives a reload (a device preference), and Aino's rating stays locked.
		await page.reload();
		await expect(page.getByTestId('own-locked')).toBeVisible();
		// A locked rating is read-only on the item screen too: nothing there invites a tap that would be refused.
		await expect(ws.scoreRadio(3)).toBeDisabled();
		await pair.rateAs(B);
		await ws.tapScore(3);
		await pair.lockMine(true);

		await page.getByTestId('to-consensus').click();
		await expect(pair.progress()).toHaveText('0 / 25 sovittu');
		const order = await page.getByTestId('consensus-rows').locator(':scope > li').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.getAttribute('data-testid')));
		expect(order).toEqual(['consensus-row-4', 'consensus-row-9', 'consensus-row-1']);
		await expect(page.getByTestId('agreement-exact')).toContainText('92 %');
		await expect(page.getByTestId('agreement-kappa')).toContainText('Painotettu kappa');
		await expectAccessible(page);

		// Finishing is refused with a way to the consensus screen.
		await ws.open(id, '/summary');
		await page.getByTestId('finish').click();
		await expect(page.getByTestId('finish-pair-blocked')).toContainText('25 kohdan');
		await page.getByTestId('finish-pair-blocked').getByRole('link').click();

		// Item 4: neither's score needs a reason; the rest agree at once.
		await pair.agree(4, 3, 'Suunnitelmat osittain kunnossa');
		await expect(pair.row(4).getByRole('textbox')).toHaveValue('Suunnitelmat osittain kunnossa');
		await pair.agree(9, 5);
		for (let n = 1; n <= 25; n++) if (n !== 4 && n !== 9) await pair.agree(n, 3);
		await expect(pair.progress()).toHaveText('25 / 25 sovittu');

		await ws.open(id, '/summary');
		await page.getByTestId('finish').click();
		await page.getByRole('dialog').getByRole('button', { name: /Viimeistele/ }).click();
		await expect(page.getByTestId('finished-status')).toBeVisible();
		const stored = await ws.stored(id);
		expect(stored.consensus).toHaveLength(25);
		expect(stored.consensus.find((c) => c.number === 4)).toMatchObject({ score: 3, reason: 'Suunnitelmat osittain kunnossa', agreedBy: [A, B] });
		expect(stored.totals?.total).toBe(3 * 23 + 3 + 5);
	});
});
