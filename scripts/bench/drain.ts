import type { Page } from '@playwright/test';

/** How many outbox rows the page's IndexedDB holds as 'uploaded' (read raw, outside the app). */
export function countUploaded(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('laatuarvio');
				open.onsuccess = () => {
					const req = open.result.transaction('outbox').objectStore('outbox').getAll();
					req.onsuccess = () => {
						open.result.close();
						resolve(req.result.filter((r: { status: string }) => r.status === 'uploaded').length);
					};
				};
			})
	);
}
