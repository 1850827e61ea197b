/**
 * The lock's cryptography, on WebCrypto only (no Dexie, no Svelte), so it runs
 * the same in the browser and in Node 20's `globalThis.crypto`.
 *
 * Two keys (envelope encryption):
 * - the DATA key: random AES-GCM-256, made once when the lock is turned on. It
 *   encrypts the rows. In memory it is a non-extractable CryptoKey; at rest it
 *   exists only wrapped.
 * - the PASSPHRASE key: PBKDF2-SHA-256 over the passphrase and a per-device
 *   random salt. It only wraps the data key and seals the verifier.
 *
 * So a passphrase change rewraps one key (a small write) instead of
 * re-encrypting every review, and an unlock costs one key derivation plus one
 * unwrap whatever the number of stored reviews.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; the issue asks for at least this. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
/** 96-bit IVs, the size AES-GCM is specified for. */
export const IV_BYTES = 12;
const VERIFIER_TEXT = 'laatuarvio-lock-verifier';

/** Bytes and the IV they were sealed with. ArrayBuffers are stored as they are in IndexedDB. */
export type Sealed = { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };

/** What the settings row keeps: everything needed to unlock, nothing that unlocks by itself. */
export type LockRecord = {
	kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> };
	/** The data key wrapped by the passphrase key (AES-GCM). */
	wrappedKey: Sealed;
	/** A known text sealed by the passphrase key: a wrong passphrase fails here, damage fails later. */
	verifier: Sealed;
};

export type Unlocked =
	| { kind: 'unlocked'; key: CryptoKey }
	| { kind: 'wrong-passphrase' }
	/** The passphrase proved right but the wrapped key does not open: the record is damaged. */
	| { kind: 'damaged' };

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
const encoder = new TextEncoder();

export function freshIv(): Uint8Array<ArrayBuffer> {
	return random(IV_BYTES);
}

export async function passphraseKey(passphrase: string, kdf: LockRecord['kdf']): Promise<CryptoKey> {
	const material = await subtle().importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
	return subtle().deriveKey(
		{ name: 'PBKDF2', hash: kdf.hash, salt: kdf.salt, iterations: kdf.iterations },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']
	);
}

export async function seal(key: CryptoKey, bytes: Uint8Array<ArrayBuffer>): Promise<Sealed> {
	const iv = freshIv();
	return { iv, data: await subtle().encrypt({ name: 'AES-GCM', iv }, key, bytes) };
}

/** Throws (OperationError) when the bytes or the tag were changed, or the key is not the one that sealed them. */
export async function unseal(key: CryptoKey, sealed: Sealed): Promise<Uint8Array> {
	return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data));
}

async function wrap(wrapping: CryptoKey, dataKey: CryptoKey): Promise<Sealed> {
	const iv = freshIv();
	return { iv, data: await subtle().wrapKey('raw', dataKey, wrapping, { name: 'AES-GCM', iv }) };
}

function unwrap(wrapping: CryptoKey, wrapped: Sealed, extractable: boolean): Promise<CryptoKey> {
	return subtle().unwrapKey('raw', wrapped.data, wrapping, { name: 'AES-GCM', iv: wrapped.iv }, { name: 'AES-GCM', length: 256 }, extractable, [
		'encrypt',
		'decrypt'
	]);
}

async function record(passphrase: string, dataKey: CryptoKey, iterations: number): Promise<LockRecord> {
	const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: random(SALT_BYTES) } as const;
	const wrapping = await passphraseKey(passphrase, kdf);
	return { kdf, wrappedKey: await wrap(wrapping, dataKey), verifier: await seal(wrapping, encoder.encode(VERIFIER_TEXT)) };
}

/**
 * A new lock: a fresh data key, wrapped under `passphrase`. Returns the record to
 * store and the data key (non-extractable) to keep in memory.
 * `iterations` below the minimum is for tests that must not spend a second per case.
 */
export async function createLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ record: LockRecord; key: CryptoKey }> {
	const raw = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
	const lock = await record(passphrase, raw, iterations);
	// The extractable copy existed only to be wrapped; memory keeps a non-extractable one.
	const unlocked = await openLock(passphrase, lock);
	if (unlocked.kind !== 'unlocked') throw new Error('lock: new record does not open');
	return { record: lock, key: unlocked.key };
}

async function check(passphrase: string, lock: LockRecord): Promise<CryptoKey | null> {
	const wrapping = await passphraseKey(passphrase, lock.kdf);
	try {
		const text = new TextDecoder().decode(await unseal(wrapping, lock.verifier));
		return text === VERIFIER_TEXT ? wrapping : null;
	} catch {
		return null;
	}
}

export async function openLock(passphrase: string, lock: LockRecord): Promise<Unlocked> {
	const wrapping = await check(passphrase, lock);
	if (!wrapping) return { kind: 'wrong-passphrase' };
	try {
		return { kind: 'unlocked', key: await unwrap(wrapping, lock.wrappedKey, false) };
	} catch {
		return { kind: 'damaged' };
	}
}

/** The same data key under a new passphrase (new salt, new IVs): nothing else is re-encrypted. */
export async function rewrapLock(
	current: string,
	next: string,
	lock: LockRecord
): Promise<{ kind: 'rewrapped'; record: LockRecord } | { kind: 'wrong-passphrase' } | { kind: 'damaged' }> {
	const wrapping = await check(current, lock);
	if (!wrapping) return { kind: 'wrong-passphrase' };
	let dataKey: CryptoKey;
	try {
		// Extractable only here, for the moment it takes to wrap it again.
		dataKey = await unwrap(wrapping, lock.wrappedKey, true);
	} catch {
		return { kind: 'damaged' };
	}
	return { kind: 'rewrapped', record: await record(next, dataKey, lock.kdf.iterations) };
}

export function sealText(key: CryptoKey, text: string): Promise<Sealed> {
	return seal(key, encoder.encode(text));
}

export async function unsealText(key: CryptoKey, sealed: Sealed): Promise<string> {
	return new TextDecoder().decode(await unseal(key, sealed));
}

export function sealJson(key: CryptoKey, value: unknown): Promise<Sealed> {
	return sealText(key, JSON.stringify(value));
}

export async function unsealJson(key: CryptoKey, sealed: Sealed): Promise<unknown> {
	return JSON.parse(await unsealText(key, sealed));
}
