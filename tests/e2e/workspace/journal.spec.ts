import { expect, test, type Page } from '@playwright/test';
import { textHash, type JournalEntry } from '../../../src/lib/state/journal';
import { allScored, WorkspacePage } from '../pages/workspace';
import { expectAccessible } from '../support/app';

/**
 * A typing-journal entry left behind (the tab died before its write landed) is
 * replayed only over the text it was typed over. These tests leave such an entry
 * in localStorage, as a crash would, then change the field the way a reopen or an
 * import does, and open the review.
 */
const STRENGTHS = { kind: 'item', item: 7, field: 'strengths' } as const;

async function leaveEntry(page: Page, id: string, entry: Omit<JournalEntry, 'target' | 'at'>) {
	const all = { 'item:7:strengths': { target: STRENGTHS, at: Date.now(), ...entry } };
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`laatuarvio.journal.${id}`, JSON.stringify(all)]);
}
const journal = (page: Page, id: string) => page.evaluate((key) => localStorage.getItem(key), `laatuarvio.journal.${id}`);
const withStrengths = (text: string) => ({
	change: (doc: Parameters<NonNullable<Parameters<WorkspacePage['seed']>[0]>['change'] & object>[0]) => ({
		...doc,
		items: doc.items.map((i) => (i.number === 7 ? { ...i, strengths: text } : i))
	})
});

test.describe('the typing journal after a reopen or an import', () => {
	test('an entry typed over the text still stored is replayed (the crash case)', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed(withStrengths('vanha'));
		await leaveEntry(page, id, { value: 'vanha ja uusi', revision: 1, base: textHash('vanha') });
		await ws.openItem(id, 7);
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('vanha ja uusi');
		await expect.poll(async () => (await ws.storedItem(id, 7)).strengths).toBe('vanha ja uusi');
		await expect(page.getByTestId('text-conflict')).toHaveCount(0);
		await expect.poll(() => journal(page, id)).toBeNull();
	});

	test('an entry from the finished revision waits, and after the reopen is offered, not applied', async ({ page }) => {
		const ws = new WorkspacePage(page);
		const id = await ws.seed({ ...withStrengths('lopullinen'), scores: allScored(4), finishedAt: '2026-11-20T10:00:00.000Z' });
		await leaveEntry(page, id, { value: 'kesken jäänyt', revision: 1, base: textHash('') });
		await ws.openItem(id, 7);
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('lopullinen');
		await expect(page.getByTestId('text-conflict')).toHaveCount(0);

		await ws.open(id, '/summary');
		await page.getByRole('button', { name: 'Avaa uudelleen' }).click();
		await page.getByRole('dialog').getByRole('button', { name: /Avaa/ }).click();
		await expect(page.getByTestId('conflict-banner')).toContainText('Kohta 7');
		await page.getByTestId('conflict-banner').getByRole('link', { name: 'Kohta 7' }).click();

		const card = page.getByTestId('text-conflict');
		await expect(card.getByTestId('conflict-mine')).toHaveText('kesken jäänyt');
		await expect(card.getByTestId('conflict-theirs')).toHaveText('lopullinen');
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('lopullinen');
		const reopened = await ws.stored(id);
		expect(reopened.revision).toBe(2);
		expect(reopened.items[6]!.strengths).toBe('lopullinen');
		await expectAccessible(page);

		await card.getByRole('button', { name: 'Palauta tallentamaton tekstini' }).click();
		await expect.poll(async () => (await ws.storedItem(id, 7)).strengths).toBe('kesken jäänyt');
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('kesken jäänyt');
		await expect.poll(() => journal(page, id)).toBeNull();
	});

	test('an entry typed over text that an import has since replaced is offered; discard keeps the import', async ({ page }) => {
		const ws = new WorkspacePage(page);
		// The import brought "tuotu tiedostosta" into the field the entry was typed over ("vanha").
		const id = await ws.seed(withStrengths('tuotu tiedostosta'));
		await leaveEntry(page, id, { value: 'vanha ja kirjoitettu', revision: 1, base: textHash('vanha') });
		await ws.openItem(id, 7);
		const card = page.getByTestId('text-conflict');
		await expect(card.getByTestId('conflict-mine')).toHaveText('vanha ja kirjoitettu');
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('tuotu tiedostosta');
		await page.reload(); // still offered after a reload: the entry is kept until the reviewer chooses
		await expect(card.getByTestId('conflict-theirs')).toHaveText('tuotu tiedostosta');

		await card.getByRole('button', { name: 'Hylkää' }).click();
		await expect(card).toHaveCount(0);
		await expect.poll(() => journal(page, id)).toBeNull();
		expect((await ws.storedItem(id, 7)).strengths).toBe('tuotu tiedostosta');
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('tuotu tiedostosta');
		await expect(card).toHaveCount(0);
	});
});
