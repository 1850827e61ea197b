import { expect, test } from '@playwright/test';
import { Screens } from '../pages/screens';
import { WorkspacePage } from '../pages/workspace';
import { expectAccessible } from '../support/app';

/**
 * The scoring rules' own words (field labels, units, help, refusals, bands) follow
 * the UI language. Item 1 (caseload) has a single number and a list of working times
 * whose limit is 1; the criteria text itself stays Finnish and is not checked here.
 * The rules write Finnish only; Swedish and English arrive with the language's module
 * (src/lib/scoring/texts), so these tests are what shows that module reaches the screen.
 */
test('in Swedish, item 1 shows its figures, the refusal and the suggestion in Swedish', async ({ page }) => {
	await new Screens(page).useLocale('sv');
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 1);

	const clients = page.getByTestId('figure-clients');
	await expect(clients).toContainText('Arbetscoachernas aktiva klienter sammanlagt');
	const ftes = page.getByTestId('figure-ftes');
	await expect(ftes).toContainText('Varje arbetscoachs arbetstid');
	await expect(ftes).toContainText('(årsverke)');
	await expect(ftes).toContainText('Heltid = 1, halvtid = 0,5.');
	await ftes.getByRole('button', { name: 'Lägg till arbetscoach' }).click();

	await clients.getByRole('textbox').fill('10');
	const fte = ftes.getByRole('textbox', { name: 'Arbetscoach 1' });
	await fte.fill('2');
	const problem = page.getByTestId('figure-problem');
	await expect(problem).toContainText('Varje arbetscoachs arbetstid: Arbetscoach 1: Talet får vara högst 1.');
	await expect(fte).toHaveAttribute('aria-invalid', 'true');
	// The criteria above stay Finnish; the figures and the suggestion carry no Finnish.
	for (const part of [clients, ftes, page.getByTestId('suggestion')]) await expect(part).not.toContainText(/enintään|työhönvalmentaja|asiakasta|htv/i);
	await expectAccessible(page);

	// A working time within the limit: the suggestion speaks Swedish too.
	await fte.fill('0,5');
	await expect(problem).toHaveCount(0);
	const suggestion = page.getByTestId('suggestion');
	await expect(suggestion).toContainText('Klienter per arbetscoach på heltid');
	await expect(suggestion).toContainText('högst 20 klienter');
	await expect(suggestion).not.toContainText(/asiakasta|työhönvalmentaja/i);
	await expect(page.getByTestId('suggested-score')).toContainText('5');
	await expectAccessible(page);
	expect((await ws.storedItem(id, 1)).figures).toEqual({ clients: 10, ftes: [0.5] });
});

test('in English, item 1 shows its figures, the refusal and the suggestion in English', async ({ page }) => {
	await new Screens(page).useLocale('en');
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 1);

	const clients = page.getByTestId('figure-clients');
	await expect(clients).toContainText("Coaches' active clients in total");
	await expect(clients).toContainText('(clients)');
	const ftes = page.getByTestId('figure-ftes');
	await expect(ftes).toContainText("Each coach's working time");
	await expect(ftes).toContainText('(FTE)');
	await expect(ftes).toContainText('Full time = 1, half time = 0.5.');
	await ftes.getByRole('button', { name: 'Add coach' }).click();

	await clients.getByRole('textbox').fill('10');
	const fte = ftes.getByRole('textbox', { name: 'Coach 1' });
	await fte.fill('2');
	const problem = page.getByTestId('figure-problem');
	// The limit is a number in the text: written the English way.
	await expect(problem).toContainText("Each coach's working time: Coach 1: The number can be at most 1.");
	await expect(fte).toHaveAttribute('aria-invalid', 'true');
	for (const part of [clients, ftes, page.getByTestId('suggestion')]) await expect(part).not.toContainText(/enintään|työhönvalmentaja|asiakasta|htv|Talet|klienter/i);
	await expectAccessible(page);

	await fte.fill('0.5');
	await expect(problem).toHaveCount(0);
	const suggestion = page.getByTestId('suggestion');
	await expect(suggestion).toContainText('Clients per full-time coach');
	await expect(suggestion).toContainText('at most 20 clients');
	await expect(suggestion).not.toContainText(/asiakasta|työhönvalmentaja|klienter/i);
	await expect(page.getByTestId('suggested-score')).toContainText('5');
	await expectAccessible(page);
	expect((await ws.storedItem(id, 1)).figures).toEqual({ clients: 10, ftes: [0.5] });
});
