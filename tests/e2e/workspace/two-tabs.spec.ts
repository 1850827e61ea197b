import { expect, test, type Page } from '@playwright/test';
import { allScored, WorkspacePage } from '../pages/workspace';
import { expectAccessible } from '../support/app';

/**
 * Playwright's waits for visibility run on animation frames, which a page behind
 * another never gets: each step on a tab first brings it to the front.
 *
 * One review open in two tabs of one browser (two pages in one context share
 * IndexedDB and localStorage, as tabs do). Turns alternate: each tab types only
 * once it shows what the other stored, and every edit must be in IndexedDB.
 */
const field = (page: Page, name: 'Vahvuudet' | 'Suositukset') => page.getByRole('textbox', { name });

async function typeAtEnd(page: Page, name: 'Vahvuudet' | 'Suositukset', text: string) {
	await page.bringToFront();
	const box = field(page, name);
	await box.focus();
	await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
	await page.keyboard.type(text);
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
	test('16 alternating turns on one field and 16 on two fields are all stored, and finishing freezes what both show', async ({ context, page }) => {
		test.slow();
		const a = new WorkspacePage(page);
		const id = await a.seed({
			scores: allScored(4),
			change: (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 1 ? { ...i, strengths: 'start' } : i)) })
		});
		const b = new WorkspacePage(await context.newPage());
		await a.openItem(id, 1);
		await b.openItem(id, 1);
		const tabs = [a, b] as const;

		// One field, turns alternating: a tab that is not typing shows what the other stored.
		for (let turn = 0; turn < 16; turn++) {
			const tab = tabs[turn % 2]!;
			await tab.page.bringToFront();
			const stored = (await tab.storedItem(id, 1)).strengths;
			await expect(field(tab.page, 'Vahvuudet')).toHaveValue(stored, { timeout: 3000 });
			const token = ` ${turn % 2 ? 'B' : 'A'}${turn}`;
			await typeAtEnd(tab.page, 'Vahvuudet', token);
			await expect.poll(async () => (await tab.storedItem(id, 1)).strengths).toBe(stored + token);
		}

		// Two fields of the same item, turns alternating, no waiting for the other tab.
		for (let turn = 0; turn < 16; turn++) {
			const tab = tabs[turn % 2]!;
			await typeAtEnd(tab.page, turn % 2 ? 'Suositukset' : 'Vahvuudet', ` ${turn % 2 ? 'b' : 'a'}${turn}`);
		}
		const tokens = (letter: string, from: number) => Array.from({ length: 8 }, (_, k) => `${letter}${from + 2 * k}`);
		await expect
			.poll(async () => {
				const item = await a.storedItem(id, 1);
				return [...tokens('A', 0), ...tokens('B', 1), ...tokens('a', 0)].filter((t) => item.strengths.includes(t)).length +
					tokens('b', 1).filter((t) => item.recommendations.includes(t)).length;
			})
			.toBe(32);

		const item = await a.storedItem(id, 1);
		for (const tab of tabs) {
			await tab.page.bringToFront();
			await expect(field(tab.page, 'Vahvuudet')).toHaveValue(item.strengths);
			await expect(field(tab.page, 'Suositukset')).toHaveValue(item.recommendations);
			await expect(tab.page.getByTestId('text-conflict')).toHaveCount(0);
		}

		// Finishing from tab B freezes exactly the text both tabs show.
		await b.page.bringToFront();
		await b.open(id, '/summary');
		await b.page.getByTestId('finish').click();
		await b.page.getByRole('dialog').getByRole('button', { name: 'Viimeistele' }).click();
		await expect(b.page.getByTestId('finished-status')).toBeVisible();
		const frozen = (await a.stored(id)).items[0]!;
		expect(frozen.strengths).toBe(item.strengths);
		expect(frozen.recommendations).toBe(item.recommendations);
		await a.page.bringToFront();
		await expect(field(a.page, 'Vahvuudet')).toBeDisabled();
		await expect(field(a.page, 'Vahvuudet')).toHaveValue(frozen.strengths);
		await expect(field(a.page, 'Suositukset')).toHaveValue(frozen.recommendations);
	});

	test('typing into one field in both tabs at once keeps both texts until the reviewer chooses', async ({ context, page }) => {
		const a = new WorkspacePage(page);
		const id = await a.seed({
			change: (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 2 ? { ...i, strengths: 'start' } : i)) })
		});
		const b = new WorkspacePage(await context.newPage());
		await a.openItem(id, 2);
		await b.openItem(id, 2);
		// Tab B stores "start B" in a way tab A's live query has not yet reported (straight into
		// IndexedDB), so A types over its older copy: the two writes really do cross.
		await storeRaw(b.page, id, 2, 'start B');
		await typeAtEnd(a.page, 'Vahvuudet', ' A');
		const card = a.page.getByTestId('text-conflict');
		await expect(card).toBeVisible();
		await expect(card.getByTestId('conflict-mine')).toHaveText('start A');
		await expect(card.getByTestId('conflict-theirs')).toHaveText('start B');
		expect((await a.storedItem(id, 2)).strengths).toBe('start B');
		await expect(a.page.getByTestId('conflict-banner')).toContainText('Kohta 2');
		await expectAccessible(a.page);

		await card.getByRole('button', { name: 'Säilytä molemmat' }).click();
		await expect.poll(async () => (await a.storedItem(id, 2)).strengths).toBe('start A\n\nstart B');
		await expect(card).toHaveCount(0);
		await b.page.bringToFront();
		await expect(field(b.page, 'Vahvuudet')).toHaveValue('start A\n\nstart B');
	});
});
