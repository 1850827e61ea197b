import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { consensusRows } from '../../../src/lib/consensus/rules';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import { lockedBoth, PairPage, ratedPair } from '../pages/pair';
import { META, WorkspacePage } from '../pages/workspace';
import { seedDatabase } from '../support/seed';

// The consensus screen draws its first rows at once and the rest after the first paint
// (src/lib/ui/pair/row-batches.ts): the later rows must be the same rows, in the same order,
// reachable by keyboard, and agreeing one must count like any other.
test('rows drawn after the first paint are all there, in order, reachable by keyboard, and counted', async ({ page }) => {
	test.slow();
	const ws = new WorkspacePage(page);
	const pair = new PairPage(page);
	// Six items differ, so a difference (item 13) is among the rows drawn after the first batch.
	const differing = { a: { 2: 2, 5: 4, 9: 5, 13: 1, 17: 3, 24: 4 } as const, b: { 2: 4, 5: 3, 9: 3, 13: 2, 17: 5, 24: 2 } as const };
	const edition = getEdition(LATEST_EDITION_ID)!;
	const fresh = createReviewDocument({ id: randomUUID(), edition, meta: { ...META, service: 'Rivit myöhemmin' }, now: new Date().toISOString() });
	const doc = await lockedBoth(ratedPair([], differing)(fresh));
	await page.goto(`/review/${randomUUID()}`);
	await expect(page.getByTestId('review-missing')).toBeVisible();
	await seedDatabase(page, { reviews: [doc] });

	await ws.open(doc.id, '/consensus');
	const rows = page.getByTestId('consensus-rows').locator(':scope > li');
	await expect(rows).toHaveCount(25);
	const order = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid')));
	expect(order).toEqual(consensusRows(doc).map((r) => `consensus-row-${r.number}`));
	expect(order.slice(0, 6)).toEqual(['consensus-row-2', 'consensus-row-9', 'consensus-row-17', 'consensus-row-24', 'consensus-row-5', 'consensus-row-13']);
	await expect(pair.progress()).toHaveText('0 / 25 sovittu');

	// The last row (item 25, both gave 3) by Tab alone; then the arrow keys pick its score:
	// 2 waits for a reason (neither gave it), 3 is agreed at once.
	const last = pair.row(25);
	let reached = false;
	for (let i = 0; i < 120 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await last.getByRole('radio').first().evaluate((radio) => radio === document.activeElement);
	}
	expect(reached, 'Tab reaches the last row’s agreed-score radios').toBe(true);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('confirm-reason-25')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(last.getByRole('radio', { name: '3', exact: true })).toBeChecked();
	await expect(pair.progress()).toHaveText('1 / 25 sovittu');
	await expect.poll(async () => (await ws.stored(doc.id)).consensus.map((c) => [c.number, c.score])).toEqual([[25, 3]]);

	// A difference drawn in a later batch is agreed like the first ones.
	await pair.agree(13, 2);
	await expect(pair.progress()).toHaveText('2 / 25 sovittu');
});
