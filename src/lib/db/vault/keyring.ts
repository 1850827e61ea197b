import { OpenedTexts } from './opened';

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
	| { kind: 'unlocked'; key: CryptoKey };

export class Keyring {
	#state: VaultState = { kind: 'off' };
	/** Texts sealed or opened with this state's key (./opened.ts); they go whenever the state changes. */
	readonly opened = new OpenedTexts();
	#listeners = new Set<(state: VaultState) => void>();

	get state(): VaultState {
		return this.#state;
	}

	/** The key to seal with, null when the lock is off; throws nothing (see `locked`). */
	get key(): CryptoKey | null {
		return this.#state.kind === 'unlocked' ? this.#state.key : null;
	}

	get locked(): boolean {
		return this.#state.kind === 'locked';
	}

	set(state: VaultState): void {
		this.opened.reset(state.kind === 'unlocked' ? state.key : null);
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
