import { describe, expect, it } from 'vitest';
import type { NoteTag } from '../../../src/lib/review/schema';
import { isTagged, toggleItem, toggleSub } from '../../../src/lib/visit/tags';

const t = (item: number, ...subCriteria: string[]): NoteTag => ({ item, subCriteria });

describe('tagging a note to criteria', () => {
	it.each([
		['tags an untagged criterion, in criterion order', [t(3), t(9)], 5, [t(3), t(5), t(9)]],
		['untags a tagged one with its sub-criteria', [t(5, '5.1'), t(9)], 5, [t(9)]],
		['the first tag', [], 25, [t(25)]]
	])('item chip: %s', (_n, before, item, after) => {
		expect(toggleItem(before, item)).toEqual(after);
	});

	it.each([
		['tags the criterion with the sub-criterion when it was not tagged', [t(9)], 5, '5.2', [t(5, '5.2'), t(9)]],
		['adds a sub-criterion in number order (5.10 after 5.2)', [t(5, '5.10')], 5, '5.2', [t(5, '5.2', '5.10')]],
		['removes a tagged sub-criterion and keeps the criterion', [t(5, '5.2')], 5, '5.2', [t(5)]]
	])('sub-criterion chip: %s', (_n, before, item, sub, after) => {
		expect(toggleSub(before, item, sub)).toEqual(after);
	});

	it('says whether a criterion is tagged', () => {
		expect([isTagged([t(5)], 5), isTagged([t(5)], 6), isTagged([], 1)]).toEqual([true, false, false]);
	});
});
