import type postgres from 'postgres';
import { backfillColumns } from './derived-columns';

/**
 * PostgreSQL schema changes, appended and never edited, like migrations.ts for
 * SQLite. Column names match the SQLite table so the two stores read alike.
 * A step is SQL, or a function for work SQL cannot do.
 */
type Step = string | ((tx: postgres.TransactionSql) => Promise<void>);

/**
 * putRevision in one round trip. The transaction-scoped advisory lock on the review id
 * serialises every upload of one review (retries of one revision, and an older revision
 * racing a newer one); the statements after it run with fresh snapshots (PL/pgSQL, read
 * committed), so they see whatever the upload that held the lock before committed. The
 * primary key stays the backstop. JSON arrives as text and is parsed once, by the cast.
 * Answers one row: 'stored', 'duplicate' (with the first receipt's columns), 'mismatch',
 * or 'newer-exists' (with the newest revision). A later change to it is a new step with
 * CREATE OR REPLACE, never an edit of this one.
 */
const PUT_REVISION_FUNCTION = `CREATE OR REPLACE FUNCTION laatuarvio_put_revision(
		p_review_id text, p_revision integer, p_hash text, p_document text, p_client_totals text, p_server_totals text,
		p_totals_match boolean, p_service text, p_organisation text, p_start_date text, p_total integer, p_level text,
		p_receipt_id text, p_stored_at text, p_edition text, p_end_date text, p_item_scores text, p_agreement text,
		p_identity_codes integer, p_possibly_personal integer)
	RETURNS TABLE (outcome text, newest integer, receipt_id text, stored_at text, server_totals jsonb, totals_match boolean)
	LANGUAGE plpgsql VOLATILE AS $fn$
	DECLARE
		found_hash text;
	BEGIN
		PERFORM pg_advisory_xact_lock(hashtextextended(p_review_id, 0));
		SELECT r.hash, r.receipt_id, r.stored_at, r.server_totals, r.totals_match
			INTO found_hash, receipt_id, stored_at, server_totals, totals_match
			FROM revisions r WHERE r.review_id = p_review_id AND r.revision = p_revision;
		IF found_hash IS NOT NULL THEN
			outcome := CASE WHEN found_hash = p_hash THEN 'duplicate' ELSE 'mismatch' END;
			RETURN NEXT;
			RETURN;
		END IF;
		SELECT max(r.revision) INTO newest FROM revisions r WHERE r.review_id = p_review_id;
		IF newest > p_revision THEN
			outcome := 'newer-exists';
			RETURN NEXT;
			RETURN;
		END IF;
		INSERT INTO revisions (review_id, revision, hash, document, client_totals, server_totals, totals_match,
			service, organisation, start_date, total, level, receipt_id, stored_at,
			edition, end_date, item_scores, agreement, identity_codes, possibly_personal)
		VALUES (p_review_id, p_revision, p_hash, p_document::jsonb, p_client_totals::jsonb, p_server_totals::jsonb, p_totals_match,
			p_service, p_organisation, p_start_date, p_total, p_level, p_receipt_id, p_stored_at,
			p_edition, p_end_date, p_item_scores::jsonb, p_agreement::jsonb, p_identity_codes, p_possibly_personal);
		outcome := 'stored';
		RETURN NEXT;
	END
	$fn$`;

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
	},
	// 3: an upload decided and written in one call, so one round trip (server/README.md, "Storage").
	PUT_REVISION_FUNCTION
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
