import type { Score } from '../instrument/schema';
import type { FigureValue, ItemAnswer, Note, NoteSource, ReviewDocument, ReviewMeta } from './schema';

/**
 * Pure edits of a draft review. Each returns a new document and never mutates its
 * input, so the database layer can apply an edit to whatever is stored at commit
 * time, and two quick edits compose instead of overwriting each other.
 */
export type Edit = (doc: ReviewDocument) => ReviewDocument;

export function updateItem(number: number, change: (item: ItemAnswer) => ItemAnswer): Edit {
	return (doc) => {
		if (!doc.items.some((i) => i.number === number)) throw new RangeError(`no item ${number}`);
		return { ...doc, items: doc.items.map((i) => (i.number === number ? change(i) : i)) };
	};
}

/** Tapping the chosen score again clears it (null), so a mis-tap can be undone. */
export const setScore = (number: number, score: Score | null): Edit =>
	updateItem(number, (item) => ({ ...item, score }));

/** Undo of clearing a score: puts it back unless a score was chosen since (that choice is newer). */
export const restoreScore = (number: number, score: Score): Edit =>
	updateItem(number, (item) => (item.score === null ? { ...item, score } : item));

export const setSubCriterionMet = (number: number, id: string, met: boolean | null): Edit =>
	updateItem(number, (item) => ({
		...item,
		subCriteria: { ...item.subCriteria, [id]: { evidence: item.subCriteria[id]?.evidence ?? '', met } }
	}));

export const setFigure = (number: number, key: string, value: FigureValue): Edit =>
	updateItem(number, (item) => ({ ...item, figures: { ...item.figures, [key]: value } }));

export const addNote = (number: number, note: Note): Edit =>
	updateItem(number, (item) => ({ ...item, notes: [...item.notes, note] }));

export const setNoteTags = (number: number, noteId: string, tags: { source?: NoteSource; role?: string }): Edit =>
	updateItem(number, (item) => ({
		...item,
		notes: item.notes.map((n) => (n.id === noteId ? { ...n, ...tags } : n))
	}));

export const removeNote = (number: number, noteId: string): Edit =>
	updateItem(number, (item) => ({ ...item, notes: item.notes.filter((n) => n.id !== noteId) }));

export const setMeta = (meta: Partial<ReviewMeta>): Edit => (doc) => ({ ...doc, meta: { ...doc.meta, ...meta } });
