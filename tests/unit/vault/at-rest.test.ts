import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openAppDatabase, useDatabase } from '../../../src/lib/db/database';
import { claimNextDue } from '../../../src/lib/db/outbox';
import { parseStored } from '../../../src/lib/db/read-review';
import { reviewRows } from '../../../src/lib/db/reads';
import { readSettings, saveSettings } from '../../../src/lib/db/settings';
import { keyringOf } from '../../../src/lib/db/vault/keyring';
import { changePassphrase, lockNow, turnLockOff, turnLockOn, unlock } from '../../../src/lib/db/vault/lock';
import { createReview, editReview, finishReview } from '../../../src/lib/db/writes';
import { setScore } from '../../../src/lib/review/edit';
import { setText } from '../../../src/lib/review/text-targets';
import { LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { failure, meta } from '../db/support';
import { rawStores } from './support';

const NOTE = 'PLANTED-NOTE Asiakas kertoi työhönvalmentajasta';
const TOKEN = 'PLANTED-TOKEN-123';
const FAST = 1_000; // PBKDF2 iterations for these cases; the real count is tested in crypto.test.ts
const PASS = 'oikea salalause';

let name = '';

const raw = () => rawStores(name);

/** Every string and byte run in the stores, for a plain-text search. */
function text(value: unknown): string {
	if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return Buffer.from(value as ArrayBuffer).toString('latin1');
	if (typeof value === 'string') return value;
	if (value && typeof value === 'object') return Object.values(value).map(text).join('\n');
	return String(value);
}

async function draftWithNote(): Promise<string> {
	const id = await createReview({ ...meta, service: 'Palvelu Joensuu' }, LATEST_EDITION_ID);
	await editReview(id, setScore(1, 4));
	await editReview(id, setText({ kind: 'conclusions' }, NOTE));
	return id;
}

beforeEach(() => {
	name = `vault-${crypto.randomUUID()}`;
	useDatabase(openAppDatabase(name));
});
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('with the lock on', () => {
	it('stores documents, payloads and the token sealed; summaries and the outbox stay clear', async () => {
		const id = await draftWithNote();
		await saveSettings('sync', { endpoint: 'https://example.test', token: TOKEN });
		const before = text(await raw());
		expect(before).toContain(NOTE);
		await turnLockOn(PASS, 5, FAST);
		for (let n = 2; n <= 25; n++) await editReview(id, setScore(n, 3));
		await finishReview(id);

		const stores = await raw();
		const all = text(stores);
		expect(all).not.toContain('PLANTED');
		expect(stores.reviews?.[0]).not.toHaveProperty('doc');
		expect(stores.reviews?.[0]).toHaveProperty('sealedDoc');
		expect(stores.payloads?.[0]).not.toHaveProperty('doc');
		expect(stores.summaries?.[0]).toMatchObject({ id, service: 'Palvelu Joensuu', status: 'finished' });
		expect(stores.outbox?.[0]).toMatchObject({ reviewId: id, status: 'pending', service: 'Palvelu Joensuu' });
		expect(stores.settings?.find((r) => (r as { key: string }).key === 'sync')).toMatchObject({ token: null, endpoint: 'https://example.test' });
	});

	it('reads and writes through the one write path as before while unlocked', async () => {
		const id = await draftWithNote();
		await turnLockOn(PASS, 5, FAST);
		await editReview(id, setScore(2, 5));
		const loaded = parseStored(await database().reviews.get(id));
		expect(loaded.kind).toBe('ready');
		if (loaded.kind === 'ready') {
			expect(loaded.doc.conclusions).toBe(NOTE);
			expect(loaded.doc.items.find((i) => i.number === 2)?.score).toBe(5);
		}
		expect((await reviewRows([id]))[0]?.doc).toMatchObject({ conclusions: NOTE });
		await saveSettings('sync', { endpoint: 'https://example.test', token: TOKEN });
		expect((await readSettings('sync')).token).toBe(TOKEN);
	});

	it('while locked: reads say locked, writes are refused and change nothing, the queue claims nothing', async () => {
		const id = await draftWithNote();
		for (let n = 2; n <= 25; n++) await editReview(id, setScore(n, 3));
		await finishReview(id);
		await turnLockOn(PASS, 5, FAST);
		lockNow();
		const before = await raw();
		expect(parseStored(await database().reviews.get(id))).toEqual({ kind: 'locked' });
		expect(await failure(editReview(id, setScore(1, 2)))).toEqual({ kind: 'locked' });
		expect(await failure(createReview(meta, LATEST_EDITION_ID))).toEqual({ kind: 'locked' });
		expect(await failure(saveSettings('sync', { token: 'other' }))).toEqual({ kind: 'locked' });
		await expect(claimNextDue(Date.now())).rejects.toMatchObject({ failure: { kind: 'locked' } });
		expect(await raw()).toEqual(before);
	});

	it('a reopened database starts locked; a wrong passphrase changes nothing; the right one reads everything', async () => {
		const id = await draftWithNote();
		await turnLockOn(PASS, 5, FAST);
		database().close();
		useDatabase(openAppDatabase(name));
		expect(parseStored(await database().reviews.get(id))).toEqual({ kind: 'locked' });
		expect(keyringOf(database()).state.kind).toBe('locked');
		const before = await raw();
		expect(await unlock('väärä salalause')).toEqual({ kind: 'wrong-passphrase' });
		expect(keyringOf(database()).state.kind).toBe('locked');
		expect(await raw()).toEqual(before);
		expect(await unlock(PASS)).toEqual({ kind: 'done' });
		const loaded = parseStored(await database().reviews.get(id));
		expect(loaded.kind === 'ready' && loaded.doc.conclusions).toBe(NOTE);
	});

	it('changing the passphrase rewraps the key: rows are untouched, the old passphrase no longer opens', async () => {
		const id = await draftWithNote();
		await turnLockOn(PASS, 5, FAST);
		const reviewsBefore = (await raw()).reviews;
		expect(await changePassphrase('väärä salalause', 'uusi salalause')).toEqual({ kind: 'wrong-passphrase' });
		expect(await changePassphrase(PASS, 'uusi salalause')).toEqual({ kind: 'done' });
		expect((await raw()).reviews).toEqual(reviewsBefore);
		lockNow();
		expect(await unlock(PASS)).toEqual({ kind: 'wrong-passphrase' });
		expect(await unlock('uusi salalause')).toEqual({ kind: 'done' });
		const loaded = parseStored(await database().reviews.get(id));
		expect(loaded.kind === 'ready' && loaded.doc.conclusions).toBe(NOTE);
	});

	it('the queue claims a clear document while unlocked', async () => {
		const id = await draftWithNote();
		for (let n = 2; n <= 25; n++) await editReview(id, setScore(n, 3));
		await finishReview(id);
		await turnLockOn(PASS, 5, FAST);
		const claimed = await claimNextDue(Date.now());
		expect(claimed?.doc).toMatchObject({ id, conclusions: NOTE });
	});
});

describe('turning the lock off', () => {
	it('needs the passphrase, and puts back the clear rows exactly as they were', async () => {
		const id = await draftWithNote();
		for (let n = 2; n <= 25; n++) await editReview(id, setScore(n, 3));
		await finishReview(id);
		await saveSettings('sync', { endpoint: 'https://example.test', token: TOKEN });
		const clear = await raw();
		await turnLockOn(PASS, 5, FAST);
		expect(await turnLockOff('väärä salalause')).toEqual({ kind: 'wrong-passphrase' });
		expect(text(await raw())).not.toContain('PLANTED');
		expect(await turnLockOff(PASS)).toEqual({ kind: 'done' });
		expect(keyringOf(database()).state.kind).toBe('off');
		expect(await raw()).toEqual(clear);
		// Later writes are clear again.
		const next = await createReview(meta, LATEST_EDITION_ID);
		await editReview(next, setText({ kind: 'conclusions' }, 'toinen'));
		expect((await raw()).reviews?.every((r) => !('sealedDoc' in (r as object)))).toBe(true);
	});
});

describe('the uploader while locked', () => {
	it('neither sends, drops nor fails a queued row, and sends it once after unlocking', async () => {
		const { createUploader } = await import('../../../src/lib/sync/uploader');
		const { isLocked } = await import('../../../src/lib/db/vault/current');
		const id = await draftWithNote();
		for (let n = 2; n <= 25; n++) await editReview(id, setScore(n, 3));
		await finishReview(id);
		await saveSettings('sync', { endpoint: 'https://example.test/api/v1', token: TOKEN });
		await turnLockOn(PASS, 5, FAST);
		lockNow();
		const puts: string[] = [];
		const uploader = createUploader({
			transport: {
				async put(url: string) {
					puts.push(url);
					return { status: 200, headers: {}, bodyText: '' };
				}
			} as never,
			now: Date.now,
			random: () => 0.5,
			settings: () => readSettings('sync'),
			locked: isLocked
		});
		expect(await uploader.drain()).toEqual({ kind: 'locked' });
		expect(puts).toEqual([]);
		expect((await database().outbox.get([id, 1]))?.status).toBe('pending');
		await unlock(PASS);
		await uploader.drain();
		expect(puts).toHaveLength(1);
	});
});
