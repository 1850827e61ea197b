import ExcelJS from 'exceljs';
import type { Kappa } from '../../src/lib/consensus/agreement';
import type { StoredSummary } from '../storage/types';
import { scoreIn } from './data';

/**
 * Exports of every review's latest revision, from the stored summaries (no
 * document is read). Wide: one row per review with one column per criterion
 * (c01…c25), then the agreement figures of a two-reviewer review and the
 * personal-data counts — added at the end, so scripts that read the earlier
 * columns by position keep working. Long: one row per review × criterion, the
 * shape R's read.csv and a pivot table want (unchanged). Text cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe (CSV injection).
 */
type Cell = string | number | null;

const BASE = ['review_id', 'revision', 'organisation', 'service', 'start_date', 'end_date', 'edition', 'total', 'level', 'stored_at'];
const TAIL = ['agreement_n', 'agreement_exact_pct', 'agreement_within_one_pct', 'kappa', 'kappa_undefined', 'identity_codes', 'possibly_personal'];

function baseCells(r: StoredSummary): Cell[] {
	return [r.reviewId, r.latestRevision, r.organisation, r.service, r.startDate, r.endDate, r.edition, r.total, r.level, r.storedAt];
}

const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
const kappaValue = (k: Kappa | null) => (k?.kind === 'value' ? Math.round(k.value * 1000) / 1000 : null);

function tailCells(r: StoredSummary): Cell[] {
	const a = r.agreement?.overall ?? null;
	return [
		a?.n ?? null,
		pct(a?.exact ?? null),
		pct(a?.withinOne ?? null),
		kappaValue(a?.kappa ?? null),
		a?.kappa?.kind === 'undefined' ? a.kappa.reason : null,
		r.personalData.identityCodes,
		r.personalData.possiblyPersonal
	];
}

function numbersOf(rows: readonly StoredSummary[]): number[] {
	const longest = Math.max(0, ...rows.map((r) => r.itemScores?.length ?? 0));
	return Array.from({ length: longest }, (_, i) => i + 1);
}

export function wideTable(rows: readonly StoredSummary[]): Cell[][] {
	const numbers = numbersOf(rows);
	const header = [...BASE, ...numbers.map((n) => `c${String(n).padStart(2, '0')}`), ...TAIL];
	return [header, ...rows.map((r) => [...baseCells(r), ...numbers.map((n) => scoreIn(r, n)), ...tailCells(r)])];
}

export function longTable(rows: readonly StoredSummary[]): Cell[][] {
	const header = ['review_id', 'revision', 'organisation', 'service', 'start_date', 'criterion', 'score'];
	const body = rows.flatMap((r) =>
		(r.itemScores ?? []).map((score, i) => [r.reviewId, r.latestRevision, r.organisation, r.service, r.startDate, i + 1, score])
	);
	return [header, ...body];
}

function csvCell(value: Cell): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: readonly Cell[][]): string {
	// A BOM so Excel opens UTF-8 (ä, ö) correctly; R's read.csv handles it with fileEncoding = "UTF-8-BOM".
	return `\uFEFF${table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function toXlsx(rows: readonly StoredSummary[]): Promise<Buffer> {
	const book = new ExcelJS.Workbook();
	book.creator = 'Laatuarvio receiver';
	for (const [name, table] of [['wide', wideTable(rows)], ['long', longTable(rows)]] as const) {
		const sheet = book.addWorksheet(name);
		// Cells are written as values, never as formulas: a "=…" service name stays text.
		for (const row of table) sheet.addRow(row.map((v) => v ?? null));
		sheet.getRow(1).font = { bold: true };
	}
	return Buffer.from(await book.xlsx.writeBuffer());
}
