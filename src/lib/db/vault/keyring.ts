import type { OpenedTexts } from './opened';

/**
 * Where the lock stands in THIS tab, and the data key while it is open. Memory
 * only: the key is a non-extractable CryptoKey that no storage ever sees, so a
 * reload, a crash or a closed tab locks.
 *
 * One keyring per open database (the middleware and the verbs find it through
 * `keyringOf(db)`), so tests that open several databases do not share a key.
 */

export type VaultState =
	/** No lock on this device: rows are clear, exactly as before the lock existed. */
	| { kind: 'off' }
	/** The lock is on and this tab has no key: content can be neither read nor written. */
	| { kind: 'locked' }
	/**
	 * `opened`: the texts sealed or opened with this key (./opened.ts; made by `unlocked(key)`). They live and
	 * go with this state object: any change of state (lock, lock off, another unlock) drops them.
	 */
	| { kind: 'unlocked'; key: CryptoKey; opened: OpenedTexts };

export class Keyring {
	#state: VaultState = { kind: 'off' };
	#listeners = new Set<(state: VaultState) => void>();

	get state(): VaultState {
		return this.#state;
	}

	/** The key to seal with, null when the lock is off; throws nothing (see `locked`). */
	get key(): CryptoKey | null {
		return this.#state.kind === 'unlocked' ? this.#state.key : null;
	}

	/** The texts sealed or opened with the key, null when there is no key. */
	get opened(): OpenedTexts | null {
		return this.#state.kind === 'unlocked' ? this.#state.opened : null;
	}

	get locked(): boolean {
		return this.#state.kind === 'locked';
	}

	set(state: VaultState): void {
		this.#state = state;
		for (const listener of this.#listeners) listener(state);
	}

	subscribe(listener: (state: VaultState) => void): () => void {
		this.#listeners.add(listener);
		listener(this.#state);
		return () => this.#listeners.delete(listener);
	}
}

const keyrings = new WeakMap<object, Keyring>();

export function keyringOf(db: object): Keyring {
	let ring = keyrings.get(db);
	if (!ring) keyrings.set(db, (ring = new Keyring()));
	return ring;
}
