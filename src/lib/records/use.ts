import { setFigure, type Edit } from '../review/edit';
import type { FigureValue } from '../review/schema';
import type { ItemFromSheet, SheetFigures } from './compute';

/** The items the sheet gives figures for. */
export const SHEET_ITEMS = [15, 19, 20, 21, 23] as const;
export type SheetItem = (typeof SHEET_ITEMS)[number];
export const isSheetItem = (n: number): n is SheetItem => (SHEET_ITEMS as readonly number[]).includes(n);

/**
 * The figure inputs the sheet gives one item, under the rule's own keys. A value the
 * sheet cannot say (item 23's "met after the first month" while someone was met at
 * four months) is left out, so copying never blanks what the reviewer typed there.
 */
export function sheetEntries(sheet: SheetFigures, item: SheetItem): [string, FigureValue][] {
	const from: ItemFromSheet<Record<string, FigureValue>> = sheet[item];
	return Object.entries(from.figures).filter(([, v]) => v !== null);
}

/** One edit that copies the sheet's figures into the item's figure inputs (the normal figure edit). */
export const useSheet = (item: SheetItem, entries: [string, FigureValue][]): Edit => (doc) =>
	entries.reduce((d, [key, value]) => setFigure(item, key, value)(d), doc);

/** Whether the item's figure inputs already hold exactly the sheet's figures. */
export const holdsSheet = (figures: Record<string, FigureValue>, entries: [string, FigureValue][]): boolean =>
	entries.every(([key, value]) => JSON.stringify(figures[key] ?? null) === JSON.stringify(value));

/** The review date the sheet's days are counted to: the visit's last day, else its first. */
export const asOfDate = (meta: { startDate: string; endDate: string | null }): string => meta.endDate ?? meta.startDate;
