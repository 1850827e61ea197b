import type { AgreementReport } from '../../src/lib/consensus/agreement';
import { Totals } from '../../src/lib/review/schema';
import type { Receipt } from '../../src/lib/sync/protocol';
import type { StoredFigures, StoredRecord, StoredSummary } from './types';

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
	/** The derived columns (server/derived.ts); JSON ones parsed. Written only by the receiver itself. */
	edition: string | null;
	endDate: string | null;
	itemScores: (number | null)[] | null;
	agreement: AgreementReport | null;
	identityCodes: number;
	possiblyPersonal: number;
};

/** Stored JSON is parsed back through the schema: a hand-edited row should fail here, not in a client. */
function totalsOf(value: unknown): Totals {
	return Totals.parse(value);
}

export type ReceiptRow = Pick<RevisionRow, 'receiptId' | 'reviewId' | 'revision' | 'storedAt' | 'serverTotals' | 'totalsMatch'>;

export function receiptOf(row: ReceiptRow, duplicate: boolean): Receipt {
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
		receipt: receiptOf(row, false),
		agreement: row.agreement,
		personalData: personalOf(row)
	};
}

function figuresOf(row: SummaryRow): StoredFigures {
	return {
		edition: row.edition,
		endDate: row.endDate,
		itemScores: row.itemScores,
		agreement: row.agreement,
		personalData: personalOf(row)
	};
}

const personalOf = (row: SummaryRow) => ({ identityCodes: row.identityCodes, possiblyPersonal: row.possiblyPersonal });

/** A listing reads no document and no client totals. */
export type SummaryRow = Omit<RevisionRow, 'document' | 'clientTotals'>;

export function summaryOf(row: SummaryRow): StoredSummary {
	return {
		reviewId: row.reviewId,
		latestRevision: row.revision,
		service: row.service,
		organisation: row.organisation,
		startDate: row.startDate,
		total: row.total,
		level: totalsOf(row.serverTotals).level,
		storedAt: row.storedAt,
		...figuresOf(row)
	};
}
