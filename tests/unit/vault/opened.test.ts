import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, openAppDatabase, useDatabase } from '../../../src/lib/db/database';
import { parseStored } from '../../../src/lib/db/read-review';
import { createLock, sealText, type Sealed } from '../../../src/lib/db/vault/crypto';
import { keyringOf } from '../../../src/lib/db/vault/keyring';
import { lockNow, turnLockOn, unlock } from '../../../src/lib/db/vault/lock';
import { OpenedTexts } from '../../../src/lib/db/vault/opened';
import { createReview, editReview } from '../../../src/lib/db/writes';
import { LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { setScore } from '../../../src/lib/review/edit';
import { setText } from '../../../src/lib/review/text-targets';
import { meta } from '../db/support';
import { rawStores } from './support';

const FAST = 1_000;
const PASS = 'oikea salalause';
const NOTE = 'PLANTED-NOTE muistiin jäävä teksti';

const { key } = await createLock(PASS, FAST);

/** The same ciphertext with one byte changed at `at` (negative: from the end, i.e. the GCM tag). */
function changed(sealed: Sealed, at: number): Sealed {
	const data = new Uint8Array(sealed.data.slice(0));
	const i = at < 0 ? data.length + at : at;
	data[i] = data[i]! ^ 0x01;
	return { iv: sealed.iv, data: data.buffer };
}

/** As IndexedDB gives it back: equal bytes in fresh buffers. */
const copied = (sealed: Sealed): Sealed => structuredClone(sealed);

describe('OpenedTexts: which ciphertexts open from memory', () => {
	const texts = () => new OpenedTexts(3);

	it.each([
		['the ciphertext remembered, as read back (fresh buffers)', (s: Sealed) => copied(s), 'teksti'],
		['its first byte changed', (s: Sealed) => changed(s, 0), undefined],
		['its last byte (the tag) changed', (s: Sealed) => changed(s, -1), undefined],
		['one byte shorter', (s: Sealed) => ({ iv: s.iv, data: s.data.slice(0, -1) }), undefined],
		['the same bytes under another IV', (s: Sealed) => ({ iv: new Uint8Array(12), data: s.data }), undefined]
	])('%s', async (_, read, expected) => {
		const opened = texts();
		const sealed = await sealText(key, 'teksti');
		opened.remember(sealed, 'teksti');
		expect(opened.recall(read(sealed))).toBe(expected);
	});

	it('keeps the last few: the oldest goes first, and remembering again makes it new', async () => {
		const opened = texts();
		const s = await Promise.all(['1', '2', '3', '4', '5'].map((t) => sealText(key, t)));
		opened.remember(s[0]!, '1');
		opened.remember(s[1]!, '2');
		opened.remember(s[2]!, '3');
		opened.remember(s[0]!, '1');
		opened.remember(s[3]!, '4');
		expect(opened.size).toBe(3);
		expect(opened.recall(s[1]!)).toBeUndefined();
		expect([0, 2, 3].map((i) => opened.recall(s[i]!))).toEqual(['1', '3', '4']);
	});
});

describe('the lock on, through the write path', () => {
	let name = '';
	beforeEach(() => {
		name = `opened-${crypto.randomUUID()}`;
		useDatabase(openAppDatabase(name));
	});
	afterEach(() => {
		vi.restoreAllMocks();
		database().close();
		useDatabase(null);
	});

	async function lockedDraft(): Promise<string> {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await editReview(id, setText({ kind: 'conclusions' }, NOTE));
		await turnLockOn(PASS, 5, FAST);
		return id;
	}

	it('a tap reads the document the last tap sealed without decrypting it, and still stores it sealed', async () => {
		const id = await lockedDraft();
		await editReview(id, setScore(1, 4)); // the first read after turning the lock on decrypts
		const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
		const encrypt = vi.spyOn(globalThis.crypto.subtle, 'encrypt');
		for (let n = 2; n <= 6; n++) await editReview(id, setScore(n, 3));
		const loaded = parseStored(await database().reviews.get(id));
		expect(decrypt).not.toHaveBeenCalled();
		expect(encrypt).toHaveBeenCalledTimes(5);
		expect(loaded.kind === 'ready' && loaded.doc.conclusions).toBe(NOTE);
		expect(loaded.kind === 'ready' && loaded.doc.items.slice(0, 6).map((i) => i.score)).toEqual([4, 3, 3, 3, 3, 3]);
		const stored = (await rawStores(name)).reviews?.[0] as Record<string, unknown>;
		expect(stored).not.toHaveProperty('doc');
		expect(JSON.stringify(stored)).not.toContain('PLANTED');
	});

	it('a row changed at rest is decrypted, not served from memory, and so fails to open', async () => {
		const id = await lockedDraft();
		await editReview(id, setScore(1, 4));
		const raw = new Dexie(name);
		await raw.open();
		const row = (await raw.table('reviews').get(id)) as { sealedDoc: Sealed };
		await raw.table('reviews').put({ ...row, sealedDoc: changed(row.sealedDoc, 20) });
		raw.close();
		await expect(database().reviews.get(id)).rejects.toThrow();
		await expect(editReview(id, setScore(2, 4))).rejects.toBeTruthy();
	});

	it('locking forgets every remembered text, even one a late seal adds; after the unlock the first read decrypts again', async () => {
		const id = await lockedDraft();
		await editReview(id, setScore(1, 4));
		const ring = keyringOf(database());
		const before = ring.opened!;
		expect(before.size).toBeGreaterThan(0);
		lockNow();
		expect(ring.opened).toBeNull();
		before.remember(await sealText(key, 'myöhässä'), 'myöhässä'); // a seal that finishes after the lock
		expect(parseStored(await database().reviews.get(id))).toEqual({ kind: 'locked' });
		await unlock(PASS);
		expect(ring.opened).not.toBe(before);
		expect(ring.opened?.size).toBe(0);
		const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
		const loaded = parseStored(await database().reviews.get(id));
		expect(loaded.kind === 'ready' && loaded.doc.conclusions).toBe(NOTE);
		expect(decrypt).toHaveBeenCalledTimes(1);
	});
});
