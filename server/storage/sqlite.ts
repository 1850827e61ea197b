import Database from 'better-sqlite3';
import type { LevelId } from '../../src/lib/instrument/schema';
import { derivedColumns } from './derived-columns';
import { migrate } from './migrations';
import { receiptOf, recordOf, summaryOf, type ReceiptRow, type RevisionRow, type SummaryRow } from './records';
import { StoreBusyError, type NewRevision, type PutResult, type ReviewStore, type StoredRecord } from './types';

type Row = {
	review_id: string;
	revision: number;
	hash: string;
	document: string;
	client_totals: string | null;
	server_totals: string;
	totals_match: number;
	service: string;
	organisation: string;
	start_date: string;
	total: number;
	level: string | null;
	receipt_id: string;
	stored_at: string;
	edition: string | null;
	end_date: string | null;
	item_scores: string | null;
	agreement: string | null;
	identity_codes: number;
	possibly_personal: number;
};

export type SqliteOptions = {
	/** How long a write may wait for another process's lock before it answers busy (503); default 2 s. */
	busyWaitMs?: number;
};

/** `path` is a file (created with its tables) or ':memory:'. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): ReviewStore {
	const busyWaitMs = options.busyWaitMs ?? 2000;
	// Opening may wait for the lock synchronously: nothing is served yet.
	const db = new Database(path, { timeout: 5000 });
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	migrate(db);
	// From here on SQLite must never wait inside a call: its busy wait would block the
	// event loop (health checks, every other request). Waiting is done below, between timers.
	db.pragma('busy_timeout = 0');

	const byKey = db.prepare<[string, number], Row>('SELECT * FROM revisions WHERE review_id = ? AND revision = ?');
	const latest = db.prepare<[string], Row>(
		'SELECT * FROM revisions WHERE review_id = ? ORDER BY revision DESC LIMIT 1'
	);
	const insert = db.prepare(`INSERT INTO revisions (review_id, revision, hash, document, client_totals, server_totals,
		totals_match, service, organisation, start_date, total, level, receipt_id, stored_at,
		edition, end_date, item_scores, agreement, identity_codes, possibly_personal)
		VALUES (@reviewId, @revision, @hash, @documentJson, @clientTotals, @serverTotals, @totalsMatch,
		@service, @organisation, @startDate, @total, @level, @receiptId, @storedAt,
		@edition, @endDate, @itemScores, @agreement, @identityCodes, @possiblyPersonal)`);
	// Receipts and listings never read the document column (tens of kilobytes a row).
	const receiptByKey = db.prepare<[string, number], ReceiptColumns>(`SELECT ${RECEIPT_COLUMNS} FROM revisions WHERE review_id = ? AND revision = ?`);
	const newestRevision = db.prepare<[string], { revision: number | null }>('SELECT MAX(revision) AS revision FROM revisions WHERE review_id = ?');
	const listLatest = db.prepare<[], SummaryColumns>(`
		SELECT ${SUMMARY_COLUMNS} FROM revisions r
		WHERE NOT EXISTS (SELECT 1 FROM revisions n WHERE n.review_id = r.review_id AND n.revision > r.revision)
		ORDER BY stored_at DESC, review_id`);

	// IMMEDIATE takes the write lock before the reads, so the decision and the insert cannot interleave.
	const put = db.transaction((input: NewRevision): PutResult => {
		const same = receiptByKey.get(input.reviewId, input.revision);
		if (same) {
			return same.hash === input.hash ? { kind: 'duplicate', receipt: receiptOf(receiptRowOf(same), true) } : { kind: 'mismatch' };
		}
		const newest = newestRevision.get(input.reviewId)?.revision ?? null;
		if (newest !== null && newest > input.revision) return { kind: 'newer-exists', latestRevision: newest };
		insert.run({
			reviewId: input.reviewId,
			revision: input.revision,
			hash: input.hash,
			documentJson: input.documentJson,
			service: input.summary.service,
			organisation: input.summary.organisation,
			startDate: input.summary.startDate,
			receiptId: input.receiptId,
			storedAt: input.storedAt,
			clientTotals: input.clientTotals === null ? null : JSON.stringify(input.clientTotals),
			serverTotals: JSON.stringify(input.serverTotals),
			totalsMatch: input.totalsMatch ? 1 : 0,
			total: input.serverTotals.total,
			level: input.serverTotals.level,
			...derivedColumns(input.derived)
		});
		const stored = receiptByKey.get(input.reviewId, input.revision);
		if (!stored) throw new Error('revision vanished inside its own transaction');
		return { kind: 'stored', receipt: receiptOf(receiptRowOf(stored), false) };
	});

	return {
		async putRevision(input) {
			return withBusyRetry(() => put.immediate(input), busyWaitMs);
		},
		async list() {
			return listLatest.all().map((row) => summaryOf(summaryRowOf(row)));
		},
		async getLatest(reviewId) {
			const row = latest.get(reviewId);
			return row ? recordOf(rowOf(row)) : null;
		},
		async getRevision(reviewId, revision) {
			const row = byKey.get(reviewId, revision);
			return row ? recordOf(rowOf(row)) : null;
		},
		async clear() {
			db.exec('DELETE FROM revisions');
		},
		async close() {
			db.close();
		}
	};
}

/**
 * Runs a synchronous SQLite step, retrying on SQLITE_BUSY after short timer
 * waits (the event loop keeps serving meanwhile) until `budgetMs` is spent.
 */
