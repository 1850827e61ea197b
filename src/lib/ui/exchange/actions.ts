import { version } from '../../../../package.json';
import { parseStored } from '$lib/db/read-review';
import type { ReviewRow } from '$lib/db/types';
import { markExported } from '$lib/db/writes';
import { backupFileName, reviewFileName, scoresFileName } from '$lib/exchange/filename';
import { encodeBackup, encodeReviewFile, type Issue } from '$lib/exchange/files';
import { scoresCsv, type ScoresCsvLabels } from '$lib/exchange/scores-csv';
import { actionPlanCsv, actionPlanFileName, type ActionPlanCsvLabels } from '$lib/exchange/action-plan-csv';
import { getEdition } from '$lib/instrument/index';
import type { ReviewDocument } from '$lib/review/schema';
import { download, todayIso } from './download';

/**
 * The export verbs the screens call: encode (pure, in src/lib/exchange), hand the
 * file to the browser, then record the export. A CSV is not recorded: it cannot
 * restore a review, so it must not quiet the backup reminder.
 */
export type Saved = { ok: true; file: string; count: number; skipped: number } | { ok: false; id: string; issues: Issue[] };

const JSON_TYPE = 'application/json;charset=utf-8';

export async function saveReviewFile(doc: ReviewDocument): Promise<Saved> {
	const encoded = encodeReviewFile(doc);
	if (!encoded.ok) return encoded;
	const file = reviewFileName(doc.meta.service, doc.meta.startDate, doc.revision);
	download(encoded.text, file, JSON_TYPE);
	await markExported([doc.id]);
	return { ok: true, file, count: 1, skipped: 0 };
}

/** Every readable review on the device; damaged rows are counted and left out, not guessed at. */
export function readableDocs(rows: readonly ReviewRow[]): { docs: ReviewDocument[]; skipped: number } {
	const docs: ReviewDocument[] = [];
	for (const row of rows) {
		const loaded = parseStored(row);
		if (loaded.kind === 'ready') docs.push(loaded.doc);
	}
	return { docs, skipped: rows.length - docs.length };
}

export async function saveBackup(rows: readonly ReviewRow[]): Promise<Saved> {
	const { docs, skipped } = readableDocs(rows);
	const encoded = encodeBackup(docs, new Date().toISOString(), version);
	if (!encoded.ok) return encoded;
	const file = backupFileName(todayIso());
	download(encoded.text, file, JSON_TYPE);
	await markExported(docs.map((d) => d.id));
	return { ok: true, file, count: docs.length, skipped };
}

export function saveScoresCsv(rows: readonly ReviewRow[], labels: ScoresCsvLabels): Saved {
	const { docs, skipped } = readableDocs(rows);
	const file = scoresFileName(todayIso());
	download(scoresCsv(docs, getEdition, labels), file, 'text/csv;charset=utf-8');
	return { ok: true, file, count: docs.length, skipped };
}

/** The stored action plans of every readable review, one row per action (not recorded as an export, like the scores). */
export function saveActionPlanCsv(rows: readonly ReviewRow[], labels: ActionPlanCsvLabels): Saved {
	const { docs, skipped } = readableDocs(rows);
	const file = actionPlanFileName(todayIso());
	download(actionPlanCsv(docs, getEdition, labels), file, 'text/csv;charset=utf-8');
	return { ok: true, file, count: docs.length, skipped };
}
