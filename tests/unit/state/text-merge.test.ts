import { describe, expect, it } from 'vitest';
import { canFinish } from '../../../src/lib/state/finish-guard';
import { joinTexts, mergeText } from '../../../src/lib/state/text-merge';

describe('mergeText: a text write as a compare-and-set over the base this tab saw', () => {
	it.each([
		// base, mine, stored, outcome
		['start', 'start A0', 'start', { kind: 'write' }],
		['', 'a', '', { kind: 'write' }],
		['start', 'start A0', 'start A0', { kind: 'same' }],
		['start', 'start', 'start', { kind: 'same' }],
		['start A0', 'start A0', 'start A0 B0', { kind: 'theirs' }],
		['x', 'x', '', { kind: 'theirs' }],
		['start', 'start A0', 'start B0', { kind: 'conflict', theirs: 'start B0' }],
		['start', '', 'start B0', { kind: 'conflict', theirs: 'start B0' }],
		['start', 'start A0', '', { kind: 'conflict', theirs: '' }],
		['start', 'start A0', undefined, { kind: 'gone' }],
		['start', 'start', undefined, { kind: 'gone' }]
	] as const)('base %j, mine %j, stored %j', (base, mine, stored, outcome) => {
		expect(mergeText(base, mine, stored)).toEqual(outcome);
	});
});

describe('joinTexts: keep both', () => {
	it.each([
		['mine', 'theirs', 100, false, 'mine\n\ntheirs'],
		['mine', 'theirs', 100, true, 'mine / theirs'],
		['', 'theirs', 100, false, 'theirs'],
		['mine', '  ', 100, false, 'mine'],
		['abc', 'def', 8, false, 'abc\n\ndef'],
		['abc', 'def', 7, false, null],
		['abc', 'def', 9, true, 'abc / def'],
		['abc', 'def', 8, true, null]
	] as const)('%j + %j within %i (one line: %s)', (mine, theirs, limit, oneLine, joined) => {
		expect(joinTexts(mine, theirs, limit, oneLine)).toBe(joined);
	});
});

describe('canFinish: only when everything shown is stored', () => {
	it.each([
		[{ kind: 'saved', at: 1 }, 0, { kind: 'ok' }],
		[{ kind: 'saved', at: null }, 0, { kind: 'ok' }],
		[{ kind: 'saved', at: 1 }, 1, { kind: 'conflicts', count: 1 }],
		[{ kind: 'saving' }, 0, { kind: 'saving' }],
		[{ kind: 'error', failure: { kind: 'storage-full' } }, 0, { kind: 'unsaved', failure: { kind: 'storage-full' } }],
		[{ kind: 'error', failure: { kind: 'unknown', message: 'x' } }, 2, { kind: 'unsaved', failure: { kind: 'unknown', message: 'x' } }]
	] as const)('%j with %i conflicts', (save, conflicts, check) => {
		expect(canFinish(save, conflicts)).toEqual(check);
	});
});
