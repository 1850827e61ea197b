import { database } from '../database';
import { keyringOf, type VaultState } from './keyring';

/** The app database's lock state, for code outside db/ that must wait while locked (the sync queue, the screens). */
export function vaultState(): VaultState {
	return keyringOf(database()).state;
}

export function isLocked(): boolean {
	return keyringOf(database()).locked;
}

/** Called at once with the current state, then on every change in this tab. Returns the unsubscribe. */
export function watchVault(listener: (state: VaultState) => void): () => void {
	return keyringOf(database()).subscribe(listener);
}
