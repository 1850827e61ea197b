import { Dexie, type EntityTable, type Table } from 'dexie';
import type { OutboxRow, PayloadRow, ReviewRow, SettingsRow } from './types';

export const DB_NAME = 'laatuarvio';

export type Database = Dexie & {
	reviews: EntityTable<ReviewRow, 'id'>;
	outbox: Table<OutboxRow, [string, number]>;
	payloads: Table<PayloadRow, [string, number]>;
	settings: Table<SettingsRow, string>;
};

/**
 * The schema's versions. Never edit a shipped version: add the next one with an
 * `.upgrade()` that rewrites old rows, and a test in tests/unit/db/migrations.test.ts
 * that opens a database written by the old version.
 */
export function openDatabase(name = DB_NAME): Database {
	const db = new Dexie(name) as Database;
	db.version(1).stores({
		reviews: 'id, status, updatedAt, serviceKey',
		outbox: '[reviewId+revision], status, enqueuedAt, reviewId',
		payloads: '[reviewId+revision], reviewId',
		settings: 'key'
	});
	return db;
}

let shared: Database | null = null;

/** The app's one database connection, opened on first use. */
export function database(): Database {
	shared ??= openDatabase();
	return shared;
}

/** Tests swap in a fresh database (fake-indexeddb) per case. */
export function useDatabase(db: Database | null): void {
	shared = db;
}
