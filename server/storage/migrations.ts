import type Database from 'better-sqlite3';

/**
 * Schema changes are appended here, never edited: on open, every migration past
 * the stored schema_version runs in one transaction.
 */
const MIGRATIONS: readonly string[] = [
	`CREATE TABLE revisions (
		review_id     TEXT    NOT NULL,
		revision      INTEGER NOT NULL,
		hash          TEXT    NOT NULL,
		document      TEXT    NOT NULL,
		client_totals TEXT,
		server_totals TEXT    NOT NULL,
		totals_match  INTEGER NOT NULL,
		service       TEXT    NOT NULL,
		organisation  TEXT    NOT NULL,
		start_date    TEXT    NOT NULL,
		total         INTEGER NOT NULL,
		level         TEXT,
		receipt_id    TEXT    NOT NULL UNIQUE,
		stored_at     TEXT    NOT NULL,
		PRIMARY KEY (review_id, revision)
	) STRICT`
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a database up to SCHEMA_VERSION; refuses one written by a newer receiver rather than guess. */
export function migrate(db: Database.Database): void {
	// One write transaction around read-and-upgrade, so two processes opening a new file cannot both migrate it.
	db.transaction(() => {
		db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
		const row = db.prepare<[], { version: number }>('SELECT version FROM schema_version').get();
		const current = row?.version ?? 0;
		if (current > SCHEMA_VERSION) {
			throw new Error(`database schema ${current} is newer than this receiver (${SCHEMA_VERSION})`);
		}
		if (current === SCHEMA_VERSION) return;
		for (const step of MIGRATIONS.slice(current)) db.exec(step);
		db.exec('DELETE FROM schema_version');
		db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(SCHEMA_VERSION);
	}).immediate();
}
