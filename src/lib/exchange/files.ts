import * as z from 'zod/mini';
import { ReviewDocumentAnyFormat } from '../review/migrate';
import { FinishedReviewDocument, ReviewDocument } from '../review/schema';

/**
 * The two files the app writes. A review file is exactly the protocol document
 * (what a receiver would get), so any tool that reads the JSON Schema reads it.
 * A backup wraps every review on the device with a kind and a version of its own.
 */
export const BACKUP_KIND = 'laatuarvio.backup';
export const BACKUP_VERSION = 1;
/** A device holds tens of reviews; the cap only stops a hostile file from asking for millions. */
export const MAX_BACKUP_REVIEWS = 5000;

export const Backup = z.object({
	kind: z.literal(BACKUP_KIND),
	version: z.literal(BACKUP_VERSION),
	createdAt: z.iso.datetime({ offset: true }),
	app: z.object({ version: z.string().check(z.maxLength(64)) }),
	reviews: z.array(ReviewDocumentAnyFormat).check(z.maxLength(MAX_BACKUP_REVIEWS))
});
export type Backup = z.infer<typeof Backup>;

export type Issue = { path: string; code: string };
export type Encoded = { ok: true; text: string } | { ok: false; id: string; issues: Issue[] };

/** The first few zod issues, each as a dotted path and zod's issue code (the UI words them). */
export function summarizeIssues(error: z.core.$ZodError, max = 3): Issue[] {
	return error.issues.slice(0, max).map((i) => ({ path: i.path.map(String).join('.'), code: i.code }));
}

/** A finished review must pass the same check as an upload; a draft goes out as a draft. */
function checked(doc: ReviewDocument) {
	return doc.finishedAt !== null ? FinishedReviewDocument.safeParse(doc) : ReviewDocument.safeParse(doc);
}

export function encodeReviewFile(doc: ReviewDocument): Encoded {
	const parsed = checked(doc);
	if (!parsed.success) return { ok: false, id: doc.id, issues: summarizeIssues(parsed.error) };
	return { ok: true, text: JSON.stringify(parsed.data, null, '\t') };
}

export function encodeBackup(docs: readonly ReviewDocument[], createdAt: string, appVersion: string): Encoded {
	for (const doc of docs) {
		const parsed = checked(doc);
		if (!parsed.success) return { ok: false, id: doc.id, issues: summarizeIssues(parsed.error) };
	}
	const backup: Backup = { kind: BACKUP_KIND, version: BACKUP_VERSION, createdAt, app: { version: appVersion }, reviews: [...docs] };
	return { ok: true, text: JSON.stringify(Backup.parse(backup), null, '\t') };
}
