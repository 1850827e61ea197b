import { describe, expect, it, vi } from 'vitest';
import {
	createLock,
	IV_BYTES,
	openLock,
	PBKDF2_ITERATIONS,
	rewrapLock,
	SALT_BYTES,
	seal,
	sealJson,
	unseal,
	unsealJson,
	type LockRecord
} from '../../../src/lib/db/vault/crypto';

// Real parameters are checked once below; the other cases use few iterations so they stay fast.
const FAST = 1_000;
const bytes = (s: string) => new TextEncoder().encode(s);

describe('key derivation', () => {
	it('derives with PBKDF2-SHA-256, at least 600,000 iterations and a 16-byte random salt per lock', async () => {
		const spy = vi.spyOn(globalThis.crypto.subtle, 'deriveKey');
		const { record } = await createLock('kesäkuun kolmas päivä');
		const params = spy.mock.calls[0]?.[0] as Pbkdf2Params;
		spy.mockRestore();
		expect(params.name).toBe('PBKDF2');
		expect(params.hash).toBe('SHA-256');
		expect(params.iterations).toBeGreaterThanOrEqual(600_000);
		expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
		expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
		expect(record.kdf.salt.byteLength).toBe(SALT_BYTES);
		const other = await createLock('kesäkuun kolmas päivä', FAST);
		expect(Buffer.from(other.record.kdf.salt).equals(Buffer.from(record.kdf.salt))).toBe(false);
	});

	it('keeps the data key in memory non-extractable and never stores it in the clear', async () => {
		const { record, key } = await createLock('pitkä salalause', FAST);
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		await expect(globalThis.crypto.subtle.exportKey('raw', key)).rejects.toThrow();
		expect(record.wrappedKey.data.byteLength).toBe(32 + 16); // key + GCM tag
	});
});

describe('sealing', () => {
	it('round-trips bytes and JSON', async () => {
		const { key } = await createLock('pitkä salalause', FAST);
		const doc = { notes: 'Haastateltu työhönvalmentajaa, ääkköset ja emoji 🙂', n: [1, 2, 3] };
		expect(await unsealJson(key, await sealJson(key, doc))).toEqual(doc);
		expect(new TextDecoder().decode(await unseal(key, await seal(key, bytes('x'))))).toBe('x');
	});

	it('leaves no clear text in the sealed bytes', async () => {
		const { key } = await createLock('pitkä salalause', FAST);
		const sealed = await sealJson(key, { note: 'PLANTED-NOTE-TEXT' });
		expect(Buffer.from(sealed.data).toString('latin1')).not.toContain('PLANTED');
	});

	it.each([
		['a flipped bit in the data', (s: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }) => {
			const d = new Uint8Array(s.data.slice(0));
			d[0] = (d[0] ?? 0) ^ 1;
			return { iv: s.iv, data: d.buffer };
		}],
		['a flipped bit in the tag', (s: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }) => {
			const d = new Uint8Array(s.data.slice(0));
			d[d.length - 1] = (d[d.length - 1] ?? 0) ^ 0x80;
			return { iv: s.iv, data: d.buffer };
		}],
		['another IV', (s: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }) => ({ iv: new Uint8Array(IV_BYTES), data: s.data })],
		['cut short', (s: { iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer }) => ({ iv: s.iv, data: s.data.slice(0, 10) })]
	])('refuses tampered ciphertext: %s', async (_, tamper) => {
		const { key } = await createLock('pitkä salalause', FAST);
		const sealed = await sealJson(key, { note: 'x'.repeat(40) });
		await expect(unsealJson(key, tamper(sealed))).rejects.toThrow();
	});

	it('refuses a row sealed by another lock', async () => {
		const a = await createLock('pitkä salalause', FAST);
		const b = await createLock('pitkä salalause', FAST);
		await expect(unseal(b.key, await seal(a.key, bytes('x')))).rejects.toThrow();
	});

	it('never reuses an IV over 10,000 encryptions, each 96 bits', async () => {
		const { key } = await createLock('pitkä salalause', FAST);
		const seen = new Set<string>();
		for (let i = 0; i < 10_000; i++) {
			const { iv } = await seal(key, bytes('x'));
			expect(iv.byteLength).toBe(12);
			seen.add(Buffer.from(iv).toString('hex'));
		}
		expect(seen.size).toBe(10_000);
	});
});

describe('unlocking', () => {
	it('opens with the right passphrase: the key reads what the first key sealed', async () => {
		const { record, key } = await createLock('oikea salalause', FAST);
		const sealed = await sealJson(key, { a: 1 });
		const again = await openLock('oikea salalause', record);
		expect(again.kind).toBe('unlocked');
		if (again.kind === 'unlocked') expect(await unsealJson(again.key, sealed)).toEqual({ a: 1 });
	});

	it.each(['väärä salalause', 'oikea salalausE', 'oikea salalause ', ''])('says wrong passphrase for %j', async (wrong) => {
		const { record } = await createLock('oikea salalause', FAST);
		expect(await openLock(wrong, record)).toEqual({ kind: 'wrong-passphrase' });
	});

	it('treats the composed and decomposed forms of ä as the same passphrase', async () => {
		const { record } = await createLock('p\u00e4iv\u00e4kirja123', FAST);
		expect((await openLock('pa\u0308iva\u0308kirja123', record)).kind).toBe('unlocked');
	});

	it('tells a damaged wrapped key from a wrong passphrase', async () => {
		const { record } = await createLock('oikea salalause', FAST);
		const data = new Uint8Array(record.wrappedKey.data.slice(0));
		data[3] = (data[3] ?? 0) ^ 1;
		const damaged: LockRecord = { ...record, wrappedKey: { ...record.wrappedKey, data: data.buffer } };
		expect(await openLock('oikea salalause', damaged)).toEqual({ kind: 'damaged' });
		expect(await openLock('väärä salalause', damaged)).toEqual({ kind: 'wrong-passphrase' });
	});
});

describe('changing the passphrase', () => {
	it('rewraps the same data key: rows sealed before open with the new passphrase, not the old', async () => {
		const { record, key } = await createLock('vanha salalause', FAST);
		const sealed = await sealJson(key, { note: 'ennen vaihtoa' });
		const changed = await rewrapLock('vanha salalause', 'uusi salalause', record);
		expect(changed.kind).toBe('rewrapped');
		if (changed.kind !== 'rewrapped') return;
		expect(Buffer.from(changed.record.kdf.salt).equals(Buffer.from(record.kdf.salt))).toBe(false);
		expect(await openLock('vanha salalause', changed.record)).toEqual({ kind: 'wrong-passphrase' });
		const opened = await openLock('uusi salalause', changed.record);
		expect(opened.kind).toBe('unlocked');
		if (opened.kind === 'unlocked') {
			expect(opened.key.extractable).toBe(false);
			expect(await unsealJson(opened.key, sealed)).toEqual({ note: 'ennen vaihtoa' });
		}
	});

	it('refuses without the current passphrase', async () => {
		const { record } = await createLock('vanha salalause', FAST);
		expect(await rewrapLock('arvaus salalause', 'uusi salalause', record)).toEqual({ kind: 'wrong-passphrase' });
	});
});
