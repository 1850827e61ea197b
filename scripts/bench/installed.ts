import { chromium, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The app as a reviewer's tablet runs it (issue 15, round 6): a browser profile on disk, the
 * service worker installed and in control, the app opened once. Playwright's ordinary contexts
 * are incognito: whatever V8 code cache Chromium makes lives in memory for that browser only,
 * so their figure is the first start ever. A profile on disk keeps what an installed app keeps
 * between starts. (Round 6 found Chromium 156 keeps no code cache for the app's module scripts
 * served by the worker, in either: docs/item-screen-speed.md.)
 *
 * `installedApp` resolves once the worker controls the page; `close` shuts the browser and
 * removes the profile.
 */
export type Installed = { context: BrowserContext; page: Page; close: () => Promise<void> };

export async function installedApp(app: string, launch: LaunchOptions): Promise<Installed> {
	const profile = await mkdtemp(join(tmpdir(), 'bench-profile-'));
	let context: BrowserContext | null = null;
	try {
		context = await chromium.launchPersistentContext(profile, { ...launch, serviceWorkers: 'allow' });
		// tsx keeps function names with an `__name` helper that the page does not have.
		await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto(app + '/');
		await controlledByWorker(page);
		const ctx = context;
		return { context: ctx, page, close: async () => { await ctx.close(); await rm(profile, { recursive: true, force: true }); } };
	} catch (e) {
		await context?.close();
		await rm(profile, { recursive: true, force: true });
		throw e;
	}
}

/** Resolves once the app's service worker is installed and controls `page`. */
export async function controlledByWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
}

/** Opens `url` in `context` once and waits for `selector`, as a reviewer's earlier start did. */
export async function openOnce(context: BrowserContext, url: string, selector: string): Promise<void> {
	const page = await context.newPage();
	await page.goto(url);
	await page.locator(selector).first().waitFor({ state: 'attached' });
	// Chromium writes a script's code cache after it has run, off the load's critical path.
	await page.waitForTimeout(1500);
	await page.close();
}
