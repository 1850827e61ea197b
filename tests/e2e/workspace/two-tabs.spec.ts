import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { allScored, WorkspacePage } from '../pages/workspace';

/**
 * One review open in two tabs: two same-origin frames side by side in one page,
 * each running the whole app, sharing IndexedDB, localStorage and Dexie's
 * cross-tab notices as tabs do. (Two Playwright pages would be closer, but a page
 * behind another stalls Playwright's waits on this loaded machine; frames are both
 * on screen.) Turns alternate: each tab types only
 * once it shows what the other stored, and every edit must be in IndexedDB.
 */
type Tab = FrameLocator;
const field = (tab: Tab, name: 'Vahvuudet' | 'Suositukset') => tab.getByRole('textbox', { name });

async function typeAtEnd(page: Page, tab: Tab, name: 'Vahvuudet' | 'Suositukset', text: string) {
	const box = field(tab, name);
	await box.focus();
	await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
	await page.keyboard.type(text);
}

/** Replaces the page with two frames, each opening the review's item. */
async function twoTabs(ws: WorkspacePage, id: string, item: number): Promise<[Tab, Tab]> {
	await ws.page.goto('/manifest.webmanifest'); // any same-origin document without the app in it
	await ws.page.evaluate((src) => {
		document.body.innerHTML = ['a', 'b']
			.map((name) => `<iframe name="${name}" title="${name}" src="${src}" style="width:1000px;height:640px;display:block"></iframe>`)
			.join('');
	}, `/review/${id}/item/${item}`);
	const tabs = [ws.page.frameLocator('iframe[name=a]'), ws.page.frameLocator('iframe[name=b]')] as [Tab, Tab];
	// Two cold starts of the app at once: slow on a loaded machine, hence the longer wait.
	for (const tab of tabs) await expect(tab.getByRole('heading', { level: 1 })).toContainText(`${item}.`, { timeout: 30_000 });
	return tabs;
}

/** Writes a field the way another tab's commit lands, without telling this page's live queries. */
function storeRaw(page: Page, id: string, item: number, strengths: string) {
	return page.evaluate(
		({ id, item, strengths }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onsuccess = () => {
					const tx = open.result.transaction('reviews', 'readwrite');
					const store = tx.objectStore('reviews');
					const get = store.get(id);
					get.onsuccess = () => {
						const row = get.result;
						row.doc.items[item - 1].strengths = strengths;
						row.doc.updatedAt = row.updatedAt = new Date().toISOString();
						store.put(row);
					};
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ id, item, strengths }
	);
}

test.describe('two tabs on one review', () => {
	test('16 alternating turns on one field and 16 on two fields are all stored, and finishing freezes what both show', async ({ page }) => {
		test.slow();
		const ws = new WorkspacePage(page);
		const id = await ws.seed({
			scores: allScored(4),
			change: (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 1 ? { ...i, strengths: 'start' } : i)) })
		});
		const tabs = await twoTabs(ws, id, 1);

		// One field, turns alternating: a tab that is not typing shows what the other stored.
		for (let turn = 0; turn < 16; turn++) {
			const tab = tabs[turn % 2]!;
			const stored = (await ws.storedItem(id, 1)).strengths;
			await expect(field(tab, 'Vahvuudet')).toHaveValue(stored, { timeout: 3000 });
			const token = ` ${turn % 2 ? 'B' : 'A'}${turn}`;
			await typeAtEnd(page, tab, 'Vahvuudet', token);
			await expect.poll(async () => (await ws.storedItem(id, 1)).strengths).toBe(stored + token);
		}

		// Two fields of the same item, turns alternating, no waiting for the other tab.
		for (let turn = 0; turn < 16; turn++) {
			await typeAtEnd(page, tabs[turn % 2]!, turn % 2 ? 'Suositukset' : 'Vahvuudet', ` ${turn % 2 ? 'b' : 'a'}${turn}`);
		}
		const tokens = (letter: string, from: number) => Array.from({ length: 8 }, (_, k) => `${letter}${from + 2 * k}`);
		await expect
			.poll(async () => {
				const item = await ws.storedItem(id, 1);
				return (
					[...tokens('A', 0), ...tokens('B', 1), ...tokens('a', 0)].filter((t) => item.strengths.includes(t)).length +
					tokens('b', 1).filter((t) => item.recommendations.includes(t)).length
				);
			})
			.toBe(32);

		const item = await ws.storedItem(id, 1);
		for (const tab of tabs) {
			await expect(field(tab, 'Vahvuudet')).toHaveValue(item.strengths);
			await expect(field(tab, 'Suositukset')).toHaveValue(item.recommendations);
			await expect(tab.getByTestId('text-conflict')).toHaveCount(0);
		}

		// Finishing from tab B freezes exactly the text both tabs show.
		const [a, b] = tabs;
		await b.getByRole('link', { name: 'Yhteenveto' }).first().click();
		await b.getByTestId('finish').click();
		await b.getByRole('dialog').getByRole('button', { name: 'Viimeistele' }).click();
		await expect(b.getByTestId('finished-status')).toBeVisible();
		const frozen = (await ws.stored(id)).items[0]!;
		expect(frozen.strengths).toBe(item.strengths);
		expect(frozen.recommendations).toBe(item.recommendations);
		await expect(field(a, 'Vahvuudet')).toBeDisabled();
		await expect(field(a, 'Vahvuudet')).toHaveValue(frozen.strengths);
		await expect(field(a, 'Suositukset')).toHaveValue(frozen.recommendations);
	});

	test('typing into one field in both tabs at once keeps both texts until the reviewer chooses', async ({ page }) => {
		test.slow(); // two copies of the app start at once
		const ws = new WorkspacePage(page);
		const id = await ws.seed({
			change: (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 2 ? { ...i, strengths: 'start' } : i)) })
		});
		const [a, b] = await twoTabs(ws, id, 2);
		// Tab B's text lands in a way tab A's live query has not yet reported (straight into
		// IndexedDB), so A types over its older copy: the two writes really do cross.
		await storeRaw(page, id, 2, 'start B');
		await typeAtEnd(page, a, 'Vahvuudet', ' A');
		const card = a.getByTestId('text-conflict');
		await expect(card).toBeVisible();
		await expect(card.getByTestId('conflict-mine')).toHaveText('start A');
		await expect(card.getByTestId('conflict-theirs')).toHaveText('start B');
		expect((await ws.storedItem(id, 2)).strengths).toBe('start B');
		await expect(a.getByTestId('conflict-banner')).toContainText('Kohta 2');

		await card.getByRole('button', { name: 'Säilytä molemmat' }).click();
		await expect.poll(async () => (await ws.storedItem(id, 2)).strengths).toBe('start A\n\nstart B');
		await expect(card).toHaveCount(0);
		await expect(field(b, 'Vahvuudet')).toHaveValue('start A\n\nstart B');
	});
});
