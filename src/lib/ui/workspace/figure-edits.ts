import { updateItem, type Edit } from '$lib/review/edit';
import type { FigureValue } from '$lib/review/schema';

/**
 * Edits of list and table figures, computed from the document at commit time.
 * Building the new array from what the screen last showed would drop a change
 * still in flight (two quick entries in two cells), so each edit reads the
 * stored value itself.
 */
type Cell = number | null;
type Row = Record<string, Cell>;

const listOf = (value: FigureValue | undefined): Cell[] =>
	Array.isArray(value) ? value.map((v) => (typeof v === 'number' ? v : null)) : [];

const rowsOf = (value: FigureValue | undefined): Row[] =>
	Array.isArray(value) ? value.map((v) => (v !== null && typeof v === 'object' ? { ...v } : {})) : [];

function updateFigure(number: number, key: string, change: (value: FigureValue | undefined) => FigureValue): Edit {
	return updateItem(number, (item) => ({ ...item, figures: { ...item.figures, [key]: change(item.figures[key]) } }));
}

export const addListEntry = (number: number, key: string): Edit =>
	updateFigure(number, key, (v) => [...listOf(v), null]);

export const setListEntry = (number: number, key: string, index: number, cell: Cell): Edit =>
	updateFigure(number, key, (v) => listOf(v).map((c, i) => (i === index ? cell : c)));

export const removeListEntry = (number: number, key: string, index: number): Edit =>
	updateFigure(number, key, (v) => listOf(v).filter((_, i) => i !== index));

export const addRow = (number: number, key: string, columns: readonly string[]): Edit =>
	updateFigure(number, key, (v) => [...rowsOf(v), Object.fromEntries(columns.map((c) => [c, null]))]);

export const setRowCell = (number: number, key: string, index: number, column: string, cell: Cell): Edit =>
	updateFigure(number, key, (v) => rowsOf(v).map((row, i) => (i === index ? { ...row, [column]: cell } : row)));

export const removeRow = (number: number, key: string, index: number): Edit =>
	updateFigure(number, key, (v) => rowsOf(v).filter((_, i) => i !== index));

/*
 * Undo of a removal: the entry goes back where it was (or last, if the list has
 * since become shorter). Inserting rather than replacing keeps entries typed after
 * the removal.
 */
export const insertListEntry = (number: number, key: string, index: number, cell: Cell): Edit =>
	updateFigure(number, key, (v) => spliceIn(listOf(v), index, cell));

export const insertRow = (number: number, key: string, index: number, row: Row): Edit =>
	updateFigure(number, key, (v) => spliceIn(rowsOf(v), index, { ...row }));

function spliceIn<T>(list: T[], index: number, entry: T): T[] {
	const at = Math.max(0, Math.min(index, list.length));
	return [...list.slice(0, at), entry, ...list.slice(at)];
}
