import type { Page } from '@playwright/test';

/** Every object store of the app's database with all its rows, as IndexedDB holds them (no Dexie, no parsing). */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('laatuarvio');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names, 'readonly');
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = req.result);
					}
					tx.oncomplete = () => (db.close(), resolve(out));
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}
