import type { AgreementReport } from '../../src/lib/consensus/agreement';
import type { Totals } from '../../src/lib/review/schema';
import type { Receipt, ReviewSummary } from '../../src/lib/sync/protocol';
import type { Derived, PersonalData } from '../derived';

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
	/** The latest revision of every review, newest first, with its stored figures (no document). */
	list(): Promise<StoredSummary[]>;
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
	/** Item scores, agreement figures and personal-data counts, kept in columns of their own (server/derived.ts). */
	derived: Derived;
	/** Used only when this call stores the revision; a duplicate gets the original receipt back. */
	receiptId: string;
	storedAt: string;
};

export type PutResult =
	| { kind: 'stored'; receipt: Receipt }
	| { kind: 'duplicate'; receipt: Receipt }
	| { kind: 'newer-exists'; latestRevision: number }
	| { kind: 'mismatch' };

/**
 * What the receiver computed and stored with a revision. `edition` and `itemScores` are
 * null only for a row whose stored document no longer parses (nothing the upload route
 * stores; a hand-edited row after the schema migration).
 */
export type StoredFigures = {
	edition: string | null;
	endDate: string | null;
	itemScores: (number | null)[] | null;
	agreement: AgreementReport | null;
	personalData: PersonalData;
};

/** A listing entry: the protocol's summary plus the stored figures (additive fields, docs/protocol.md). */
export type StoredSummary = ReviewSummary & StoredFigures;

export type StoredRecord = {
	document: unknown;
	clientTotals: Totals | null;
	serverTotals: Totals;
	receipt: Receipt;
	agreement: AgreementReport | null;
	personalData: PersonalData;
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
