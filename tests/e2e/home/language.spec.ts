import { expect, test, type Page } from '@playwright/test';
import { NewReviewPage } from '../pages/home';
import { WorkspacePage } from '../pages/workspace';

/**
 * The language is switched in place: whatever is on the screen (a half-filled form, an
 * open review) must still be there afterwards. A page reload would lose the marker set
 * on `window` and any field not yet saved.
 */
const languageSelect = (page: Page) => page.getByRole('combobox', { name: /^(Kieli|Språk|Language)$/ });

async function setMarker(page: Page): Promise<void> {
	await page.evaluate(() => ((window as unknown as { __marker: string }).__marker = 'same document'));
}

async function marker(page: Page): Promise<unknown> {
	return page.evaluate(() => (window as unknown as { __marker?: string }).__marker);
}

test('switching to English re-renders the form in place, and the choice outlives a reload', async ({ page }) => {
	const form = new NewReviewPage(page);
	await form.open();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
	await form.place.fill('Kuopio');
	await form.submit.click();
	await expect(page.getByText('Korjaa lomakkeen virheet (2 virhettä).')).toBeVisible();
	await setMarker(page);

	await languageSelect(page).selectOption('en');

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New review');
	await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Reviews' })).toBeVisible();
	// Text computed in script (the plural summary, the field errors) follows as well.
	await expect(page.getByText('Please correct the form (2 errors).')).toBeVisible();
	await expect(page.getByText('Enter the name of the service or site.')).toBeVisible();
	await expect(page.getByLabel('Place', { exact: true })).toHaveValue('Kuopio');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	expect(await marker(page)).toBe('same document');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('New review');
	await expect(page.getByRole('button', { name: 'Create review' })).toBeVisible();
	await expect(languageSelect(page)).toHaveValue('en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await languageSelect(page).selectOption('fi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi arviointi');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});

test('an open review is not reloaded when the language changes', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 3);
	const note = await ws.addNote();
	await note.getByLabel('Muistiinpano', { exact: true }).fill('Haastattelussa kerrottiin');
	await expect(ws.saved()).toContainText('Tallennettu');
	await setMarker(page);

	await languageSelect(page).selectOption('en');

	await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();
	await expect(ws.saved()).toContainText('Saved');
	await expect(note.getByLabel('Note', { exact: true })).toHaveValue('Haastattelussa kerrottiin');
	expect(await marker(page)).toBe('same document');
});

test('switching to Swedish keeps the open review and the text being typed, and says the criteria are Finnish', async ({ page }) => {
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 3);
	await expect(page.getByTestId('criteria-language')).toHaveCount(0); // nothing to say in Finnish
	const note = await ws.addNote();
	const text = note.getByLabel('Muistiinpano', { exact: true });
	await text.fill('Haastattelussa kerrottiin');
	await expect(ws.saved()).toContainText('Tallennettu');
	await text.pressSequentially(' työnantajista'); // still typing when the language changes
	await setMarker(page);

	await languageSelect(page).selectOption('sv');

	await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
	await expect(page.getByRole('button', { name: 'Lägg till en anteckning' })).toBeVisible();
	await expect(note.getByLabel('Anteckning', { exact: true })).toHaveValue('Haastattelussa kerrottiin työnantajista');
	await expect(ws.saved()).toContainText('Sparat');
	await expect(page.getByTestId('criteria-language')).toHaveText(
		'Kvalitetskriterierna finns endast på finska, så deras text visas på finska.'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'fi');
	await expect
		.poll(async () => (await ws.storedItem(id, 3)).notes.map((n) => n.text))
		.toEqual(['Haastattelussa kerrottiin työnantajista']);
	expect(await marker(page)).toBe('same document');

	await page.reload();
	await expect(languageSelect(page)).toHaveValue('sv');
	await expect(page.getByRole('button', { name: 'Lägg till en anteckning' })).toBeVisible();
});
