import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { APP_URL, RECEIVER_URL } from '../../../playwright.config';
import { SyncPage } from '../pages/sync';
import { allScored, WorkspacePage } from '../pages/workspace';

/**
 * Nothing personal in logs or URLs: a full loop (type a note holding an identity
 * code, finish, upload) against a receiver of its own with request logging on,
 * then the app's console, every URL the page requested and the receiver's log
 * are searched for the code and the note text.
 */
const CODE = '131052-308T';
const SECRET = 'Luottamuksellinen havainto Kallesta';
const TOKEN = 'privacy-log-token';
const PORT = Number(new URL(RECEIVER_URL).port) + 1;

let receiver: ChildProcess;
let log = '';

test.beforeAll(async () => {
	receiver = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
		env: { ...process.env, RECEIVER_PORT: String(PORT), RECEIVER_DB: ':memory:', RECEIVER_LOG: '1', RECEIVER_TOKENS: TOKEN, RECEIVER_ORIGINS: APP_URL },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	receiver.stdout!.on('data', (chunk) => (log += String(chunk)));
	receiver.stderr!.on('data', (chunk) => (log += String(chunk)));
	await expect.poll(async () => (await fetch(`http://localhost:${PORT}/healthz`).catch(() => null))?.ok ?? false, { timeout: 30_000 }).toBe(true);
});
test.afterAll(() => void receiver.kill());

test('the code and the note text appear in no console message, URL or receiver log line', async ({ page }) => {
	test.slow();
	const consoleLines: string[] = [];
	const urls: string[] = [];
	page.on('console', (message) => consoleLines.push(message.text()));
	page.on('pageerror', (error) => consoleLines.push(String(error)));
	page.on('request', (request) => urls.push(request.url()));

	const sync = new SyncPage(page);
	await sync.goto();
	await sync.configure(`http://localhost:${PORT}/api/v1`, TOKEN);

	const ws = new WorkspacePage(page);
	const id = await ws.seed({ scores: allScored(4) });
	await ws.openItem(id, 5);
	const note = await ws.addNote();
	await note.getByLabel('Muistiinpano', { exact: true }).pressSequentially(`${SECRET} ${CODE}`, { delay: 5 });
	await expect(note).toContainText('Kentässä on henkilötunnus');

	await ws.open(id, '/summary');
	await page.getByTestId('finish').click();
	const dialog = page.getByRole('dialog', { name: 'Viimeistelläänkö arviointi?' });
	await expect(dialog.getByTestId('identity-codes')).toContainText('Kohta 5: muistiinpano');
	await dialog.getByRole('button', { name: 'Viimeistele' }).click();
	await expect(page.getByTestId('review-sync-status').locator('li[data-revision="1"]')).toHaveAttribute('data-state', 'uploaded', { timeout: 30_000 });

	// The receiver stored it (flagged) and logged the request: the log is not empty by accident.
	const stored = await fetch(`http://localhost:${PORT}/api/v1/reviews/${id}/revisions/1`, { headers: { authorization: `Bearer ${TOKEN}` } });
	expect(JSON.stringify(await stored.json())).toContain(CODE);
	expect(log).toContain(`/reviews/${id}/revisions/1`);
	expect(urls.some((u) => u.includes(`/reviews/${id}/revisions/1`))).toBe(true);

	for (const needle of [CODE, SECRET, 'Kallesta', TOKEN]) {
		expect(consoleLines.filter((l) => l.includes(needle)), `console: ${needle}`).toEqual([]);
		expect(urls.filter((u) => decodeURIComponent(u).includes(needle)), `URLs: ${needle}`).toEqual([]);
		expect(log.includes(needle), `receiver log: ${needle}`).toBe(false);
	}
});
