import { expect, test, type Page } from '@playwright/test';
import { HomePage, fixtureReview, seed } from '../pages/home';
import { WorkspacePage } from '../pages/workspace';
import { LockPage } from '../pages/lock';
import { expectAccessible } from '../support/app';
import { frameKept, frameKeys, frameOf, holdAppCode, reloadWithFrame, shownFrame } from './frames';

/**
 * The last frame (src/lib/shell): a screen's markup kept by the app and shown by the page's
 * inline scripts before the app's code has run, then handed over to the live screen.
 * The worker is blocked so that the app's code can be held back at the network.
 */
test.use({ serviceWorkers: 'block' });

test('the list kept at the last start is on screen before the app runs, its links work, and the live list takes over', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await seed(page, { reviews: ['Kehys Alfa', 'Kehys Beta', 'Kehys Gamma'].map((service) => fixtureReview({ service }, true)) });
	await page.reload();
	await expect(home.cards).toHaveCount(3);
	const kept = await frameKept(page, '/', 'Kehys Gamma');
	// Acts only in the live app, so left out: delete buttons and the upload badge.
	expect(kept).not.toContain('class="delete"');

	const app = await reloadWithFrame(page, '/', kept);
	const frame = shownFrame(page);
	await expect(frame.getByTestId('review-card')).toHaveCount(3);
	await expect(frame.getByRole('link', { name: 'Kehys Beta' })).toHaveAttribute('href', /^\/review\/[0-9a-f-]{36}$/);
	await expect(frame.getByRole('button')).toHaveCount(0);
	await expect(page.locator('html')).toHaveAttribute('data-frame', '');
	await expectAccessible(page);

	await app.release();
	await expect(frame).toHaveCount(0);
	await expect(page.locator('html')).not.toHaveAttribute('data-frame');
	await expect(home.cards).toHaveCount(3);
	await expect(home.deleteButton('Kehys Beta')).toBeVisible();
});

test('a write forgets the list kept (the next is kept with it), and turning the lock on forgets every frame', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ meta: { service: 'Kehys Delta' } });
	const home = new HomePage(page);
	await home.open();
	await frameKept(page, '/', 'Kehys Delta');
	await ws.openItem(id, 7);
	await frameKept(page, `/review/${id}/item/7`);
	await ws.tapScore(4);
	// The list kept showed 0 of 25 scored: the score's write took it away.
	expect(await frameOf(page, '/')).toBeNull();
	await page.getByRole('link', { name: 'Arvioinnit' }).click();
	await expect(home.card('Kehys Delta').getByTestId('progress')).toContainText('1');
	const again = await frameKept(page, '/', 'Kehys Delta');
	expect(again).toContain((await home.card('Kehys Delta').getByTestId('progress').textContent())!.trim());

	await page.goto('/settings');
	await new LockPage(page).turnOn('kehys-lukko-1');
	expect(await frameKeys(page)).toEqual([]);
	await page.goto('/');
	await expect(shownFrame(page)).toHaveCount(0);
});

