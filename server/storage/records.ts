import type { AgreementReport } from '../../src/lib/consensus/agreement';
import type { LevelId } from '../../src/lib/instrument/schema';
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
	/** The level column: what a listing shows, without parsing the totals. */
	level: LevelId | null;
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

/** A listing reads no document and no totals (10,000 rows: parsing them was most of the services page's time). */
export type SummaryRow = Omit<RevisionRow, 'document' | 'clientTotals' | 'serverTotals' | 'totalsMatch' | 'hash'>;

export function summaryOf(row: SummaryRow): StoredSummary {
	return {
		reviewId: row.reviewId,
		latestRevision: row.revision,
		service: row.service,
		organisation: row.organisation,
		startDate: row.startDate,
		total: row.total,
		level: row.level,
		storedAt: row.storedAt,
		...figuresOf(row)
	};
}
