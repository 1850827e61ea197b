import type { ReviewStatus } from '../review/lifecycle-reopen';
import type { AnyFormatDocument } from '../review/migrate';
import type { ReviewType } from '../review/schema';

/** What the reviews list shows, kept beside the document so the list needs neither zod nor the instrument. */
export interface ReviewSummary {
	service: string;
	organisation: string;
	place: string;
	reviewers: string[];
	startDate: string;
	reviewType: ReviewType;
	scored: number;
	items: number;
	total: number;
}

export interface ReviewRow {
	id: string;
	status: ReviewStatus;
	revision: number;
	updatedAt: string;
	serviceKey: string;
	summary: ReviewSummary;
	/** Rows written before format 2 hold format 1 until their next write: read through review/migrate.ts. */
	doc: AnyFormatDocument;
	/** When this revision was last written to an export or backup file (backup reminders). */
	exportedAt: string | null;
	/** Set when the review came in from a file: when, and (for a kept-both copy) the id it copies. */
	importedAt: string | null;
	copyOf: string | null;
}

/** The row's own history on this device, which every rewrite of the document carries over. */
export type RowHistory = Pick<ReviewRow, 'exportedAt' | 'importedAt' | 'copyOf'>;

/** Where one finished revision stands on its way to the receiver. */
export type OutboxStatus = 'pending' | 'uploading' | 'uploaded' | 'failed' | 'paused';

export type OutboxFailure = {
	kind: 'rejected' | 'conflict' | 'bad-reply' | 'unauthorized' | 'retry';
	message: string;
	status: number | null;
	latestRevision?: number | null;
	issues?: { path: string; message: string }[];
};

/**
 * Where one finished revision stands. Kept small: the queue, the badge and the list
 * watch these rows on every change, so the document itself lives in `payloads`.
 */
export interface OutboxRow {
	reviewId: string;
	revision: number;
	/** The service's name, for the queue list, without reading the document. */
	service: string;
	status: OutboxStatus;
	attempts: number;
	/** Epoch ms before which the uploader leaves this row alone (backoff, Retry-After). */
	nextAttemptAt: number;
	lastError: OutboxFailure | null;
	/** The receiver's receipt, stored as received (validated by src/lib/sync/protocol). */
	receipt: Record<string, unknown> | null;
	enqueuedAt: string;
	updatedAt: string;
	uploadedAt: string | null;
}

/** The frozen finished revision: reopening the review never changes what is uploaded. */
export interface PayloadRow {
	reviewId: string;
	revision: number;
	/** Sent exactly as frozen, in the format it was finished in (never migrated: a retry sends the same bytes). */
	doc: AnyFormatDocument;
}

/** An outbox row with its document, as the uploader takes it. */
export type ClaimedUpload = OutboxRow & { doc: AnyFormatDocument };

export interface SyncSettings {
	key: 'sync';
	endpoint: string | null;
	token: string | null;
	/** Bumped whenever endpoint or token change, so a paused queue knows to try again. */
	changedAt: string | null;
}

export interface ProfileSettings {
	key: 'profile';
	name: string;
	organisation: string;
}

export type SettingsRow = SyncSettings | ProfileSettings;