test('a frame from another build or damaged is removed unread; markup stored with scripts in it never runs', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	const build = await page.locator('link[rel="modulepreload"][href*="/entry/app."]').getAttribute('href');
	const record = (html: string, over: object = {}) =>
		JSON.stringify({ v: 2, build, chosen: null, nav: 'en-US', style: '', html, ...over });
	const nav = await page.evaluate(() => navigator.language);
	const put = (value: string) => page.evaluate((v) => localStorage.setItem('laatuarvio.frame:/', v), value);

	// From here the app's code is held back, so nothing of the app (whose own writes forget the list's
	// frame) runs between what is stored and what the page does with it.
	const app = await holdAppCode(page);
	await page.reload({ waitUntil: 'commit' });
	for (const bad of [record('<p data-testid="stale">x</p>', { build: '/_app/immutable/entry/app.OLD.js', nav }), '{not json', JSON.stringify({ v: 2 }), record('<p data-testid="stale">x</p>', { nav, style: '.x{background:url(/x.png)}' }), record('<p data-testid="stale">x</p>', { nav, style: '.x{background:\\75 rl(/x.png)}' })]) {
		await put(bad);
		await page.reload({ waitUntil: 'commit' });
		// Removed by the page itself, unread.
		await expect.poll(() => frameOf(page, '/')).toBeNull();
		await expect(page.getByTestId('stale')).toHaveCount(0);
		await expect(shownFrame(page)).toHaveCount(0);
	}

	const hostile =
		'<img src="/nope.png" onerror="window.__ran = 1"><script>window.__ran = 2</script>' +
		'<a id="js-link" href="javascript:window.__ran = 3">linkki</a><svg onload="window.__ran = 4"></svg>' +
		'<iframe srcdoc="<script>parent.__ran = 5</script>"></iframe><p data-testid="planted">istutettu</p>';
	await put(record(hostile, { nav }));
	await page.reload({ waitUntil: 'commit' });
	await expect(page.getByTestId('planted')).toHaveText('istutettu');
	await page.locator('#js-link').click();
	await page.waitForTimeout(300);
	expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
	await expect(page.locator('#laatuarvio-frame iframe, #laatuarvio-frame script')).toHaveCount(0);
	await app.release();
	await expect(page.getByTestId('planted')).toHaveCount(0);
	await expect(page.getByTestId('review-list').or(page.getByTestId('empty-state'))).toBeVisible();
});

test("a score chosen in an item's frame before the app runs is saved through the write path; no note or name is kept", async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({
		meta: { service: 'Kehys Epsilon' },
		change: (doc) => ({
			...doc,
			items: doc.items.map((i) =>
				i.number === 7 ? { ...i, strengths: 'VAHVUUS-TEKSTI', notes: [{ id: 'n1', source: 'interview', role: 'ROOLI-TEKSTI', text: 'MUISTIINPANO-TEKSTI', createdAt: doc.createdAt }] } : i
			)
		})
	});
	await ws.openItem(id, 7);
	await expect(page.getByRole('textbox', { name: 'Muistiinpano' })).toHaveValue('MUISTIINPANO-TEKSTI');
	const kept = await frameKept(page, `/review/${id}/item/7`);
	for (const word of ['MUISTIINPANO-TEKSTI', 'VAHVUUS-TEKSTI', 'Kehys Epsilon', 'ROOLI-TEKSTI']) expect(kept).not.toContain(word);

	const app = await holdAppCode(page);
	await page.reload({ waitUntil: 'commit' });
	const frame = shownFrame(page);
	await expect(frame.getByRole('heading', { level: 1 })).toContainText('7.');
	// Styled from the frame's own style text: nothing has fetched the item screen's stylesheets yet.
	await expect(page.locator('#laatuarvio-frame-style')).toHaveCount(1);
	// The points circle sits in the card's padding (4.5rem): unstyled, a label has none.
	const padding = await frame.getByTestId('anchor-3').evaluate((el) => getComputedStyle(el).paddingLeft);
	expect(parseFloat(padding)).toBeGreaterThan(60);
	await frame.getByTestId('anchor-3').click();
	await expect(frame.getByTestId('anchors').getByRole('radio').nth(2)).toBeChecked();
	await expectAccessible(page);
	expect((await ws.storedItem(id, 7)).score).toBeNull();

	await app.release();
	await expect(frame).toHaveCount(0);
	await expect(page.locator('#laatuarvio-frame-style')).toHaveCount(0);
	await expect(page.getByTestId('anchor-3')).toHaveCSS('padding-left', padding);
	await expect(ws.savedMark(3)).toBeVisible();
	await expect.poll(async () => (await ws.storedItem(id, 7)).score).toBe(3);
	await expect(page.getByTestId('service-name')).toHaveText('Kehys Epsilon');
});

