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
const LANGUAGES = [
	{
		locale: 'sv',
		name: 'Swedish',
		clients: 'Arbetscoachernas aktiva klienter sammanlagt',
		clientsUnit: '(klienter)',
		ftes: 'Varje arbetscoachs arbetstid',
		ftesUnit: '(årsverke)',
		help: 'Heltid = 1, halvtid = 0,5.',
		add: 'Lägg till arbetscoach',
		coach: 'Arbetscoach 1',
		// The limit is a number inside the text, written the language's way.
		problem: 'Varje arbetscoachs arbetstid: Arbetscoach 1: Talet får vara högst 1.',
		half: '0,5',
		measure: 'Klienter per arbetscoach på heltid',
		band: 'högst 20 klienter',
		// Finnish, or the other language, anywhere in the figures or the suggestion.
		foreign: /enintään|työhönvalmentaja|asiakasta|htv|clients|at most|working time/i
	},
	{
		locale: 'en',
		name: 'English',
		clients: "Coaches' active clients in total",
		clientsUnit: '(clients)',
		ftes: "Each coach's working time",
		ftesUnit: '(FTE)',
		help: 'Full time = 1, half time = 0.5.',
		add: 'Add coach',
		coach: 'Coach 1',
		problem: "Each coach's working time: Coach 1: The number can be at most 1.",
		half: '0.5',
		measure: 'Clients per full-time coach',
		band: 'at most 20 clients',
		foreign: /enintään|työhönvalmentaja|asiakasta|htv|klienter|arbetscoach|Talet/i
	}
] as const;

for (const l of LANGUAGES) {
	test(`in ${l.name}, item 1 shows its figures, the refusal and the suggestion in ${l.name}`, async ({ page }) => {
		await new Screens(page).useLocale(l.locale);
		const ws = new WorkspacePage(page);
		const id = await ws.seed();
		await ws.openItem(id, 1);

		const clients = page.getByTestId('figure-clients');
		await expect(clients).toContainText(l.clients);
		await expect(clients).toContainText(l.clientsUnit);
		const ftes = page.getByTestId('figure-ftes');
		await expect(ftes).toContainText(l.ftes);
		await expect(ftes).toContainText(l.ftesUnit);
		await expect(ftes).toContainText(l.help);
		await ftes.getByRole('button', { name: l.add }).click();

		await clients.getByRole('textbox').fill('10');
		const fte = ftes.getByRole('textbox', { name: l.coach });
		await fte.fill('2');
		const problem = page.getByTestId('figure-problem');
		await expect(problem).toContainText(l.problem);
		await expect(fte).toHaveAttribute('aria-invalid', 'true');
		// The criteria above stay Finnish; the figures and the suggestion carry none.
		for (const part of [clients, ftes, page.getByTestId('suggestion')]) await expect(part).not.toContainText(l.foreign);
		await expectAccessible(page);

		// A working time within the limit: the suggestion speaks the language too.
		await fte.fill(l.half);
		await expect(problem).toHaveCount(0);
		const suggestion = page.getByTestId('suggestion');
		await expect(suggestion).toContainText(l.measure);
		await expect(suggestion).toContainText(l.band);
		await expect(suggestion).not.toContainText(l.foreign);
		await expect(page.getByTestId('suggested-score')).toContainText('5');
		await expectAccessible(page);
		expect((await ws.storedItem(id, 1)).figures).toEqual({ clients: 10, ftes: [0.5] });
	});
}
