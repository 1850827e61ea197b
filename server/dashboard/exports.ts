import ExcelJS from 'exceljs';
import type { ScoredReview } from './data';

/**
 * Exports of every review's latest revision. Wide: one row per review with one
 * column per criterion (c01…c25). Long: one row per review × criterion, the shape
 * R's read.csv and a pivot table want. Text cells that a spreadsheet would run as
 * a formula are prefixed with an apostrophe (CSV injection).
 */
export type ExportRow = ScoredReview & { receiptId: string; storedAt: string };

const BASE = ['review_id', 'revision', 'organisation', 'service', 'start_date', 'end_date', 'edition', 'total', 'level', 'stored_at'];

function baseCells(r: ExportRow): (string | number | null)[] {
	const d = r.document;
	return [d.id, d.revision, d.meta.organisation, d.meta.service, d.meta.startDate, d.meta.endDate ?? null, d.edition, r.total, r.level, r.storedAt];
}

function numbersOf(rows: readonly ExportRow[]): number[] {
	const all = new Set<number>();
	for (const r of rows) for (const n of r.scores.keys()) all.add(n);
	return [...all].sort((a, b) => a - b);
}

export function wideTable(rows: readonly ExportRow[]): (string | number | null)[][] {
	const numbers = numbersOf(rows);
	const header = [...BASE, ...numbers.map((n) => `c${String(n).padStart(2, '0')}`)];
	return [header, ...rows.map((r) => [...baseCells(r), ...numbers.map((n) => r.scores.get(n) ?? null)])];
}

export function longTable(rows: readonly ExportRow[]): (string | number | null)[][] {
	const header = ['review_id', 'revision', 'organisation', 'service', 'start_date', 'criterion', 'score'];
	const body = rows.flatMap((r) =>
		[...r.scores.entries()].map(([n, score]) => [r.document.id, r.document.revision, r.document.meta.organisation, r.document.meta.service, r.document.meta.startDate, n, score])
	);
	return [header, ...body];
}

function csvCell(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: readonly (string | number | null)[][]): string {
	// A BOM so Excel opens UTF-8 (ä, ö) correctly; R's read.csv handles it with fileEncoding = "UTF-8-BOM".
	return `\uFEFF${table.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export async function toXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
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
