import type { Totals } from '../../src/lib/review/schema';
import type { Receipt, ReviewSummary } from '../../src/lib/sync/protocol';

/**
 * Where received reviews live. The receiver talks only to this interface, so a
 * PostgreSQL store is one more implementation (see server/README.md). Methods
 * are async for that reason even though SQLite answers synchronously.
 */
export interface ReviewStore {
	/**
	 * Store one revision at most once, deciding and writing in ONE transaction so
	 * two concurrent retries of the same upload cannot both store.
	 */
	putRevision(input: NewRevision): Promise<PutResult>;
	/** The latest revision of every review, newest first. */
	list(): Promise<ReviewSummary[]>;
	getLatest(reviewId: string): Promise<StoredRecord | null>;
	getRevision(reviewId: string, revision: number): Promise<StoredRecord | null>;
	/** Empties the store; used only by the fault-injection endpoint POST /__reset. */
	clear(): Promise<void>;
	close(): Promise<void>;
}

export type NewRevision = {
	reviewId: string;
	revision: number;
	/** sha256 of the canonical JSON of the document as received; equal hash = same upload. */
	hash: string;
	/** The document as received (canonical JSON): the client's own words are the evidence. */
	documentJson: string;
	clientTotals: Totals | null;
	serverTotals: Totals;
	totalsMatch: boolean;
	summary: { service: string; organisation: string; startDate: string };
	/** Used only when this call stores the revision; a duplicate gets the original receipt back. */
	receiptId: string;
	storedAt: string;
};

export type PutResult =
	| { kind: 'stored'; receipt: Receipt }
	| { kind: 'duplicate'; receipt: Receipt }
	| { kind: 'newer-exists'; latestRevision: number }
	| { kind: 'mismatch' };

export type StoredRecord = {
	document: unknown;
	clientTotals: Totals | null;
	serverTotals: Totals;
	receipt: Receipt;
};

/**
 * The store could not get its write lock (or a serialisable transaction kept
 * conflicting) within its wait budget. The routes answer 503 + Retry-After:
 * the upload is fine and a retry will very likely succeed.
 */
export class StoreBusyError extends Error {
	constructor(readonly retryAfterSeconds = 1) {
		super('the store is busy');
	}
}
