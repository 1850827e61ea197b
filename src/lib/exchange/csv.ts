/**
 * CSV as a Finnish spreadsheet opens it without an import wizard: a UTF-8 byte
 * order mark (else Excel reads ä and ö as Latin-1), `;` between cells (the comma
 * is the decimal separator in the Finnish locale), CRLF line ends and RFC 4180
 * quoting.
 */
export const BOM = '\uFEFF';
export const SEPARATOR = ';';
export const NEWLINE = '\r\n';

export type Cell = string | number | null;

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, and the tab and CR
 * that some programs strip first) gets a leading apostrophe, which shows the text
 * as typed. Only text is guarded: numbers are ours, never the reviewer's input.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function guardFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function encodeCell(cell: Cell): string {
	if (cell === null) return '';
	const text = typeof cell === 'number' ? String(cell) : guardFormula(cell);
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return BOM + rows.map((row) => row.map(encodeCell).join(SEPARATOR) + NEWLINE).join('');
}
