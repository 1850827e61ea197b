import { seal, unseal, type Sealed } from '../db/vault/crypto';

/**
 * The typing journal while the lock is on. The journal's promise is that a
 * keystroke is in localStorage before the next one; WebCrypto is asynchronous,
 * so that promise cannot hold byte for byte. What this keeps instead:
 *
 * - reads are synchronous, from a clear copy in memory that exists only while
 *   unlocked (made at unlock by `openSealedJournal`, dropped with the key);
 * - each write is sealed and written to localStorage at once, a few ms later
 *   (one AES-GCM call; later keystrokes overtake an earlier one still sealing,
 *   so only the newest value lands); that window is the accepted cost;
 * - localStorage never holds clear text while the lock is on: entries written
 *   before the lock was turned on are sealed when it is opened.
 *
 * Values in localStorage are `SEALED_MARK` + base64(iv ‖ ciphertext).
 */
export const SEALED_MARK = 'sealed1:';
const PREFIX = 'laatuarvio.journal.';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Backing = Storage & Pick<globalThis.Storage, 'key' | 'length'>;

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function encode(sealed: Sealed): string {
	const data = new Uint8Array(sealed.data);
	const all = new Uint8Array(sealed.iv.length + data.length);
	all.set(sealed.iv);
	all.set(data, sealed.iv.length);
	return SEALED_MARK + toBase64(all);
}

function decode(text: string): Sealed {
	const all = fromBase64(text.slice(SEALED_MARK.length));
	return { iv: all.slice(0, 12), data: all.slice(12).buffer };
}

export class SealedJournal implements Storage {
	/** Bumped per key on every change, so a slower seal of an older value never lands over a newer one. */
	#versions = new Map<string, number>();
	#writes = new Set<Promise<void>>();

	constructor(
		private readonly backing: Storage,
		private readonly key: CryptoKey,
		private readonly memory: Map<string, string>
	) {}

	getItem(k: string): string | null {
		return this.memory.get(k) ?? null;
	}

	setItem(k: string, value: string): void {
		this.memory.set(k, value);
		const version = this.#bump(k);
		const write = seal(this.key, new TextEncoder().encode(value)).then((sealed) => {
			if (this.#versions.get(k) === version) this.backing.setItem(k, encode(sealed));
		});
		this.#writes.add(write);
		void write.catch(() => {}).finally(() => this.#writes.delete(write));
	}

	removeItem(k: string): void {
		this.memory.delete(k);
		this.#bump(k);
		this.backing.removeItem(k);
	}

	/** Resolves once every write so far is in localStorage (tests; turning the lock off). */
	async settled(): Promise<void> {
		await Promise.allSettled([...this.#writes]);
	}

	/** The lock is going off: every entry back in the clear. */
	async writeClear(): Promise<void> {
		await this.settled();
		for (const [k, v] of this.memory) {
			this.#bump(k);
			this.backing.setItem(k, v);
		}
	}

	#bump(k: string): number {
		const next = (this.#versions.get(k) ?? 0) + 1;
		this.#versions.set(k, next);
		return next;
	}
}

/**
 * At unlock: every journal entry opened into memory (clear ones, written before
 * the lock, are sealed now). An entry that does not open (damaged, or sealed
 * under a key no longer used) is left where it is and not replayed.
 */
export async function openSealedJournal(backing: Backing, key: CryptoKey): Promise<SealedJournal> {
	const memory = new Map<string, string>();
	const keys: string[] = [];
	for (let i = 0; i < backing.length; i++) {
		const k = backing.key(i);
		if (k?.startsWith(PREFIX)) keys.push(k);
	}
	const journal = new SealedJournal(backing, key, memory);
	for (const k of keys) {
		const stored = backing.getItem(k);
		if (stored === null) continue;
		if (!stored.startsWith(SEALED_MARK)) {
			journal.setItem(k, stored);
			continue;
		}
		try {
			memory.set(k, new TextDecoder().decode(await unseal(key, decode(stored))));
		} catch {
			/* see above */
		}
	}
	await journal.settled();
	return journal;
}
