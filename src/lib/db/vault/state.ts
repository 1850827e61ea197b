import type { Database } from '../database';
import { database } from '../database';
import type { LockRecord } from './crypto';
import { keyringOf } from './keyring';

/**
 * Where the lock stands, read and followed without any cryptography: the database's
 * open, the gate of every screen and the automatic lock need only this, so with the
 * lock off (the default) the reviews list loads no WebCrypto code at all (the
 * first-load budget, README). The verbs that need the key are in ./lock.ts.
 */

export const DEFAULT_IDLE_MINUTES = 5;

export type LockSettings = { key: 'lock'; record: LockRecord; idleMinutes: number };

export const lockTable = (db: Database) => db.table<LockSettings, string>('settings');

export function readLockSettings(db: Database = database()): Promise<LockSettings | undefined> {
	return lockTable(db).get('lock');
}

/** Run when the database opens: a device with a lock starts locked. */
export async function loadLockState(db: Database, ring = keyringOf(db)): Promise<void> {
	const lock = await lockTable(db).get('lock');
	if (lock && ring.state.kind === 'off') ring.set({ kind: 'locked' });
	if (!lock && ring.state.kind !== 'off') ring.set({ kind: 'off' });
}

/**
 * Another tab turned the lock on or off (the lock row changed under a live query):
 * this tab, which has no key for a lock it did not open, locks; when the lock went
 * off, the rows are clear again and so is this tab.
 */
export function followStoredLock(present: boolean, db: Database = database()): void {
	const ring = keyringOf(db);
	if (present && ring.state.kind === 'off') ring.set({ kind: 'locked' });
	if (!present && ring.state.kind !== 'off') ring.set({ kind: 'off' });
}

/** Forgets the key: from now on this tab can neither read nor write content until unlocked. */
export function lockNow(db: Database = database()): void {
	if (keyringOf(db).state.kind === 'unlocked') keyringOf(db).set({ kind: 'locked' });
}
