import { expect, type Locator, type Page } from '@playwright/test';
import { dumpDatabase } from '../support/idb-dump';

/** Page object for the lock: its settings block, the lock screen, and raw looks at what the browser stores. */
export class LockPage {
	readonly screen: Locator;
	readonly settings: Locator;

	constructor(readonly page: Page) {
		this.screen = page.getByTestId('lock-screen');
		this.settings = page.getByTestId('lock-settings');
	}

	/** Turns the lock on from Asetukset (the page must be /settings), optionally with the idle minutes. */
	async turnOn(passphrase: string, idleMinutes?: number): Promise<void> {
		await this.settings.getByTestId('lock-new').fill(passphrase);
		await this.settings.getByTestId('lock-confirm').fill(passphrase);
		if (idleMinutes !== undefined) await this.settings.getByTestId('lock-idle').fill(String(idleMinutes));
		await this.settings.getByTestId('lock-turn-on').click();
		await expect(this.settings.getByTestId('lock-message')).toHaveText('Lukitus on käytössä, ja tiedot on salattu.', { timeout: 20_000 });
	}

	async turnOff(passphrase: string): Promise<void> {
		await this.settings.getByTestId('lock-off-current').fill(passphrase);
		await this.settings.getByTestId('lock-turn-off').click();
		await expect(this.settings.getByTestId('lock-message')).toHaveText('Lukitus poistettu, ja tiedot on purettu salauksesta.', { timeout: 20_000 });
	}

	/** Changes the passphrase from Asetukset with the lock on; returns the message the block shows. */
	async changePassphrase(current: string, next: string): Promise<Locator> {
		await this.settings.getByTestId('lock-current').fill(current);
		await this.settings.getByTestId('lock-new').fill(next);
		await this.settings.getByTestId('lock-confirm').fill(next);
		await this.settings.getByTestId('lock-change').click();
		return this.settings.getByTestId('lock-message');
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
	async stored(needles: string[]): Promise<{ idb: string[]; local: string[]; sealedReviews: number; clearReviews: number }> {
		const stores = await dumpDatabase(this.page, { bytesAsText: true });
		const all = JSON.stringify(stores);
		const local = await this.page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));
		const reviews = (stores.reviews ?? []) as Record<string, unknown>[];
		return {
			idb: needles.filter((w) => all.includes(w)),
			local: needles.filter((w) => local.includes(w)),
			sealedReviews: reviews.filter((r) => 'sealedDoc' in r).length,
			clearReviews: reviews.filter((r) => !('sealedDoc' in r)).length
		};
	}
}
