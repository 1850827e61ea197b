import type { Page } from '@playwright/test';

/**
 * Waits, inside the page, until a probe has set `globalThis[name]`, and returns its value.
 *
 * Why not a locator: Playwright's selector engine is a large script that it injects into the
 * page the first time a locator is used. Waiting with one right after `goto` evaluated it in
 * the middle of the app's start (≈ 160 ms of main thread at 4× CPU, `trace-timeline.ts`), which
 * a reviewer's tablet never pays and a plain page, drawn before `goto` returns, never paid.
 * This needs only the small evaluation helper every `page.evaluate` uses.
 */
export async function waitForGlobal(page: Page, name: string, timeoutMs = 60_000): Promise<number> {
	return page.evaluate(
		({ name, timeoutMs }) =>
			new Promise<number>((resolve, reject) => {
				const until = performance.now() + timeoutMs;
				const poll = () => {
					const value = (globalThis as Record<string, unknown>)[name];
					if (typeof value === 'number') resolve(value);
					else if (performance.now() > until) reject(new Error(`${name} was never set`));
					else setTimeout(poll, 20);
				};
				poll();
			}),
		{ name, timeoutMs }
	);
}
