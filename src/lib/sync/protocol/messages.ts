import * as z from 'zod/mini';
import { ReviewDocumentAsSent } from '../../review/migrate';
import { FORMAT, FORMAT_1, Totals } from '../../review/schema';

/**
 * The shapes that cross the wire in protocol version 1, shared by the app and
 * the reference receiver so neither can drift from the other. Every reply the
 * app reads goes through one of these before it is trusted.
 */
export const PROTOCOL = 'laatuarvio.upload/1';
/** What a receiver built from this code accepts: the current format first, then older ones it migrates. */
export const ACCEPTED_FORMATS = [FORMAT, FORMAT_1] as const;

/** Server messages are shown to the reviewer, so a hostile or broken server cannot flood the UI. */
const MESSAGE_MAX = 500;
const IsoDateTime = z.iso.datetime({ offset: true });

export const Issue = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof Issue>;

export const Receipt = z.object({
	receiptId: z.string().check(z.minLength(1), z.maxLength(128)),
	reviewId: z.string().check(z.minLength(1), z.maxLength(64)),
	revision: z.int().check(z.gte(1)),
	storedAt: IsoDateTime,
	/** true when this (reviewId, revision) had already been stored with the same document. */
	duplicate: z.boolean(),
	serverTotals: Totals,
	/** false when the receiver's recomputation disagrees with the totals the client sent. */
	totalsMatch: z.boolean(),
	/** How many valid personal identity codes the stored document holds (flagged, not refused). Optional: older receivers omit it. */
	personalData: z.optional(z.object({ identityCodes: z.int().check(z.gte(0)) }))
});
export type Receipt = z.infer<typeof Receipt>;

export const ErrorCode = z.enum([
	'bad-request',
	'path-mismatch',
	'invalid-document',
	'unsupported-format',
	'unknown-edition',
	'items-mismatch',
	'unauthorized',
	'forbidden',
	'newer-revision',
	'revision-mismatch',
	'not-found',
	'too-large',
	'too-deep',
	'unsupported-media-type',
	'rate-limited',
	'server-error',
	'unavailable'
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({
	error: z.object({
		// A plain string on the wire: a newer receiver may add codes; the status decides what the client does.
		code: z.string(),
		message: z.string(),
		issues: z.optional(z.array(Issue)),
		latestRevision: z.optional(z.int().check(z.gte(1)))
	})
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const Ping = z.object({
	protocol: z.literal(PROTOCOL),
	formats: z.array(z.string()),
	authenticated: z.boolean(),
	/** Additive: false for a read-only token, so "test connection" can say uploads will be refused. */
	canWrite: z.optional(z.boolean()),
	receiver: z.object({ name: z.string(), version: z.string() })
});
export type Ping = z.infer<typeof Ping>;

export const ReviewSummary = z.object({
	reviewId: z.string(),
	latestRevision: z.int().check(z.gte(1)),
	service: z.string(),
	organisation: z.string(),
	startDate: z.string(),
	/** The receiver's own recomputed total and level, not the client's. */
	total: z.int(),
	level: Totals.shape.level,
	storedAt: IsoDateTime
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;

export const ReviewListing = z.object({ reviews: z.array(ReviewSummary) });
export type ReviewListing = z.infer<typeof ReviewListing>;

/** GET /reviews/{id} and /reviews/{id}/revisions/{n}: the document as received plus both sets of totals. */
export const StoredRevision = z.object({
	document: ReviewDocumentAsSent,
	clientTotals: z.nullable(Totals),
	serverTotals: Totals,
	receipt: Receipt
});
export type StoredRevision = z.infer<typeof StoredRevision>;

export function errorBody(
	code: ErrorCode,
	message: string,
	extra: { issues?: Issue[]; latestRevision?: number } = {}
): ErrorBody {
	return { error: { code, message, ...extra } };
}

export function clip(message: string): string {
	return message.length > MESSAGE_MAX ? `${message.slice(0, MESSAGE_MAX - 1)}…` : message;
}
