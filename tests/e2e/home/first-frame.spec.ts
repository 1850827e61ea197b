import { expect, test, type Page } from '@playwright/test';
import { HomePage, fixtureReview, outboxRow, seed } from '../pages/home';

/**
 * The list is drawn in its first frame (issue 15): at a cold start from the first page read
 * while the code loads (src/lib/db/list-page.ts), coming back from a review from what it last
 * showed (src/lib/ui/home/list-memory.ts). Both are corrected by the live query.
 */

/** Before any app code: the cards in the document the moment the first one appears. */
const FIRST_CARDS = `
	globalThis.__name ??= (f) => f;
	globalThis.__watchFirstCards = () => {
		globalThis.__firstCards = null;
		new MutationObserver((_, o) => {
			const cards = [...document.querySelectorAll('[data-testid="review-card"]')];
			if (!cards.length) return;
			globalThis.__firstCards = cards.map((c) => c.querySelector('h2').textContent);
			o.disconnect();
		}).observe(document, { childList: true, subtree: true });
	};
	globalThis.__watchFirstCards();
`;
const firstCards = (page: Page) => page.evaluate(() => (globalThis as { __firstCards?: string[] | null }).__firstCards ?? null);

const name = (i: number) => `Palvelu ${String(i).padStart(4, '0')}`;

test('with 1,000 reviews the first frame has the newest 20 in order, and paging and search then cover all of them', async ({ page }) => {
	// Seeds 1,000 reviews (and 500 outbox rows) through the page: slow on a loaded machine.
	test.slow();
	await page.addInitScript({ content: FIRST_CARDS });
	const home = new HomePage(page);
	await home.open();
	// Oldest first: review i was last changed at minute i. Every other one is finished and queued.
	const reviews = Array.from({ length: 1000 }, (_, i) => ({
		...fixtureReview({ service: name(i + 1) }, i % 2 === 0),
		updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()
	}));
	await seed(page, { reviews, outbox: reviews.filter((_, i) => i % 2 === 1).map((d) => outboxRow(d)) });
	await page.reload();

	await expect(home.cards).toHaveCount(20);
	const newest = Array.from({ length: 20 }, (_, i) => name(1000 - i));
	// All 20 came at once, newest first: the first page, not a card at a time.
	expect(await firstCards(page)).toEqual(newest);
	expect(await home.cards.locator('h2').allTextContents()).toEqual(newest);
	// Each card's state from its own outbox rows: 1000 is finished and queued, 999 a draft.
	await expect(home.card(name(1000)).getByTestId('state')).toHaveText('Valmis, odottaa lähetystä');
	await expect(home.card(name(999)).getByTestId('state')).toHaveText('Luonnos');
	await expect(page.getByText(/^1[\s\u00a0]?000 arviointia tällä laitteella$/)).toBeVisible();

	// Once the whole list is read: "show more" pages on in the same order, and search finds the oldest.
	await expect(page.getByTestId('shown-of')).toHaveText(/^Näytetään 20\/1[\s\u00a0]?000$/);
	await page.getByTestId('show-more').click();
	await expect(home.cards).toHaveCount(40);
	await expect(home.cards.nth(20).locator('h2')).toHaveText(name(980));
	await page.getByRole('searchbox').fill('palvelu 0001');
	await expect(home.cards).toHaveCount(1);
	await expect(home.card(name(1))).toHaveCount(1);
	await expect(page.getByRole('status').filter({ hasText: 'Hakuehdot' })).toHaveText(/^Hakuehdot täyttää 1\/1[\s\u00a0]?000 arviointia$/);
});

test('back from a review the list is drawn at once, and a review deleted in another tab meanwhile is gone after one read', async ({
	page,
	context
}) => {
	await page.addInitScript({ content: FIRST_CARDS });
	const home = new HomePage(page);
	await home.open();
	const kept = { ...fixtureReview({ service: 'Pysyy listalla' }, true), updatedAt: '2026-11-02T10:00:00.000Z' };
	const doomed = { ...fixtureReview({ service: 'Poistetaan toisessa' }, true), updatedAt: '2026-11-01T10:00:00.000Z' };
	await seed(page, { reviews: [kept, doomed] });
	await page.reload();
	await expect(home.cards).toHaveCount(2);

	await home.card('Pysyy listalla').getByRole('link').click();
	await expect(page.getByTestId('service-name')).toBeVisible();

	// Meanwhile, in a second tab: the other draft is deleted (with its confirmation).
	const other = await context.newPage();
	const second = new HomePage(other);
	await second.open();
	await second.deleteButton('Poistetaan toisessa').click();
	await second.dialog.getByRole('button', { name: 'Poista arviointi' }).click();
	await expect(second.card('Poistetaan toisessa')).toHaveCount(0);

	await page.evaluate(() => (globalThis as { __watchFirstCards?: () => void }).__watchFirstCards?.());
	await page.goBack();
	// The first frame is the list as it was left: both cards, drawn at once from memory...
	await expect.poll(() => firstCards(page)).toEqual(['Pysyy listalla', 'Poistetaan toisessa']);
	// ...then the live read removes the one the other tab deleted, without any action here.
	await expect(home.cards).toHaveCount(1);
	await expect(home.card('Pysyy listalla')).toHaveCount(1);
	await expect(home.card('Poistetaan toisessa')).toHaveCount(0);
	await expect(page.getByText('1 arviointi tällä laitteella')).toBeVisible();
});
