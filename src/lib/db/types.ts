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

/**
 * One small row per review (table `summaries`, Dexie version 2): everything the
 * list, the backup reminder and the previous-review hint show, so none of them
 * reads a document. Kept in step with `reviews` by the write path (`./review-rows.ts`).
 * Upload state is not copied here: it lives in the outbox rows, which are small too.
 */
export type SummaryRow = ReviewSummary &
	RowHistory & {
		id: string;
		status: ReviewStatus;
		revision: number;
		updatedAt: string;
		finishedAt: string | null;
		serviceKey: string;
		/** The level band of a finished revision (null for a draft). */
		level: string | null;
	};

/** The row's own history on this device, which every rewrite of the document carries over. */
export type RowHistory = Pick<ReviewRow, 'exportedAt' | 'importedAt' | 'copyOf'>;

/**
 * Where one finished revision stands on its way to the receiver. 'superseded': a later
 * revision of the same review is with the receiver, which will never store this one
 * (409 newer-revision); it is settled, not failed, and is never sent again.
 */
export type OutboxStatus = 'pending' | 'uploading' | 'uploaded' | 'failed' | 'paused' | 'superseded';

export type OutboxFailure = {
	/** 'redirect' and 'bad-token' are connection settings the reviewer must fix; they pause the queue like 'unauthorized'. */
	kind: 'rejected' | 'conflict' | 'bad-reply' | 'unauthorized' | 'redirect' | 'bad-token' | 'retry';
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
	/** Set with status 'superseded': the later revision the receiver holds (null when it did not say). Absent on older rows. */
	supersededBy?: number | null;
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

/** Retention of working notes after a confirmed upload (src/lib/privacy/retention.ts). */
export interface RetentionSettings {
	key: 'retention';
	/** Days after the receiver's confirmation; null = keep notes until removed by hand. */
	days: number | null;
	/**
	 * When the current rule took effect on this device (ISO), null until first applied. No
	 * revision is due before `since + days`, so neither an update that brings retention nor a
	 * changed setting removes notes the reviewer has not been shown a date for.
	 */
	since: string | null;
}

export type SettingsRow = SyncSettings | ProfileSettings | RetentionSettings;
