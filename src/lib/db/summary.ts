import type { ReviewRow, SummaryRow } from './types';

/**
 * The small row the reviews list, the backup reminder and the previous-review
 * hint read instead of the document. Derived from the stored review row only, so
 * the version-2 upgrade (which has just the old rows) and the write path make the
 * same summary. Pure: tested without a database.
 */
export function summaryOf(row: ReviewRow): SummaryRow {
	return {
		...row.summary,
		id: row.id,
		status: row.status,
		revision: row.revision,
		updatedAt: row.updatedAt,
		finishedAt: row.doc.finishedAt,
		serviceKey: row.serviceKey,
		level: row.doc.totals?.level ?? null,
		exportedAt: row.exportedAt ?? null,
		importedAt: row.importedAt ?? null,
		copyOf: row.copyOf ?? null
	};
}
