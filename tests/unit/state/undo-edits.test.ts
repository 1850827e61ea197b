import { describe, expect, it } from 'vitest';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import { restoreScore, setScore } from '../../../src/lib/review/edit';
import type { FigureValue, ReviewDocument } from '../../../src/lib/review/schema';
import { insertListEntry, insertRow } from '../../../src/lib/ui/workspace/figure-edits';

/** The reverts the workspace's undo applies (src/lib/ui/workspace/undoable.ts), on the document as stored then. */
const blank = (): ReviewDocument =>
	createReviewDocument({
		id: '00000000-0000-4000-8000-000000000001',
		edition: getEdition(LATEST_EDITION_ID)!,
		meta: { service: 'S', organisation: '', place: '', reviewers: [], startDate: '2026-01-01', endDate: null, reviewType: 'self' },
		now: '2026-01-01T00:00:00.000Z'
	});
const withFigure = (key: string, value: FigureValue) => ({
	...blank(),
	items: blank().items.map((i) => (i.number === 2 ? { ...i, figures: { [key]: value } } : i))
});
const figure = (doc: ReviewDocument, key: string) => doc.items.find((i) => i.number === 2)?.figures[key];
const score = (doc: ReviewDocument, n: number) => doc.items.find((i) => i.number === n)?.score;

describe('restoreScore', () => {
	it.each([
		// [stored score when undo is taken, restored score, expected]
		[null, 3, 3], // cleared, nothing since: back
		[4, 3, 4], // a score chosen after the clear is newer and stays
		[3, 3, 3]
	] as const)('stored %s, restoring %s → %s', (stored, restored, expected) => {
		const doc = setScore(5, stored)(blank());
		expect(score(restoreScore(5, restored)(doc), 5)).toBe(expected);
	});

	it('touches no other item', () => {
		const doc = setScore(6, 2)(blank());
		expect(score(restoreScore(5, 4)(doc), 6)).toBe(2);
	});
});

describe('insertRow and insertListEntry', () => {
	const a = { coachingHours: 1, workingHours: 2 };
	const b = { coachingHours: 3, workingHours: 4 };
	const c = { coachingHours: 5, workingHours: null };
	it.each([
		// [rows stored when undo is taken, index the row had, the row, expected]
		[[b], 0, a, [a, b]], // first row back first
		[[a], 1, c, [a, c]], // last row back last
		[[], 3, c, [c]], // the list became shorter since: appended
		[[a, b], 1, c, [a, c, b]] // between rows that stayed
	])('rows %j, index %i', (rows, index, row, expected) => {
		const doc = insertRow(2, 'coaches', index, row)(withFigure('coaches', rows));
		expect(figure(doc, 'coaches')).toEqual(expected);
	});

	it.each([
		[[0.5], 0, 1, [1, 0.5]],
		[[0.5], 5, null, [0.5, null]],
		[[], -1, 0.25, [0.25]]
	] as const)('list %j, index %i, entry %s', (list, index, entry, expected) => {
		const doc = insertListEntry(2, 'ftes', index, entry)(withFigure('ftes', [...list]));
		expect(figure(doc, 'ftes')).toEqual(expected);
	});

	it('a figure never entered becomes a one-entry list', () => {
		expect(figure(insertListEntry(2, 'ftes', 0, 1)(blank()), 'ftes')).toEqual([1]);
	});
});