async function withBusyRetry<T>(step: () => T, budgetMs: number): Promise<T> {
	const deadline = performance.now() + budgetMs;
	for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
		try {
			return step();
		} catch (error) {
			if (!isBusy(error)) throw error;
			const left = deadline - performance.now();
			if (left <= 0) throw new StoreBusyError();
			await new Promise((resolve) => setTimeout(resolve, Math.min(wait, left)));
		}
	}
}

function isBusy(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

const RECEIPT_COLUMNS = 'review_id, revision, hash, server_totals, totals_match, receipt_id, stored_at';
type ReceiptColumns = Pick<Row, 'review_id' | 'revision' | 'hash' | 'server_totals' | 'totals_match' | 'receipt_id' | 'stored_at'>;
const SUMMARY_COLUMNS = `review_id, revision, service, organisation, start_date, total, level, receipt_id, stored_at,
	edition, end_date, item_scores, agreement, identity_codes, possibly_personal`;
type SummaryColumns = Omit<Row, 'document' | 'client_totals' | 'server_totals' | 'totals_match' | 'hash'>;

function receiptRowOf(row: ReceiptColumns): ReceiptRow {
	return {
		reviewId: row.review_id,
		revision: row.revision,
		serverTotals: JSON.parse(row.server_totals),
		totalsMatch: row.totals_match === 1,
		receiptId: row.receipt_id,
		storedAt: row.stored_at
	};
}

/** SQLite keeps JSON as text and booleans as integers; the shared mapping wants them parsed. */
function rowOf(row: Row): RevisionRow {
	return {
		...summaryRowOf(row),
		...receiptRowOf(row),
		document: JSON.parse(row.document),
		clientTotals: row.client_totals === null ? null : JSON.parse(row.client_totals)
	};
}

function summaryRowOf(row: SummaryColumns): SummaryRow {
	return {
		reviewId: row.review_id,
		revision: row.revision,
		receiptId: row.receipt_id,
		storedAt: row.stored_at,
		level: row.level as LevelId | null,
		service: row.service,
		organisation: row.organisation,
		startDate: row.start_date,
		total: row.total,
		edition: row.edition,
		endDate: row.end_date,
		itemScores: row.item_scores === null ? null : JSON.parse(row.item_scores),
		agreement: row.agreement === null ? null : JSON.parse(row.agreement),
		identityCodes: row.identity_codes,
		possiblyPersonal: row.possibly_personal
	};
}
