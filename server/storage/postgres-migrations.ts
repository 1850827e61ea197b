import type postgres from 'postgres';
import { backfillColumns } from './derived-columns';

/**
 * PostgreSQL schema changes, appended and never edited, like migrations.ts for
 * SQLite. Column names match the SQLite table so the two stores read alike.
 * A step is SQL, or a function for work SQL cannot do.
 */
type Step = string | ((tx: postgres.TransactionSql) => Promise<void>);

const MIGRATIONS: readonly Step[] = [
	// 1: the revisions as received.
	`CREATE TABLE revisions (
		review_id     text        NOT NULL,
		revision      integer     NOT NULL,
		hash          text        NOT NULL,
		document      jsonb       NOT NULL,
		client_totals jsonb,
		server_totals jsonb       NOT NULL,
		totals_match  boolean     NOT NULL,
		service       text        NOT NULL,
		organisation  text        NOT NULL,
		start_date    text        NOT NULL,
		total         integer     NOT NULL,
		level         text,
		receipt_id    text        NOT NULL UNIQUE,
		stored_at     text        NOT NULL,
		PRIMARY KEY (review_id, revision)
	)`,
	// 2: what the receiver computes, kept per revision (server/derived.ts), filled for the rows already there.
	async (tx) => {
		await tx.unsafe(`ALTER TABLE revisions
			ADD COLUMN edition text, ADD COLUMN end_date text, ADD COLUMN item_scores jsonb, ADD COLUMN agreement jsonb,
			ADD COLUMN identity_codes integer NOT NULL DEFAULT 0, ADD COLUMN possibly_personal integer NOT NULL DEFAULT 0`);
		const keys = await tx<{ reviewId: string; revision: number }[]>`SELECT review_id AS "reviewId", revision FROM revisions`;
		// One document at a time: a national collector's table does not fit in memory at once.
		for (const { reviewId, revision } of keys) {
			const [row] = await tx<{ document: unknown }[]>`SELECT document FROM revisions WHERE review_id = ${reviewId} AND revision = ${revision}`;
			if (!row) continue;
			const c = backfillColumns(readDocument(row.document));
			await tx`UPDATE revisions SET edition = ${c.edition}, end_date = ${c.endDate}, item_scores = ${c.itemScores}::text::jsonb,
				agreement = ${c.agreement}::text::jsonb, identity_codes = ${c.identityCodes}, possibly_personal = ${c.possiblyPersonal}
				WHERE review_id = ${reviewId} AND revision = ${revision}`;
		}
	}
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/**
 * jsonb cannot hold U+0000, so a document with one is stored as a jsonb *string*
 * holding its JSON text (where the character stays an escape); documents are
 * always objects, so a string here can only be that wrapping. Lossless both ways.
 */
export function documentForJsonb(documentJson: string): string {
	return documentJson.includes('\\u0000') ? JSON.stringify(documentJson) : documentJson;
}

export function readDocument(stored: unknown): unknown {
	return typeof stored === 'string' ? JSON.parse(stored) : stored;
}

/** Any constant: the advisory lock that keeps two receivers starting at once from both migrating. */
const MIGRATION_LOCK = 7_413_001;

/** Brings the database up to PG_SCHEMA_VERSION (`target`: tests building an older receiver's database). */
export async function migratePostgres(sql: postgres.Sql, target = PG_SCHEMA_VERSION): Promise<void> {
	await sql.begin(async (tx) => {
		// Wait as long as another receiver takes to migrate (the connections' lock_timeout is for uploads).
		await tx`SELECT set_config('lock_timeout', '0', true)`;
		await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
		await tx`CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`;
		const [row] = await tx<{ version: number }[]>`SELECT version FROM schema_version`;
		const current = row?.version ?? 0;
		if (current > PG_SCHEMA_VERSION) {
			throw new Error(`database schema ${current} is newer than this receiver (${PG_SCHEMA_VERSION})`);
		}
		if (current >= target) return;
		for (const step of MIGRATIONS.slice(current, target)) {
			if (typeof step === 'string') await tx.unsafe(step);
			else await step(tx);
		}
		await tx`DELETE FROM schema_version`;
		await tx`INSERT INTO schema_version (version) VALUES (${target})`;
	});
}
