import { Dexie, type EntityTable, type Table } from 'dexie';
import type { OutboxRow, PayloadRow, ReviewRow, SettingsRow, SummaryRow } from './types';
import { VERSIONS } from './versions';
import { repairSummaries } from './review-rows';
import { keyringOf } from './vault/keyring';
import { vaultMiddleware } from './vault/middleware';
import { loadLockState } from './vault/state';

export const DB_NAME = 'laatuarvio';

// Dexie switches its debug mode on for any page served from localhost (as `npm start`
// and the bench serve it): a console task and a stack per table call. A built app is
// not a debugging session, wherever it is served from.
if (import.meta.env?.PROD) Dexie.debug = false;

export type Database = Dexie & {
	reviews: EntityTable<ReviewRow, 'id'>;
	summaries: EntityTable<SummaryRow, 'id'>;
	outbox: Table<OutboxRow, [string, number]>;
	payloads: Table<PayloadRow, [string, number]>;
	settings: Table<SettingsRow, string>;
};

/**
 * The database with every schema version in ./versions.ts declared, or only the
 * first `upTo` of them: the upgrade harness (tests/unit/db/migrations.test.ts)
 * writes old rows through an old version, then opens the current one.
 */
export function openDatabase(name = DB_NAME, upTo: number = VERSIONS.length): Database {
	const db = new Dexie(name) as Database;
	for (const v of VERSIONS.slice(0, upTo)) {
		const declared = db.version(v.version).stores(v.stores);
		if (v.upgrade) declared.upgrade(v.upgrade);
	}
	// Encryption at rest (src/lib/db/vault): a pass-through until the lock is turned on.
	db.use(vaultMiddleware(keyringOf(db)));
	return db;
}

/** The current database as the app opens it: summaries are checked against the reviews before any read. */
export function openAppDatabase(name = DB_NAME): Database {
	const db = openDatabase(name);
	db.on('ready', (vip) => repairSummaries(vip as Database));
	// `vip` is a proxy of db, not db: the lock state belongs to db's own keyring.
	db.on('ready', (vip) => loadLockState(vip as Database, keyringOf(db)));
	return db;
}

let shared: Database | null = null;

/** The app's one database connection, opened on first use. */
export function database(): Database {
	shared ??= openAppDatabase();
	return shared;
}

/** Tests swap in a fresh database (fake-indexeddb) per case. */
export function useDatabase(db: Database | null): void {
	shared = db;
}
