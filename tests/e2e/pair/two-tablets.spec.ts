import { readFileSync } from 'node:fs';
import { expect, request, test, type Page } from '@playwright/test';
import { APP_URL } from '../../../playwright.config';
import { agreementReport } from '../../../src/lib/consensus/agreement';
import { setRatingScore } from '../../../src/lib/consensus/rules';
import { getEdition } from '../../../src/lib/instrument/index';
import type { Score } from '../../../src/lib/instrument/schema';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { computeTotals } from '../../../src/lib/scoring/totals';
import { openControlled, storedReview } from '../support/app';
import { seedDatabase } from '../support/seed';
import { A, B, PairPage } from '../pages/pair';
import { API, SyncPage } from '../pages/sync';
import { WorkspacePage } from '../pages/workspace';

const edition = getEdition('fi-2021-11-01')!;
/** Aino gives 3 everywhere; Bertil 4 on items 1–3 and 2 on item 10, 3 elsewhere. */
const bertil = (n: number): Score => (n <= 3 ? 4 : n === 10 ? 2 : 3);

/** Gives one reviewer's scores on this tablet in one write (the screens' own path is tested in turns.spec.ts). */
async function rateOnTablet(page: Page, id: string, reviewer: string, score: (n: number) => Score, except: number[]) {
	let doc = (await storedReview(page, id)) as ReviewDocument;
	for (const item of edition.items) if (!except.includes(item.number)) doc = setRatingScore(reviewer, item.number, score(item.number))(doc);
	await seedDatabase(page, { reviews: [doc] });
}

async function downloaded(page: Page, testId: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
	return file.path();
}

test('two tablets offline: join file, independent ratings, rating file back, consensus, finish, one upload with both ratings', async ({ page, context, browser }) => {
	// Two tablets, 50 score taps' worth of screens, 25 agreements and an upload: on a shared two-core
	// machine this runs several minutes, longer than test.slow()'s budget.
	test.setTimeout(8 * 60_000);
	const tabletB = await browser.newContext({ baseURL: APP_URL, serviceWorkers: 'allow', viewport: { width: 1024, height: 1366 } });
	const pageB = await tabletB.newPage();
	await openControlled(page, '/settings');
	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure();
	await openControlled(pageB, '/data');
	await context.setOffline(true);
	await tabletB.setOffline(true);

	// Tablet A: the review with two reviewers; independent rating starts; the join file goes to B.
	const wsA = new WorkspacePage(page);
	const pairA = new PairPage(page);
	const id = await wsA.seed({ meta: { service: 'Kahden arvioijan palvelu', reviewers: [A, B] } });
	await wsA.open(id);
	await pairA.startPair();
	await wsA.open(id, '/consensus');
	const joinPath = await downloaded(page, 'share-join');
	expect(readFileSync(joinPath, 'utf8')).not.toContain('"score"');

	// Tablet B joins with it and rates as Bertil.
	await pageB.goto('/data');
	await pageB.getByTestId('join-file').setInputFiles(joinPath);
	await expect(pageB.getByTestId('joined')).toContainText(B);
	// The same file again is refused, and nothing changes.
	await pageB.getByTestId('join-file').setInputFiles(joinPath);
	await expect(pageB.getByTestId('join-problem')).toContainText('on jo tällä laitteella');

	const wsB = new WorkspacePage(pageB);
	const pairB = new PairPage(pageB);
	await rateOnTablet(pageB, id, B, bertil, [1]);
	await wsB.openItem(id, 1);
	await expect(pageB.getByTestId('rater-switch').getByLabel(new RegExp(B))).toBeChecked();
	await wsB.tapScore(4);
	await pairB.lockMine();
	await wsB.open(id, '/consensus');
	const ratingPath = await downloaded(pageB, 'share-rating');

	// Tablet A rates as Aino, locks, and takes Bertil's rating file.
	await rateOnTablet(page, id, A, () => 3, [25]);
	await wsA.openItem(id, 25);
	await wsA.tapScore(3);
	await pairA.lockMine();
	await wsA.open(id, '/consensus');
	await page.getByTestId('rating-file').setInputFiles(ratingPath);
	await expect(page.getByTestId('pair-files-message')).toContainText(`${B}`);
	// Importing it again is refused as identical.
	await page.getByTestId('rating-file').setInputFiles(ratingPath);
	await expect(page.getByTestId('pair-files-message')).toContainText('Sama arvio');

	// Both locked on A: agree every item, differences first.
	await expect(pairA.progress()).toHaveText('0 / 25 sovittu');
	await expect(page.getByTestId('agreement-exact')).toContainText('84 %');
	for (const n of [1, 2, 3]) await pairA.agree(n, 4);
	await pairA.agree(10, 2);
	for (const item of edition.items) if (![1, 2, 3, 10].includes(item.number)) await pairA.agree(item.number, 3);
	await expect(pairA.progress()).toHaveText('25 / 25 sovittu');
	await wsA.open(id, '/summary');
	await page.getByTestId('finish').click();
	await page.getByRole('dialog').getByRole('button', { name: /Viimeistele/ }).click();
	await expect(page.getByTestId('finished-status')).toBeVisible();

	// Back online: the receiver holds the review once, with both ratings, the consensus, and totals that match.
	await context.setOffline(false);
	await sync.goto();
	await sync.expectStatus(id, 1, 'uploaded', 60_000);
	const http = await request.newContext();
	const reply = await http.get(`${API}/reviews/${id}/revisions/1`, { headers: { Authorization: 'Bearer e2e-readonly' } });
	expect(reply.ok()).toBe(true);
	const stored = (await reply.json()) as { document: ReviewDocument; serverTotals: { total: number }; clientTotals: { total: number } };
	const listing = await http.get(`${API}/reviews`, { headers: { Authorization: 'Bearer e2e-readonly' } });
	expect(((await listing.json()) as { reviews: { reviewId: string }[] }).reviews.filter((r) => r.reviewId === id)).toHaveLength(1);
	const doc = stored.document;
	expect(doc.ratings.map((r) => [r.reviewer, r.lockedAt !== null])).toEqual([[A, true], [B, true]]);
	expect(doc.consensus).toHaveLength(25);
	const total = 4 * 3 + 2 + 3 * 21;
	expect(computeTotals(edition, doc.items).total).toBe(total);
	expect(stored.serverTotals.total).toBe(total);
	expect(stored.clientTotals.total).toBe(total);
	// The receiver does not store agreement figures yet (server helper); recomputed from the stored ratings.
	const figures = agreementReport(edition, doc.ratings[0]!, doc.ratings[1]!).overall;
	expect(figures).toMatchObject({ n: 25, exact: 21 / 25, withinOne: 1 });
	await http.dispose();
	await tabletB.close();
});
