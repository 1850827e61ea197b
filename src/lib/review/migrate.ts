import * as z from 'zod/mini';
import {
	FORMAT,
	FORMAT_1,
	FinishedReviewDocument,
	FinishedReviewDocumentV1,
	ReviewDocument,
	ReviewDocumentV1,
	type Session
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

/**
 * Old interviews → interview sessions (issue 11), in either format. An interview was a
 * role and a free-typed time; it becomes a session with the same id, that role, the
 * typed time kept in `when`, and no notes. Runs on every read and before every write
 * (`toCurrent` also meets stored rows as they were written, without the parse's
 * defaults, so the visit's new fields are filled here too). A document that already
 * has them and no old interviews is returned as it is (the same object).
 */
export function migrateVisit<T extends AnyFormatDocument>(doc: T): T {
	const visit: Partial<T['visit']> & Pick<T['visit'], 'interviews'> = doc.visit;
	if (visit.interviews.length === 0 && visit.sessions && visit.plan !== undefined && visit.planDone && visit.records) return doc;
	const sessions = visit.sessions ?? [];
	const taken = new Set(sessions.map((s) => s.id));
	const moved: Session[] = visit.interviews
		.filter((i) => !taken.has(i.id))
		.map((i) => ({ id: i.id, kind: 'interview', role: i.role, date: null, time: null, minutes: null, when: i.when, notes: [] }));
	return {
		...doc,
		visit: { ...doc.visit, interviews: [], sessions: [...moved, ...sessions], plan: visit.plan ?? null, planDone: visit.planDone ?? [], records: visit.records ?? [] }
	};
}

/** Brings a parsed document of any format to the current one. */
export function toCurrent(doc: AnyFormatDocument): ReviewDocument {
	return migrateVisit(doc.format === FORMAT_1 ? migrate1to2(doc) : doc);
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
		return old.success ? { success: true, data: toCurrent(old.data) } : old;
	}
	const parsed = ReviewDocument.safeParse(input, params);
	return parsed.success ? { success: true, data: migrateVisit(parsed.data) } : parsed;
}

/** The same for what may leave a device: a finished review in either format. */
export function parseFinishedAnyFormat(input: unknown, params?: z.core.ParseContext<z.core.$ZodIssue>): ParseResult<ReviewDocument> {
	if (formatOf(input) === FORMAT_1) {
		const old = FinishedReviewDocumentV1.safeParse(input, params);
		return old.success ? { success: true, data: toCurrent(old.data) } : old;
	}
	const parsed = FinishedReviewDocument.safeParse(input, params);
	return parsed.success ? { success: true, data: migrateVisit(parsed.data) } : parsed;
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
