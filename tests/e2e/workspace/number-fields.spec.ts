import { expect, test, type Page } from '@playwright/test';
import { WorkspacePage } from '../pages/workspace';

/**
 * Every kind of number field (a single number, a list of numbers, a cell of a table)
 * takes a decimal comma and a decimal point, in every UI language, and stores the same
 * number. Item 1 has a single number (clients) and a list (each coach's working time,
 * the field whose hint says "0,5"); item 2 has the table of coaches' hours.
 */
const LOCALES = [
	{ locale: 'fi', separator: ',' },
	{ locale: 'sv', separator: ',' },
	{ locale: 'en', separator: '.' }
] as const;

async function useLocale(page: Page, locale: string): Promise<void> {
	await page.addInitScript((l) => localStorage.setItem('laatuarvio.locale', l), locale);
}

for (const { locale, separator } of LOCALES) {
	for (const typed of [',', '.']) {
		const kind = typed === ',' ? 'comma' : 'point';
		const dec = (text: string) => text.replace('.', typed);
		const shown = (text: string) => text.replace('.', separator);

		test(`${locale}: a decimal ${kind} in a single number and in a list stores the same number`, async ({ page }) => {
			await useLocale(page, locale);
			const ws = new WorkspacePage(page);
			const id = await ws.seed();
			await ws.openItem(id, 1);
			const clients = page.getByTestId('figure-clients').getByRole('textbox');
			await clients.fill(dec('7.5'));
			const ftes = page.getByTestId('figure-ftes');
			await ftes.getByRole('button').click(); // the only button: add a coach
			const fte = ftes.getByRole('textbox');
			// Typed key by key, as on a tablet: "0," on the way must not turn into 5.
			await fte.pressSequentially(dec('0.5'));
			await expect.poll(async () => (await ws.storedItem(id, 1)).figures).toEqual({ clients: 7.5, ftes: [0.5] });
			await expect(fte).toHaveValue(dec('0.5')); // what was typed stays while typing
			await fte.blur();
			await expect(fte).toHaveValue(shown('0.5')); // then shown the language's way
			await expect(clients).toHaveValue(shown('7.5'));
			// 7,5 clients is not a whole number, but the working time is fine: the
			// rule's complaint names the clients, never "at most 1".
			await expect(page.getByText(/enintään 1|högst 1|at most 1/)).toHaveCount(0);
		});

		test(`${locale}: a decimal ${kind} in a table cell stores the same number`, async ({ page }) => {
			await useLocale(page, locale);
			const ws = new WorkspacePage(page);
			const id = await ws.seed();
			await ws.openItem(id, 2);
			const coaches = page.getByTestId('figure-coaches');
			await coaches.getByRole('button').click();
			const [coaching, working] = [coaches.getByRole('textbox').nth(0), coaches.getByRole('textbox').nth(1)];
			await coaching.pressSequentially(dec('30.25'));
			await working.pressSequentially(dec('37.5'));
			await expect
				.poll(async () => (await ws.storedItem(id, 2)).figures)
				.toEqual({ coaches: [{ coachingHours: 30.25, workingHours: 37.5 }] });
			await expect(page.getByTestId('suggested-score')).toBeVisible();
			await working.blur();
			await expect(working).toHaveValue(shown('37.5'));
		});
	}
}

test('what is not a number is explained beside the field and nothing is saved', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 1);
	const clients = page.getByTestId('figure-clients').getByRole('textbox');
	await clients.fill('12');
	await expect.poll(async () => (await ws.storedItem(id, 1)).figures.clients).toBe(12);

	await clients.fill('1.000,5');
	await expect(clients).toHaveAttribute('aria-invalid', 'true');
	await expect(clients).toHaveAccessibleDescription(/Kirjoita luku, esimerkiksi 0,5\./);
	await clients.fill('1e3');
	await expect(page.getByText('Kirjoita luku, esimerkiksi 0,5.')).toBeVisible();
	expect((await ws.storedItem(id, 1)).figures.clients).toBe(12);

	// Leaving the field shows the stored number again, and the message goes.
	await clients.blur();
	await expect(clients).toHaveValue('12');
	await expect(page.getByText('Kirjoita luku, esimerkiksi 0,5.')).toHaveCount(0);
});
