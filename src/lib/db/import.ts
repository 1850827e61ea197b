import type { ExistingReview, ImportAction } from '../exchange/plan';
import { parseAnyFormatOrThrow, toCurrent } from '../review/migrate';
import { database } from './database';
import { toWriteError } from './errors';
import { isUnsent } from './queue-order';
import { putReviewRows, reviewTables } from './review-rows';
import type { ReviewRow } from './types';
import { rowFor } from './writes';

/**
 * The import write path. The screen decodes the file and plans it against what
 * `existingReviews` reports; this module writes the resolved plan in ONE
 * transaction. If any review changed on the device since it was planned, nothing
 * is written. Imported reviews are never queued for upload: they came from
 * another device or a backup, and sending them is the reviewer's own decision.
 */

/** Where a stored row came from, if it was imported. */
export function importInfo(row: ReviewRow): { importedAt: string; copyOf: string | null } | null {
	return row.importedAt ? { importedAt: row.importedAt, copyOf: row.copyOf ?? null } : null;
}

export type ImportCounts = { added: number; copies: number; replaced: number; skipped: number };
export type ImportWrite = { ok: true; counts: ImportCounts } | { ok: false; reason: 'changed'; ids: string[] };

export async function existingReviews(ids: readonly string[]): Promise<ExistingReview[]> {
	const db = database();
	const [rows, outbox] = await Promise.all([
		db.reviews.where('id').anyOf([...ids]).toArray(),
		db.outbox.where('reviewId').anyOf([...ids]).toArray()
	]);
	return rows.map((row) => ({
		id: row.id,
		revision: row.revision,
		updatedAt: row.updatedAt,
		status: row.status,
		unsent: outbox.filter((o) => o.reviewId === row.id && isUnsent(o)).length,
		doc: toCurrent(row.doc)
	}));
}

class Changed extends Error {
	constructor(readonly ids: string[]) {
		super('changed');
	}
}

export async function writeImport(actions: readonly ImportAction[], now: string = new Date().toISOString()): Promise<ImportWrite> {
	// Parsed once more here: this is the last boundary before storage, whoever called it.
	const writes = actions
		.filter((a) => a.kind !== 'skip')
		.map((a) => ({ ...a, doc: parseAnyFormatOrThrow(a.doc) }));
	const db = database();
	try {
		await db.transaction('rw', [...reviewTables(db), db.outbox], async () => {
			const changed: string[] = [];
			for (const action of writes) {
				const stored = await db.reviews.get(action.doc.id);
				if (action.kind === 'add' && stored) changed.push(action.doc.id);
				if (action.kind === 'replace') {
					const unsent = await db.outbox.where('reviewId').equals(action.doc.id).filter(isUnsent).count();
					const same = stored?.revision === action.replaces.revision && stored.updatedAt === action.replaces.updatedAt;
					if (!same || unsent > 0) changed.push(action.doc.id);
				}
			}
			if (changed.length > 0) throw new Changed(changed);
			// The file the review came from is a copy off the device, so it counts as exported.
			const rows: ReviewRow[] = writes.map((a) =>
				rowFor(a.doc, { exportedAt: now, importedAt: now, copyOf: a.kind === 'add' ? a.copyOf : null })
			);
			await putReviewRows(db, rows);
		});
	} catch (error) {
		if (error instanceof Changed) return { ok: false, reason: 'changed', ids: error.ids };
		throw toWriteError(error);
	}
	const count = (pred: (a: ImportAction) => boolean) => actions.filter(pred).length;
	return {
		ok: true,
		counts: {
			added: count((a) => a.kind === 'add' && a.copyOf === null),
			copies: count((a) => a.kind === 'add' && a.copyOf !== null),
			replaced: count((a) => a.kind === 'replace'),
			skipped: count((a) => a.kind === 'skip')
		}
	};
}
