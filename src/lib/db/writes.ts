import { createReviewDocument, serviceKey } from '../review/create';
import type { Edit } from '../review/edit';
import type { FinishResult } from '../review/lifecycle';
import { reopen } from '../review/lifecycle-reopen';
import { parseAnyFormat, type AnyFormatDocument } from '../review/migrate';
import { ReviewDocument, type ReviewMeta } from '../review/schema';
import { database } from './database';
import { WriteError, toWriteError } from './errors';
import { isUnsent } from './queue-order';
import { addReviewRow, deleteReviewRow, putReviewRow, reviewTables } from './review-rows';
import type { OutboxRow, ReviewRow, ReviewSummary, RowHistory } from './types';

/**
 * The one write path for reviews. Screens call these verbs; none of them touch
 * `db.*`. Each verb is one Dexie transaction, so a review and its outbox row change
 * together or not at all, and callers update memory only after the promise resolves.
 */

const nowIso = () => new Date().toISOString();

/**
 * The instrument text and the scoring rules are loaded on demand so that the
 * reviews list (which only deletes and lists) does not carry them in its first load.
 * Loaded before a transaction starts: awaiting a non-IndexedDB promise inside a
 * Dexie transaction would let it commit early.
 */
const instrument = () => import('../instrument/index');
const lifecycle = () => import('../review/lifecycle');

function summarize(doc: ReviewDocument): ReviewSummary {
	const scores = doc.items.map((i) => i.score).filter((s): s is NonNullable<typeof s> => s !== null);
	const { service, organisation, place, reviewers, startDate, reviewType } = doc.meta;
	return {
		service,
		organisation,
		place,
		reviewers,
		startDate,
		reviewType,
		scored: scores.length,
		items: doc.items.length,
		total: scores.reduce((a, b) => a + b, 0)
	};
}

export function rowFor(doc: ReviewDocument, history: Partial<RowHistory> = {}): ReviewRow {
	return {
		id: doc.id,
		status: doc.finishedAt ? 'finished' : 'draft',
		revision: doc.revision,
		updatedAt: doc.updatedAt,
		serviceKey: serviceKey(doc.meta),
		summary: summarize(doc),
		doc,
		exportedAt: history.exportedAt ?? null,
		importedAt: history.importedAt ?? null,
		copyOf: history.copyOf ?? null
	};
}

/**
 * Nothing the schema would refuse is stored: a row that does not parse would open
 * as "corrupt" ever after. The message names the field, never its content.
 */
function checked(doc: ReviewDocument): ReviewDocument {
	const result = ReviewDocument.safeParse(doc);
	if (result.success) return doc;
	const issue = result.error.issues[0];
	throw new WriteError({ kind: 'invalid', message: issue ? `${issue.path.join('.')}: ${issue.code}` : 'invalid' });
}

/**
 * The stored document every write starts from: parsed (so the schema's defaults are
 * there) and migrated, exactly as the screens read it. A row written before a field
 * existed lacks it, and an edit of that field on the raw row would find nothing to
 * change: typing into it would be dropped without a word.
 */
export function storedDoc(doc: AnyFormatDocument): ReviewDocument {
	const parsed = parseAnyFormat(doc);
	if (parsed.success) return parsed.data;
	const issue = parsed.error.issues[0];
	throw new WriteError({ kind: 'invalid', message: issue ? `${issue.path.join('.')}: ${issue.code}` : 'invalid' });
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toWriteError(error);
	}
}

export function createReview(meta: ReviewMeta, editionId: string, id: string = crypto.randomUUID()): Promise<string> {
	return guarded(async () => {
		const edition = (await instrument()).getEdition(editionId);
		if (!edition) throw new WriteError({ kind: 'invalid', message: `unknown edition ${editionId}` });
		const doc = checked(createReviewDocument({ id, edition, meta, now: nowIso() }));
		const db = database();
		await db.transaction('rw', reviewTables(db), async () => {
			await addReviewRow(db, rowFor(doc));
		});
		return id;
	});
}

/** Applies an edit to the stored draft. Finished reviews are read-only until reopened. */
export function editReview(id: string, edit: Edit): Promise<ReviewDocument> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', reviewTables(db), async () => {
			const row = await db.reviews.get(id);
			if (!row) throw new WriteError({ kind: 'not-found' });
			if (row.status !== 'draft') throw new WriteError({ kind: 'read-only', status: row.status });
			const doc = checked({ ...edit(storedDoc(row.doc)), updatedAt: nowIso() });
			await putReviewRow(db, rowFor(doc, row));
			return doc;
		})
	);
}

/** Marks the review finished and queues that revision for upload, in one transaction. */
export function finishReview(id: string): Promise<FinishResult> {
	const db = database();
	return guarded(async () => {
		const [{ getEdition }, { finish }] = await Promise.all([instrument(), lifecycle()]);
		return db.transaction('rw', [...reviewTables(db), db.outbox, db.payloads], async () => {
			const row = await db.reviews.get(id);
			if (!row) throw new WriteError({ kind: 'not-found' });
			if (row.status !== 'draft') throw new WriteError({ kind: 'read-only', status: row.status });
			const edition = getEdition(row.doc.edition);
			if (!edition) throw new WriteError({ kind: 'invalid', message: `unknown edition ${row.doc.edition}` });
			const now = nowIso();
			const result = finish(storedDoc(row.doc), edition, now);
			if (!result.ok) return result;
			await putReviewRow(db, rowFor(result.doc, row));
			const entry: OutboxRow = {
				reviewId: id,
				revision: result.doc.revision,
				service: result.doc.meta.service,
				status: 'pending',
				attempts: 0,
				nextAttemptAt: 0,
				lastError: null,
				receipt: null,
				enqueuedAt: now,
				updatedAt: now,
				uploadedAt: null
			};
			await db.outbox.put(entry);
			await db.payloads.put({ reviewId: id, revision: entry.revision, doc: result.doc });
			return result;
		});
	});
}

/** Starts the next revision as a draft. The finished revision stays queued or uploaded as it was. */
export function reopenReview(id: string): Promise<ReviewDocument> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', reviewTables(db), async () => {
			const row = await db.reviews.get(id);
			if (!row) throw new WriteError({ kind: 'not-found' });
			if (row.status !== 'finished') return storedDoc(row.doc);
			const doc = reopen(storedDoc(row.doc), nowIso());
			await putReviewRow(db, rowFor(doc, row));
			return doc;
		})
	);
}

/**
 * Deletes a review and its uploaded outbox rows. Refused while any revision of it
 * is still unsent: a review stays on the device until the receiver has it.
 * The screen asks the reviewer to confirm before calling this.
 */
export function deleteReview(id: string): Promise<void> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', [...reviewTables(db), db.outbox, db.payloads], async () => {
			const entries = await db.outbox.where('reviewId').equals(id).toArray();
			const unsent = entries.filter(isUnsent).length;
			if (unsent > 0) throw new WriteError({ kind: 'unsent', count: unsent });
			await db.outbox.where('reviewId').equals(id).delete();
			await db.payloads.where('reviewId').equals(id).delete();
			await deleteReviewRow(db, id);
		})
	);
}

/** Records that these reviews were written to an export or backup file. */
export function markExported(ids: string[], at: string = nowIso()): Promise<void> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', reviewTables(db), async () => {
			await db.reviews.where('id').anyOf(ids).modify({ exportedAt: at });
			await db.summaries.where('id').anyOf(ids).modify({ exportedAt: at });
		})
	);
}
