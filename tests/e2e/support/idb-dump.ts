import type { Page } from '@playwright/test';

/**
 * Every object store of the app's database with all its rows, as IndexedDB holds them (no Dexie, no parsing).
 * `bytesAsText`: binary fields (the lock's ciphertexts) come back decoded as UTF-8 text, so a test can search
 * them for clear text in Node.
 */
export function dumpDatabase(page: Page, { bytesAsText = false } = {}): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		(asText) =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const text = (v: unknown): unknown => {
					if (v instanceof ArrayBuffer || ArrayBuffer.isView(v)) return new TextDecoder().decode(v);
					if (Array.isArray(v)) return v.map(text);
					if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, text(x)]));
					return v;
				};
				const open = indexedDB.open('laatuarvio');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const names = [...db.objectStoreNames];
					const tx = db.transaction(names, 'readonly');
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = asText ? req.result.map(text) : req.result);
					}
					tx.oncomplete = () => (db.close(), resolve(out));
					tx.onerror = () => reject(tx.error);
				};
			}),
		bytesAsText
	);
}
