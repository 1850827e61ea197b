import Database from 'better-sqlite3';
import { Totals } from '../../src/lib/review/schema';
import type { Receipt, ReviewSummary } from '../../src/lib/sync/protocol';
import { migrate } from './migrations';
import type { NewRevision, PutResult, ReviewStore, StoredRecord } from './types';

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
};

/** `path` is a file (created with its tables) or ':memory:'. */
export function openSqliteStore(path: string): ReviewStore {
	const db = new Database(path);
	db.pragma('journal_mode = WAL');
	db.pragma('foreign_keys = ON');
	migrate(db);

	const byKey = db.prepare<[string, number], Row>('SELECT * FROM revisions WHERE review_id = ? AND revision = ?');
	const latest = db.prepare<[string], Row>(
		'SELECT * FROM revisions WHERE review_id = ? ORDER BY revision DESC LIMIT 1'
	);
	const insert = db.prepare(`INSERT INTO revisions VALUES (
		@reviewId, @revision, @hash, @documentJson, @clientTotals, @serverTotals, @totalsMatch,
		@service, @organisation, @startDate, @total, @level, @receiptId, @storedAt)`);
	const listLatest = db.prepare<[], Row>(`
		SELECT r.* FROM revisions r
		JOIN (SELECT review_id, MAX(revision) AS revision FROM revisions GROUP BY review_id) m
		  ON m.review_id = r.review_id AND m.revision = r.revision
		ORDER BY r.stored_at DESC, r.review_id`);

	// IMMEDIATE takes the write lock before the reads, so the decision and the insert cannot interleave.
	const put = db.transaction((input: NewRevision): PutResult => {
		const same = byKey.get(input.reviewId, input.revision);
		if (same) {
			return same.hash === input.hash ? { kind: 'duplicate', receipt: receiptOf(same, true) } : { kind: 'mismatch' };
		}
		const newest = latest.get(input.reviewId);
		if (newest && newest.revision > input.revision) return { kind: 'newer-exists', latestRevision: newest.revision };
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
			level: input.serverTotals.level
		});
		const stored = byKey.get(input.reviewId, input.revision);
		if (!stored) throw new Error('revision vanished inside its own transaction');
		return { kind: 'stored', receipt: receiptOf(stored, false) };
	});

	return {
		async putRevision(input) {
			return put.immediate(input);
		},
		async list() {
			return listLatest.all().map(summaryOf);
		},
		async getLatest(reviewId) {
			const row = latest.get(reviewId);
			return row ? recordOf(row) : null;
		},
		async getRevision(reviewId, revision) {
			const row = byKey.get(reviewId, revision);
			return row ? recordOf(row) : null;
		},
		async clear() {
			db.exec('DELETE FROM revisions');
		},
		async close() {
			db.close();
		}
	};
}

/** Stored JSON is parsed back through the schema: a hand-edited row should fail here, not in a client. */
function totalsOf(text: string): Totals {
	return Totals.parse(JSON.parse(text));
}

function receiptOf(row: Row, duplicate: boolean): Receipt {
	return {
		receiptId: row.receipt_id,
		reviewId: row.review_id,
		revision: row.revision,
		storedAt: row.stored_at,
		duplicate,
		serverTotals: totalsOf(row.server_totals),
		totalsMatch: row.totals_match === 1
	};
}

function recordOf(row: Row): StoredRecord {
	return {
		document: JSON.parse(row.document),
		clientTotals: row.client_totals === null ? null : totalsOf(row.client_totals),
		serverTotals: totalsOf(row.server_totals),
		receipt: receiptOf(row, false)
	};
}

function summaryOf(row: Row): ReviewSummary {
	return {
		reviewId: row.review_id,
		latestRevision: row.revision,
		service: row.service,
		organisation: row.organisation,
		startDate: row.start_date,
		total: row.total,
		level: totalsOf(row.server_totals).level,
		storedAt: row.stored_at
	};
}