test("a finished review's item frame offers no score to choose", async ({ page }) => {
	const ws = new WorkspacePage(page);
	const scores = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [i + 1, 4]));
	const id = await ws.seed({ scores, finishedAt: '2026-11-20T10:00:00.000Z' });
	await ws.openItem(id, 7);
	await frameKept(page, `/review/${id}/item/7`);
	const app = await holdAppCode(page);
	await page.reload({ waitUntil: 'commit' });
	const radios = shownFrame(page).getByTestId('anchors').getByRole('radio');
	await expect(radios).toHaveCount(5);
	for (let i = 0; i < 5; i++) await expect(radios.nth(i)).toBeDisabled();
	await app.release();
	await expect(shownFrame(page)).toHaveCount(0);
	await expect(page.getByTestId('finished-banner')).toBeVisible();
	expect((await ws.storedItem(id, 7)).score).toBe(4);
});

test('with the storage full, the typing journal comes first: the kept frames make room for it', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 7);
	// The screen's own frame first: kept later (the app keeps it when idle), it would land after the eviction.
	await frameKept(page, `/review/${id}/item/7`);
	// Frames (as the app names them) fill the origin's localStorage to the last character: chunks
	// halving in size until not even one more character fits.
	const filled = await page.evaluate(() => {
		let n = 0;
		for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
			for (;;) {
				try {
					localStorage.setItem(`laatuarvio.frame:/täyte/${n}`, 'x'.repeat(size));
					n++;
				} catch {
					break;
				}
			}
		}
		return n;
	});
	expect(filled).toBeGreaterThan(0);
	const box = page.getByRole('textbox', { name: 'Vahvuudet' });
	await box.fill('tila loppui, teksti säilyi');
	await expect.poll(async () => (await ws.storedItem(id, 7)).strengths).toBe('tila loppui, teksti säilyi');
	expect(await frameKeys(page)).toEqual([]);
});

test('an app that never starts is not hidden behind its kept list for more than 15 s', async ({ page }) => {
	test.slow();
	const home = new HomePage(page);
	await home.open();
	await reloadWithFrame(page, '/', await frameKept(page, '/')); // the app's code never released
	await expect(shownFrame(page)).toHaveCount(1);
	await expect(shownFrame(page)).toHaveCount(0, { timeout: 25_000 });
	await expect(page.locator('html')).not.toHaveAttribute('data-frame');
});

test("a score chosen in an item's frame is still saved when the app starts after the page gave up on it (15 s)", async ({ page }) => {
	test.slow();
	const { ws, id, app } = await itemFrameHeld(page, 'Kehys Zeta');
	const frame = shownFrame(page);
	await frame.getByTestId('anchor-2').click();
	await expect(frame).toHaveCount(0, { timeout: 25_000 });
	expect((await ws.storedItem(id, 7)).score).toBeNull();

	await app.release();
	await expect(ws.savedMark(2)).toBeVisible();
	await expect.poll(async () => (await ws.storedItem(id, 7)).score).toBe(2);
});

test("once the app has taken a frame's score, the page's 15 s timer sets nothing aside for a later screen", async ({ page }) => {
	test.slow();
	const { ws, id, app } = await itemFrameHeld(page, 'Kehys Eta');
	await shownFrame(page).getByTestId('anchor-4').click();
	await app.release();
	await expect.poll(async () => (await ws.storedItem(id, 7)).score).toBe(4);
	// Past the page's 15 s: its timer found the frame already gone and set nothing aside, so no later
	// item screen of this page can take the choice again.
	await page.waitForTimeout(16_000);
	expect(await page.evaluate(() => (window as unknown as { __laatuarvioEarly?: object }).__laatuarvioEarly)).toBeUndefined();
	await page.getByTestId('next-item').click();
	await page.getByTestId('next-item').click();
	await expect(page.getByTestId('item-page').getByRole('heading', { level: 1 })).toContainText('9.');
	await page.waitForTimeout(500);
	expect((await ws.storedItem(id, 9)).score).toBeNull();
});

