import { Dexie } from 'dexie';
import type { Database } from '../database';
import { database } from '../database';
import { toWriteError } from '../errors';
import { createLock, openLock, rewrapLock, type LockRecord } from './crypto';
import { holdsClearContent, isSealedRow, openRow, sealRow, type SealedTable } from './codec';
import { keyringOf } from './keyring';
import { sameBytes, unlocked } from './opened';
import { DEFAULT_IDLE_MINUTES, lockTable, readLockSettings } from './state';

// The light half (state, follow, lock now) is ./state.ts; re-exported so callers of the verbs need one import.
export { DEFAULT_IDLE_MINUTES, followStoredLock, loadLockState, lockNow, readLockSettings, type LockSettings } from './state';

/**
 * The lock's verbs: turn on, unlock, lock now, change the passphrase, turn off.
 * The lock record lives in `settings` under the key 'lock' (clear: it holds the
 * salt, the wrapped data key and the verifier, none of which opens anything
 * without the passphrase); its presence is what "the lock is on" means.
 */

export type LockOutcome = { kind: 'done' } | { kind: 'wrong-passphrase' } | { kind: 'damaged' };

const SEALED: readonly SealedTable[] = ['reviews', 'payloads', 'settings'];

/** Rewrites every row of the sealed tables with `change`, inside the caller's transaction. */
async function rewriteAll(db: Database, change: (table: SealedTable, row: Record<string, unknown>) => Promise<Record<string, unknown>>) {
	for (const name of SEALED) {
		const table = db.table(name);
		const rows = (await table.toArray()) as Record<string, unknown>[];
		// WebCrypto is not IndexedDB: Dexie.waitFor keeps the transaction open meanwhile.
		const changed = await Dexie.waitFor(Promise.all(rows.map((row) => change(name, row))));
		await table.bulkPut(changed);
	}
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toWriteError(error);
	}
}

/**
 * Turns the lock on: a new data key, every review document, frozen payload and
 * the upload token sealed, and the lock record stored, in ONE transaction; this
 * tab stays unlocked. Rows are sealed here by hand while this tab's keyring is
 * still 'off', so if the transaction fails nothing is sealed under a key that
 * was never stored.
 */
export async function turnLockOn(passphrase: string, idleMinutes = DEFAULT_IDLE_MINUTES, iterations?: number): Promise<void> {
	const db = database();
	const ring = keyringOf(db);
	if (ring.state.kind !== 'off') throw new Error('lock: already on');
	const { record, key } = await createLock(passphrase, iterations);
	await guarded(() =>
		db.transaction('rw', SEALED.map((n) => db.table(n)), async () => {
			await rewriteAll(db, (table, row) => sealRow(table, row, key));
			await lockTable(db).put({ key: 'lock', record, idleMinutes });
		})
	);
	ring.set(unlocked(key));
	await sealStragglers(db);
}

/** A write this tab made between the commit above and the keyring change went down clear: seal it now. */
async function sealStragglers(db: Database): Promise<void> {
	await db.transaction('rw', SEALED.map((n) => db.table(n)), async () => {
		for (const name of SEALED) {
			const table = db.table(name);
			const clear = ((await table.toArray()) as Record<string, unknown>[]).filter((r) => holdsClearContent(name, r));
			if (clear.length > 0) await table.bulkPut(clear); // the middleware seals them
		}
	});
}

export async function unlock(passphrase: string): Promise<LockOutcome> {
	const db = database();
	const lock = await readLockSettings(db);
	if (!lock) return { kind: 'done' };
	const opened = await openLock(passphrase, lock.record);
	if (opened.kind !== 'unlocked') return opened;
	keyringOf(db).set(unlocked(opened.key));
	return { kind: 'done' };
}

/** A new passphrase rewraps the same data key: one small write, the rows stay as they are. */
export async function changePassphrase(current: string, next: string): Promise<LockOutcome> {
	const db = database();
	const lock = await readLockSettings(db);
	if (!lock) throw new Error('lock: not on');
	const changed = await rewrapLock(current, next, lock.record);
	if (changed.kind !== 'rewrapped') return changed;
	await guarded(() =>
		db.transaction('rw', db.settings, async () => {
			// Another tab may have changed it meanwhile: rewrap only the record we checked against.
			const still = await readLockSettings(db);
			if (!still || !sameBytes(still.record.wrappedKey.data, lock.record.wrappedKey.data)) throw new Error('lock: changed in another tab');
			await lockTable(db).put({ ...lock, record: changed.record });
		})
	);
	return { kind: 'done' };
}

export async function setIdleMinutes(minutes: number): Promise<void> {
	const db = database();
	await guarded(() =>
		db.transaction('rw', db.settings, async () => {
			const lock = await readLockSettings(db);
			if (lock) await lockTable(db).put({ ...lock, idleMinutes: minutes });
		})
	);
}

/**
 * Turns the lock off with the passphrase: every sealed row opened back to clear
 * and the lock record removed, in ONE transaction. The keyring goes 'off' before
 * the writes (so the middleware stores them as given) and back to unlocked if
 * the transaction fails.
 */
export async function turnLockOff(passphrase: string): Promise<LockOutcome> {
	const db = database();
	const ring = keyringOf(db);
	const lock = await readLockSettings(db);
	if (!lock) return { kind: 'done' };
	const opened = await openLock(passphrase, lock.record);
	if (opened.kind !== 'unlocked') return opened;
	const key = opened.key;
	try {
		await guarded(() =>
			db.transaction('rw', SEALED.map((n) => db.table(n)), async () => {
				ring.set({ kind: 'off' });
				await rewriteAll(db, (table, row) => (isSealedRow(table, row) ? openRow(table, row, key) : Promise.resolve(row)));
				await lockTable(db).delete('lock');
			})
		);
	} catch (error) {
		ring.set(unlocked(key));
		throw error;
	}
	return { kind: 'done' };
}
