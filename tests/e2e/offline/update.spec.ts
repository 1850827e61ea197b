import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WorkspacePage } from '../pages/workspace';
import { openControlled } from '../support/app';

/**
 * A new version must be offered, never forced: the waiting worker does not take
 * over, the open review is not reloaded, and updating keeps what was typed.
 * The "new version" is the same build with a changed sw.js, which is all the
 * browser compares.
 */
// A copy of the build on its own port (its own origin), so changing its sw.js cannot
// reach the other tests running against the shared build at the same time.
const PORT = Number(process.env.APP_PORT ?? 4173) + 1000;
let dir: string;
let server: ChildProcess;

test.beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'laatuarvio-update-'));
	cpSync(resolve(process.env.BUILD_DIR ?? 'build'), dir, { recursive: true });
	// node --import tsx (not npx): one process, so kill() really stops the server.
	server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-static.ts', '--port', String(PORT), '--dir', dir], {
		stdio: 'ignore'
	});
	await expect.poll(() => fetch(`http://localhost:${PORT}/`).then((r) => r.ok, () => false), { timeout: 20_000 }).toBe(true);
});
test.afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});
test.use({ baseURL: `http://localhost:${PORT}` });

test('a new version is offered by a prompt and never reloads an open review', async ({ page }) => {
	const swFile = join(dir, 'sw.js');
	await openControlled(page);
	const ws = new WorkspacePage(page);
	const id = await ws.seed();
	await ws.openItem(id, 1);
	const strengths = page.getByRole('textbox', { name: 'Vahvuudet' });
	await strengths.fill('Kirjoitettu ennen päivitystä');
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

	appendFileSync(swFile, `\n// test update ${Date.now()}\n`);
	await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

	await expect(page.getByTestId('update-prompt')).toBeVisible();
	// Still the same document: nothing reloaded under the reviewer.
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
	await expect(strengths).toHaveValue('Kirjoitettu ennen päivitystä');

	await page.getByRole('button', { name: 'Myöhemmin' }).click();
	await expect(page.getByTestId('update-prompt')).toBeHidden();
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

	// The waiting version is offered again on the next start; it takes over only on the
	// reviewer's tap, and the text survives it.
	await page.reload();
	await expect(page.getByTestId('update-prompt')).toBeVisible();
	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Päivitä nyt' }).click()]);
	await expect(page.getByRole('textbox', { name: 'Vahvuudet' })).toHaveValue('Kirjoitettu ennen päivitystä');
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
	expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true);
});
