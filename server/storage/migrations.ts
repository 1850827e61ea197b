import type Database from 'better-sqlite3';
import { backfillColumns } from './derived-columns';

/**
 * Schema changes are appended here, never edited: on open, every migration past
 * the stored schema_version runs in one transaction. A step is SQL, or a function
 * for work SQL cannot do (computing figures from stored documents).
 */
type Step = string | ((db: Database.Database) => void);

const MIGRATIONS: readonly Step[] = [
	// 1: the revisions as received.
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
	) STRICT`,
	// 2: what the receiver computes, kept per revision (server/derived.ts), filled for the rows already there.
	(db) => {
		db.exec(`ALTER TABLE revisions ADD COLUMN edition TEXT;
			ALTER TABLE revisions ADD COLUMN end_date TEXT;
			ALTER TABLE revisions ADD COLUMN item_scores TEXT;
			ALTER TABLE revisions ADD COLUMN agreement TEXT;
			ALTER TABLE revisions ADD COLUMN identity_codes INTEGER NOT NULL DEFAULT 0;
			ALTER TABLE revisions ADD COLUMN possibly_personal INTEGER NOT NULL DEFAULT 0`);
		backfillDerived(db);
	}
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** One document at a time: a national collector's file does not fit in memory at once. */
function backfillDerived(db: Database.Database): void {
	const keys = db.prepare<[], { review_id: string; revision: number }>('SELECT review_id, revision FROM revisions').all();
	const read = db.prepare<[string, number], { document: string }>('SELECT document FROM revisions WHERE review_id = ? AND revision = ?');
	const write = db.prepare(`UPDATE revisions SET edition = @edition, end_date = @endDate, item_scores = @itemScores,
		agreement = @agreement, identity_codes = @identityCodes, possibly_personal = @possiblyPersonal
		WHERE review_id = @reviewId AND revision = @revision`);
	for (const { review_id: reviewId, revision } of keys) {
		const row = read.get(reviewId, revision);
		if (row) write.run({ ...backfillColumns(JSON.parse(row.document)), reviewId, revision });
	}
}

/**
 * Brings a database up to SCHEMA_VERSION; refuses one written by a newer receiver rather than guess.
 * `target` is for tests that build a database as an older receiver left it.
 */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
	// One write transaction around read-and-upgrade, so two processes opening a new file cannot both migrate it.
	db.transaction(() => {
		db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
		const row = db.prepare<[], { version: number }>('SELECT version FROM schema_version').get();
		const current = row?.version ?? 0;
		if (current > SCHEMA_VERSION) {
			throw new Error(`database schema ${current} is newer than this receiver (${SCHEMA_VERSION})`);
		}
		if (current >= target) return;
		for (const step of MIGRATIONS.slice(current, target)) {
			if (typeof step === 'string') db.exec(step);
			else step(db);
		}
		db.exec('DELETE FROM schema_version');
		db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(target);
	}).immediate();
}