/** A review of `service` whose item 7 has been drawn and kept, reloaded with the app's code held: its frame is on screen. */
async function itemFrameHeld(page: Page, service: string) {
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ meta: { service } });
	await ws.openItem(id, 7);
	await frameKept(page, `/review/${id}/item/7`);
	const app = await holdAppCode(page);
	await page.reload({ waitUntil: 'commit' });
	return { ws, id, app };
}

test("the app's modules are asked for once a kept frame is in the page, and at once when there is none", async ({ page }) => {
	// In order, as the page changed: the frame put in, and each module preload started (src/lib/shell/preloads.ts).
	await page.addInitScript(() => {
		const events: string[] = [];
		(window as unknown as { __boot: string[] }).__boot = events;
		new MutationObserver((records) => {
			for (const r of records) {
				if (r.type === 'childList' && [...r.addedNodes].some((n) => n instanceof Element && n.id === 'laatuarvio-frame')) events.push('frame');
				if (r.type === 'attributes' && r.target instanceof HTMLLinkElement && r.target.rel === 'modulepreload') events.push('preload');
			}
		}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['rel'] });
	});
	const boot = () => page.evaluate(() => (window as unknown as { __boot: string[] }).__boot);
	const ws = new WorkspacePage(page);
	const id = await ws.seed({ meta: { service: 'Kehys Theta' } });
	await ws.openItem(id, 7);
	await frameKept(page, `/review/${id}/item/7`);

	const app = await holdAppCode(page);
	await page.reload({ waitUntil: 'commit' });
	await expect(shownFrame(page).getByRole('heading', { level: 1 })).toContainText('7.');
	const preloads = page.locator('link[rel="modulepreload"]');
	await expect(preloads.and(page.locator('[href*="/entry/start."]'))).toHaveCount(1);
	await expect(page.locator('link[data-rel]')).toHaveCount(0);
	const n = await preloads.count();
	await expect.poll(boot).toEqual(['frame', ...Array(n).fill('preload')]);

	// No frame: started before anything else of the page, the app's code still held.
	await page.evaluate((key) => localStorage.removeItem(key), `laatuarvio.frame:/review/${id}/item/7`);
	await page.reload({ waitUntil: 'commit' });
	await expect.poll(boot).toEqual(Array(n).fill('preload'));
	await expect(shownFrame(page)).toHaveCount(0);
	await app.release();
	await expect(page.getByTestId('anchors')).toBeVisible();
});

test('a frame found in storage while a lock is set is taken away by the page itself, before the app runs', async ({ page }) => {
	const home = new HomePage(page);
	await home.open();
	await seed(page, { reviews: [fixtureReview({ service: 'Kehys Lukittu' }, true)] });
	await page.reload();
	const kept = await frameKept(page, '/', 'Kehys Lukittu');
	await page.goto('/settings');
	await new LockPage(page).turnOn('kehys-lukko-2');
	expect(await frameKeys(page)).toEqual([]);

	// A copy the app did not forget (an older app, a storage restored by hand): the page's lock hint hides it.
	await page.goto('/');
	await expect(new LockPage(page).screen).toBeVisible();
	const app = await reloadWithFrame(page, '/', kept);
	// Shown by the page's first script, then taken away once its lock hint answers.
	await expect.poll(() => page.evaluate(() => document.readyState)).not.toBe('loading');
	await expect(page.locator('html')).not.toHaveAttribute('data-frame');
	await expect(shownFrame(page)).toHaveCount(0);
	await expect(page.locator('#laatuarvio-frame-style')).toHaveCount(0);
	await expect(page.getByText('Kehys Lukittu')).toHaveCount(0);
	await app.release();
	await expect(new LockPage(page).screen).toBeVisible();
});
