import type postgres from 'postgres';

/**
 * PostgreSQL schema changes, appended and never edited, like migrations.ts for
 * SQLite. Column names match the SQLite table so the two stores read alike.
 */
const MIGRATIONS: readonly string[] = [
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
	)`
];

export const PG_SCHEMA_VERSION = MIGRATIONS.length;

/** Any constant: the advisory lock that keeps two receivers starting at once from both migrating. */
const MIGRATION_LOCK = 7_413_001;

export async function migratePostgres(sql: postgres.Sql): Promise<void> {
	await sql.begin(async (tx) => {
		await tx`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`;
		await tx`CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`;
		const [row] = await tx<{ version: number }[]>`SELECT version FROM schema_version`;
		const current = row?.version ?? 0;
		if (current > PG_SCHEMA_VERSION) {
			throw new Error(`database schema ${current} is newer than this receiver (${PG_SCHEMA_VERSION})`);
		}
		if (current === PG_SCHEMA_VERSION) return;
		for (const step of MIGRATIONS.slice(current)) await tx.unsafe(step);
		await tx`DELETE FROM schema_version`;
		await tx`INSERT INTO schema_version (version) VALUES (${PG_SCHEMA_VERSION})`;
	});
}
