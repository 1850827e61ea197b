import { Totals } from '../../src/lib/review/schema';
import type { Receipt, ReviewSummary } from '../../src/lib/sync/protocol';
import type { StoredRecord } from './types';

/**
 * One stored revision as every store reads it back, whatever its SQL dialect
 * (SQLite keeps JSON as text, PostgreSQL as jsonb). Each store maps its own row
 * to this; the mapping to receipts and summaries below is then shared.
 */
export type RevisionRow = {
	reviewId: string;
	revision: number;
	/** Parsed JSON: the document as received. */
	document: unknown;
	clientTotals: unknown;
	serverTotals: unknown;
	totalsMatch: boolean;
	service: string;
	organisation: string;
	startDate: string;
	total: number;
	receiptId: string;
	storedAt: string;
};

/** Stored JSON is parsed back through the schema: a hand-edited row should fail here, not in a client. */
function totalsOf(value: unknown): Totals {
	return Totals.parse(value);
}

export function receiptOf(row: RevisionRow, duplicate: boolean): Receipt {
	return {
		receiptId: row.receiptId,
		reviewId: row.reviewId,
		revision: row.revision,
		storedAt: row.storedAt,
		duplicate,
		serverTotals: totalsOf(row.serverTotals),
		totalsMatch: row.totalsMatch
	};
}

export function recordOf(row: RevisionRow): StoredRecord {
	return {
		document: row.document,
		clientTotals: row.clientTotals === null ? null : totalsOf(row.clientTotals),
		serverTotals: totalsOf(row.serverTotals),
		receipt: receiptOf(row, false)
	};
}

export function summaryOf(row: Omit<RevisionRow, 'document' | 'clientTotals'>): ReviewSummary {
	return {
		reviewId: row.reviewId,
		latestRevision: row.revision,
		service: row.service,
		organisation: row.organisation,
		startDate: row.startDate,
		total: row.total,
		level: totalsOf(row.serverTotals).level,
		storedAt: row.storedAt
	};
}
