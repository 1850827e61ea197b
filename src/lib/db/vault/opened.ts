import type { Sealed } from './crypto';

/**
 * The clear JSON text of the last few ciphertexts this tab sealed or opened with
 * one key, so that reading a row back needs no decryption: the next
 * score tap's edit reads the document the previous tap sealed, and the live query
 * after each commit reads it again. Each decryption is a trip to WebCrypto's
 * thread during which the write's transaction has to be kept alive by spinning.
 *
 * A hit needs the very same bytes: the IV and the whole ciphertext, tag included,
 * equal to what was sealed or verified here. A row another tab wrote (a fresh IV)
 * or one changed at rest misses and is decrypted, so a tampered row still fails to
 * open. The texts are memory only and belong to one unlocked state of the keyring
 * (`unlocked(key)`): any change of state drops them with it, and a seal still on
 * its way when the tab locked remembers into a set nothing reads any more.
 * Only the lock's verbs (./lock.ts, loaded with the cipher) make one, so the list's
 * first load does not carry this file.
 */
export class OpenedTexts {
	readonly #byIv = new Map<string, { data: Uint8Array; text: string }>();

	constructor(private readonly limit = 16) {}

	remember(sealed: Sealed, text: string): void {
		const iv = hex(sealed.iv);
		this.#byIv.delete(iv);
		this.#byIv.set(iv, { data: new Uint8Array(sealed.data.slice(0)), text });
		// Oldest first in a Map: drop beyond the limit.
		for (const old of this.#byIv.keys()) {
			if (this.#byIv.size <= this.limit) break;
			this.#byIv.delete(old);
		}
	}

	/** The text sealed as exactly these bytes, or undefined. */
	recall(sealed: Sealed): string | undefined {
		const hit = this.#byIv.get(hex(sealed.iv));
		return hit && sameBytes(hit.data, sealed.data) ? hit.text : undefined;
	}

	get size(): number {
		return this.#byIv.size;
	}
}

/** The keyring's state with `key` in hand, and an empty set of texts for it. */
export const unlocked = (key: CryptoKey) => ({ kind: 'unlocked', key, opened: new OpenedTexts() }) as const;

function hex(bytes: Uint8Array): string {
	let out = '';
	for (const b of bytes) out += b.toString(16).padStart(2, '0');
	return out;
}

export function sameBytes(a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array): boolean {
	const x = a instanceof Uint8Array ? a : new Uint8Array(a);
	const y = b instanceof Uint8Array ? b : new Uint8Array(b);
	if (x.length !== y.length) return false;
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
	return true;
}
