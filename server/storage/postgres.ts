import postgres from 'postgres';
import { derivedColumns } from './derived-columns';
import { documentForJsonb, migratePostgres, readDocument } from './postgres-migrations';
import { receiptOf, recordOf, summaryOf, type ReceiptRow, type RevisionRow, type SummaryRow } from './records';
import { StoreBusyError, type NewRevision, type PutResult, type ReviewStore } from './types';

/**
 * Connections in the pool, by default two per core of the 2-core machine the budget is
 * set on: an upload is one short call, so more connections only add backends that
 * compete for the same cores (measured: ≈ 20 % more PostgreSQL CPU per upload with 16).
 * RECEIVER_PG_POOL raises it for a larger database server.
 */
export const DEFAULT_POOL = 4;

export type PostgresOptions = {
	/** Connections in the pool; default DEFAULT_POOL. */
	max?: number;
	/** How long one upload may wait for another upload of the same review; default 2 s, then 503. */
	lockTimeoutMs?: number;
};

type Sql = postgres.Sql;

/** The row laatuarvio_put_revision answers; the receipt columns are set for a duplicate only. */
type PutRow = Omit<ReceiptRow, 'reviewId' | 'revision'> & { outcome: 'stored' | 'duplicate' | 'mismatch' | 'newer-exists'; newest: number | null };

/** The derived columns (server/derived.ts), renamed to the shared RevisionRow. */
const FIGURES = `edition, end_date AS "endDate", item_scores AS "itemScores", agreement,
	identity_codes AS "identityCodes", possibly_personal AS "possiblyPersonal"`;

/** The columns every read selects, renamed to the shared RevisionRow (jsonb arrives parsed). */
const COLUMNS = `review_id AS "reviewId", revision, hash, document, client_totals AS "clientTotals",
	server_totals AS "serverTotals", totals_match AS "totalsMatch", service, organisation,
	start_date AS "startDate", total, level, receipt_id AS "receiptId", stored_at AS "storedAt", ${FIGURES}`;

/**
 * The PostgreSQL store, chosen by RECEIVER_DB=postgres://… . Documents are
 * jsonb; putRevision is one call of laatuarvio_put_revision (migration 3), which
 * serialises uploads of one review with a transaction-scoped advisory lock, so two
 * retries (or a newer revision racing an older one) are decided one after the
 * other, and the primary key is the backstop.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<ReviewStore> {
	const sql = postgres(url, {
		max: options.max ?? DEFAULT_POOL,
		onnotice: () => {}, // "relation already exists" notices are expected on every start
		connect_timeout: 10,
		// lock_timeout per connection, not per transaction: one round trip less on every upload.
		connection: { application_name: 'laatuarvio-receiver', lock_timeout: Math.max(1, Math.round(options.lockTimeoutMs ?? 2000)) }
	});
	try {
		await migratePostgres(sql);
	} catch (error) {
		await sql.end({ timeout: 1 });
		throw error;
	}
	const columns = sql.unsafe(COLUMNS);
	const figures = sql.unsafe(FIGURES);

	/** One round trip: the function (migration 3) locks, decides and inserts in the call's own transaction. */
	async function put(input: NewRevision): Promise<PutResult> {
		const d = derivedColumns(input.derived);
		const [row] = await sql<PutRow[]>`
			SELECT outcome, newest, receipt_id AS "receiptId", stored_at AS "storedAt", server_totals AS "serverTotals", totals_match AS "totalsMatch"
			FROM laatuarvio_put_revision(${input.reviewId}, ${input.revision}, ${input.hash}, ${documentForJsonb(input.documentJson)},
				${input.clientTotals === null ? null : JSON.stringify(input.clientTotals)}, ${JSON.stringify(input.serverTotals)},
				${input.totalsMatch}, ${input.summary.service}, ${input.summary.organisation}, ${input.summary.startDate},
				${input.serverTotals.total}, ${input.serverTotals.level}, ${input.receiptId}, ${input.storedAt},
				${d.edition}, ${d.endDate}, ${d.itemScores}, ${d.agreement}, ${d.identityCodes}, ${d.possiblyPersonal})`;
		const key = { reviewId: input.reviewId, revision: input.revision };
		switch (row?.outcome) {
			case 'stored':
				// What it inserted is what it was given: nothing to read back.
				return { kind: 'stored', receipt: receiptOf({ ...key, receiptId: input.receiptId, storedAt: input.storedAt, serverTotals: input.serverTotals, totalsMatch: input.totalsMatch }, false) };
			case 'duplicate':
				return { kind: 'duplicate', receipt: receiptOf({ ...key, ...row }, true) };
			case 'mismatch':
				return { kind: 'mismatch' };
			case 'newer-exists':
				return { kind: 'newer-exists', latestRevision: row.newest! };
			default:
				throw new Error('laatuarvio_put_revision answered no outcome');
		}
	}

	return {
		async putRevision(input) {
			try {
				return await put(input);
			} catch (error) {
				// 55P03 lock_not_available: another upload of this review held the lock past lock_timeout.
				if (codeOf(error) === '55P03') throw new StoreBusyError();
				throw error;
			}
		},
		async list() {
			const rows = await sql<SummaryRow[]>`
				SELECT review_id AS "reviewId", revision, service, organisation, start_date AS "startDate", total, level,
					stored_at AS "storedAt", receipt_id AS "receiptId", ${figures}
				FROM (SELECT DISTINCT ON (review_id) * FROM revisions ORDER BY review_id, revision DESC) latest
				ORDER BY stored_at DESC, review_id`;
			return rows.map(summaryOf);
		},
		async getLatest(reviewId) {
			const [row] = await sql<RevisionRow[]>`
				SELECT ${columns} FROM revisions WHERE review_id = ${reviewId} ORDER BY revision DESC LIMIT 1`;
			return row ? recordOf({ ...row, document: readDocument(row.document) }) : null;
		},
		async getRevision(reviewId, revision) {
			const [row] = await sql<RevisionRow[]>`
				SELECT ${columns} FROM revisions WHERE review_id = ${reviewId} AND revision = ${revision}`;
			return row ? recordOf({ ...row, document: readDocument(row.document) }) : null;
		},
		async clear() {
			await sql`TRUNCATE revisions`;
		},
		async close() {
			await sql.end({ timeout: 5 });
		}
	};
}

function codeOf(error: unknown): string | undefined {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' ? code : undefined;
}

export type { Sql };
