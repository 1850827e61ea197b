import { expect, test } from '@playwright/test';
import { reopen } from '../../../src/lib/review/lifecycle-reopen';
import { expectAccessible } from '../support/app';
import { HomePage, NewReviewPage, fixtureReview, outboxRow, seed } from '../pages/home';

/** The list with many reviews, what its cards tell apart, and the new-review form with drafts around. */

test('with 45 reviews the list draws 20, then 20 more on request, and a search looks at all of them', async ({ page }) => {
	// Seeds 45 reviews, pages twice, reloads twice and runs axe over 20 cards: past 60 s on a loaded machine.
	test.slow();
	const home = new HomePage(page);
	await home.open();
	const reviews = Array.from({ length: 45 }, (_, i) =>
		fixtureReview({ service: `Palvelu ${String(i + 1).padStart(2, '0')}` }, true)
	).map((doc, i) => ({ ...doc, updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }));
	await seed(page, { reviews });
	await page.reload();

	await expect(page.getByText('45 arviointia tällä laitteella')).toBeVisible();
	await expect(home.cards).toHaveCount(20);
	// Last changed first.
	await expect(home.cards.first().getByRole('heading')).toHaveText('Palvelu 45');
	await expect(page.getByTestId('shown-of')).toHaveText('Näytetään 20/45');
	const more = page.getByTestId('show-more');
	await more.focus();
	await page.keyboard.press('Enter');
	await expect(home.cards).toHaveCount(40);
	// Focus moves to the first new card, so a keyboard user carries on reading there.
	await expect(home.cards.nth(20).getByRole('link')).toBeFocused();
	await more.click();
	await expect(home.cards).toHaveCount(45);
	await expect(more).toHaveCount(0);

	// The oldest review is not on the first page, yet search finds it.
	await page.reload();
	await expect(home.cards).toHaveCount(20);
	await page.getByRole('searchbox').fill('palvelu 01');
	await expect(home.cards).toHaveCount(1);
	await expect(home.card('Palvelu 01')).toHaveCount(1);
	await expectAccessible(page);
});

test('four drafts of one service are told apart by their last edit time', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	const reviews = [9, 10, 11, 12].map((hour) => ({
		...fixtureReview({ service: 'IPS Tampere' }, true),
		updatedAt: new Date(2026, 10, 20, hour, 15).toISOString()
	}));
	await seed(page, { reviews });
	await page.reload();
	await expect(home.cards).toHaveCount(4);
	const edited = await page.getByTestId('edited').allTextContents();
	expect(new Set(edited).size).toBe(4);
	expect(edited[0]).toMatch(/^Muokattu 20\.11\.2026 klo 12\.15$/);
});

test('after a reopen the card says the earlier revision is already with the receiver', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	const finished = fixtureReview({ service: 'Avattu uudelleen' });
	const draft = reopen(finished, '2026-11-25T10:00:00.000Z');
	await seed(page, { reviews: [draft], outbox: [outboxRow(finished, 'uploaded')] });
	await page.reload();
	const card = home.card('Avattu uudelleen');
	await expect(card.getByTestId('state')).toHaveText('Luonnos');
	await expect(card.getByTestId('with-receiver')).toHaveText('Versio 1 on jo vastaanottajalla');
});

test('a service with a draft here offers to continue it, and the next review is due from the finished one only', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	// Finished: started 2026-03-02, total 100 → due a year later. The draft started later must not move that.
	const finished = fixtureReview();
	const draft = { ...fixtureReview({}, true), meta: { ...finished.meta, startDate: '2026-10-01' }, updatedAt: '2026-10-02T09:30:00.000Z' };
	await seed(page, { reviews: [finished, draft] });
	await page.reload();
	await form.fill({ service: finished.meta.service, organisation: finished.meta.organisation });

	const offer = page.getByTestId('draft-exists');
	await expect(offer).toContainText('Tästä palvelusta on jo luonnos tällä laitteella');
	await expect(offer).toContainText('1.10.2026');
	await expect(page.getByTestId('next-due')).toHaveText('Seuraava arviointi on ajankohtainen 2.3.2027.');
	await expectAccessible(page);
	await offer.getByRole('link', { name: /^Jatka luonnosta/ }).click();
	await expect(page).toHaveURL(new RegExp(`/review/${draft.id}$`));
});

test('a service with only drafts here says no next-review date can be worked out yet', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	const draft = fixtureReview({ service: 'Vain luonnos' }, true);
	await seed(page, { reviews: [draft] });
	await page.reload();
	await form.fill({ service: 'Vain luonnos', organisation: draft.meta.organisation });
	await expect(page.getByTestId('draft-exists')).toBeVisible();
	await expect(page.getByTestId('no-finished')).toBeVisible();
	await expect(page.getByTestId('next-due')).toHaveCount(0);
});
