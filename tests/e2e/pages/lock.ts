import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for the lock: its settings block, the lock screen, and raw looks at what the browser stores. */
export class LockPage {
	readonly screen: Locator;
	readonly settings: Locator;

	constructor(readonly page: Page) {
		this.screen = page.getByTestId('lock-screen');
		this.settings = page.getByTestId('lock-settings');
	}

	/** Turns the lock on from Asetukset (the page must be /settings). */
	async turnOn(passphrase: string): Promise<void> {
		await this.settings.getByTestId('lock-new').fill(passphrase);
		await this.settings.getByTestId('lock-confirm').fill(passphrase);
		await this.settings.getByTestId('lock-turn-on').click();
		await expect(this.settings.getByTestId('lock-message')).toHaveText('Lukitus on käytössä, ja tiedot on salattu.', { timeout: 20_000 });
	}

	async turnOff(passphrase: string): Promise<void> {
		await this.settings.getByTestId('lock-off-current').fill(passphrase);
		await this.settings.getByTestId('lock-turn-off').click();
		await expect(this.settings.getByTestId('lock-message')).toHaveText('Lukitus poistettu, ja tiedot on purettu salauksesta.', { timeout: 20_000 });
	}

	async unlock(passphrase: string): Promise<void> {
		await this.screen.getByLabel('Tunnuslause tai PIN').fill(passphrase);
		await this.screen.getByRole('button', { name: 'Avaa lukitus' }).click();
	}

	/**
	 * Which of `needles` appear anywhere in IndexedDB (read raw with the IndexedDB API,
	 * not Dexie: strings, and bytes decoded as UTF-8) or in localStorage, and how many
	 * review rows hold a sealed document.
	 */
	stored(needles: string[]): Promise<{ idb: string[]; local: string[]; sealedReviews: number; clearReviews: number }> {
		return this.page.evaluate(
			(wanted) =>
				new Promise((resolve, reject) => {
					const open = indexedDB.open('laatuarvio');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const names = [...db.objectStoreNames];
						const tx = db.transaction(names, 'readonly');
						const texts: string[] = [];
						let sealedReviews = 0;
						let clearReviews = 0;
						const walk = (v: unknown): void => {
							if (v instanceof ArrayBuffer) texts.push(new TextDecoder().decode(v));
							else if (ArrayBuffer.isView(v)) texts.push(new TextDecoder().decode(v));
							else if (typeof v === 'string') texts.push(v);
							else if (v && typeof v === 'object') Object.values(v).forEach(walk);
						};
						for (const name of names) {
							const req = tx.objectStore(name).getAll();
							req.onsuccess = () => {
								for (const row of req.result) {
									walk(row);
									if (name === 'reviews') (row.sealedDoc ? sealedReviews++ : clearReviews++);
								}
							};
						}
						tx.oncomplete = () => {
							db.close();
							const all = texts.join('\n');
							const local = Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n');
							resolve({
								idb: wanted.filter((w) => all.includes(w)),
								local: wanted.filter((w) => local.includes(w)),
								sealedReviews,
								clearReviews
							});
						};
						tx.onerror = () => reject(tx.error);
					};
				}),
			needles
		);
	}
}
