import * as z from 'zod/mini';
import {
	FORMAT,
	FORMAT_1,
	FinishedReviewDocument,
	FinishedReviewDocumentV1,
	ReviewDocument,
	ReviewDocumentV1
} from './schema';

/**
 * Named migrations between document formats. Everything read — IndexedDB rows, imported
 * files, uploads at the receiver — goes through `parseAnyFormat`, so code past the boundary
 * sees only the current format. Stored rows are rewritten in the current format on their
 * next write; frozen outbox payloads are never migrated (a retry sends the same bytes).
 */

/** A document in any format this code reads. */
export type AnyFormatDocument = ReviewDocumentV1 | ReviewDocument;

/**
 * Format 1 → 2: the one reviewer's answers (`items`) become the single rating that is also
 * the consensus, which format 2 writes as no `ratings` at all. Every other field, including
 * fields added to format 1 since, is carried over by the spread.
 */
export function migrate1to2(doc: ReviewDocumentV1): ReviewDocument {
	return { ...doc, format: FORMAT, ratings: [], consensus: [] };
}

/** Brings a parsed document of any format to the current one. */
export function toCurrent(doc: AnyFormatDocument): ReviewDocument {
	return doc.format === FORMAT_1 ? migrate1to2(doc) : doc;
}

export type ParseResult<T> = { success: true; data: T } | { success: false; error: z.core.$ZodError };

function formatOf(input: unknown): unknown {
	return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as { format?: unknown }).format : undefined;
}

/**
 * Parses with the schema of the document's own format, then migrates. An unknown format is
 * parsed against the current schema, so the error names `format` as the current code would.
 */
export function parseAnyFormat(input: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>): ParseResult<ReviewDocument> {
	if (formatOf(input) === FORMAT_1) {
		const old = ReviewDocumentV1.safeParse(input, params);
		return old.success ? { success: true, data: migrate1to2(old.data) } : old;
	}
	return ReviewDocument.safeParse(input, params);
}

/** The same for what may leave a device: a finished review in either format. */
export function parseFinishedAnyFormat(input: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>): ParseResult<ReviewDocument> {
	if (formatOf(input) === FORMAT_1) {
		const old = FinishedReviewDocumentV1.safeParse(input, params);
		return old.success ? { success: true, data: migrate1to2(old.data) } : old;
	}
	return FinishedReviewDocument.safeParse(input, params);
}

/** Like `parseAnyFormat`, throwing the zod error. */
export function parseAnyFormatOrThrow(input: unknown): ReviewDocument {
	const result = parseAnyFormat(input);
	if (!result.success) throw result.error;
	return result.data;
}

/** A document of any format, as it was written (not migrated): what a receiver stored. */
export const ReviewDocumentAsSent = z.discriminatedUnion('format', [ReviewDocumentV1, ReviewDocument]);

/** The same, migrated, for containers of documents (a backup file holds reviews of any age). */
export const ReviewDocumentAnyFormat = z.pipe(
	ReviewDocumentAsSent,
	z.transform((doc: AnyFormatDocument) => toCurrent(doc))
);
