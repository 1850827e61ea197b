import { describe, expect, it } from 'vitest';
import { ParseMemo, samePlainData } from '../../../src/lib/db/parse-memo';

const nullProto = (o: object) => Object.assign(Object.create(null) as object, o);

describe('samePlainData: when a stored document is the same data as the one parsed before', () => {
	it.each<[string, unknown, unknown, boolean]>([
		['equal strings', 'a', 'a', true],
		['a number and its text', 1, '1', false],
		['NaN and NaN (a parse of one is a parse of the other)', NaN, NaN, true],
		['0 and -0 (told apart: parsed again)', 0, -0, false],
		['null and undefined', null, undefined, false],
		['the same object with its keys in another order', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
		['a key holding undefined and no key at all', { a: 1, b: undefined }, { a: 1 }, false],
		['one more key', { a: 1 }, { a: 1, c: 2 }, false],
		['a value changed deep inside', { a: { b: [{ c: 'x' }] } }, { a: { b: [{ c: 'y' }] } }, false],
		['arrays of another length', [1, 2], [1, 2, 3], false],
		['a hole and an undefined item', [, 1], [undefined, 1], false], // eslint-disable-line no-sparse-arrays
		['an array and an object with index keys', [1], { 0: 1 }, false],
		['an object with no prototype and a plain one', nullProto({ a: 1 }), { a: 1 }, true],
		['a Date and the same Date (not plain data: parsed again)', new Date(0), new Date(0), false],
		['a Date and an empty object', new Date(0), {}, false],
		['a Map and an empty object', new Map(), {}, false],
		['the same plain object', ((o) => [o, o])({ a: 1 })[0], { a: 1 }, true]
	])('%s → %s', (_, a, b, same) => {
		expect(samePlainData(a, b)).toBe(same);
		expect(samePlainData(b, a)).toBe(same);
	});
});

describe('ParseMemo: a kept parse is reused only for the same id, revision and content', () => {
	const doc = () => ({ id: 'r1', revision: 3, items: [{ number: 1, score: 4 }] });

	it.each<[string, string, number, () => unknown, boolean]>([
		['the same id, revision and content, read again (a fresh copy)', 'r1', 3, doc, true],
		['a new revision', 'r1', 4, doc, false],
		['another id', 'r2', 3, doc, false],
		['the same revision rewritten in place with other content', 'r1', 3, () => ({ ...doc(), items: [{ number: 1, score: 5 }] }), false],
		['the same revision with a field turned into a Date', 'r1', 3, () => ({ ...doc(), createdAt: new Date(0) }), false]
	])('%s → kept: %s', (_, id, revision, input, kept) => {
		const memo = new ParseMemo<string>();
		memo.keep('r1', 3, doc(), 'parsed');
		expect(memo.get(id, revision, input())).toBe(kept ? 'parsed' : undefined);
	});

	it('compares with a copy of what was parsed, so a caller changing its object later changes nothing', () => {
		const memo = new ParseMemo<string>();
		const input = doc();
		memo.keep('r1', 3, input, 'parsed');
		input.items[0]!.score = 1;
		expect(memo.get('r1', 3, input)).toBeUndefined();
		expect(memo.get('r1', 3, doc())).toBe('parsed');
	});

	it('keeps the last `size` ids: the least recently kept goes first, keeping again makes it new', () => {
		const memo = new ParseMemo<string>(2);
		memo.keep('a', 1, 'A', 'a');
		memo.keep('b', 1, 'B', 'b');
		memo.keep('a', 1, 'A', 'a');
		memo.keep('c', 1, 'C', 'c');
		expect([memo.get('a', 1, 'A'), memo.get('b', 1, 'B'), memo.get('c', 1, 'C')]).toEqual(['a', undefined, 'c']);
	});

	it('keeps one revision per id, and forgets an id on request', () => {
		const memo = new ParseMemo<string>();
		memo.keep('a', 1, 'A1', 'first');
		memo.keep('a', 2, 'A2', 'second');
		expect([memo.get('a', 1, 'A1'), memo.get('a', 2, 'A2')]).toEqual([undefined, 'second']);
		memo.forget('a');
		expect(memo.get('a', 2, 'A2')).toBeUndefined();
	});

	it('an input that cannot be copied (a screen holds rows in reactive proxies) is parsed, never kept, and never throws', () => {
		const memo = new ParseMemo<string>();
		const row = new Proxy({ items: [1, 2] }, {});
		expect(() => structuredClone(row)).toThrow();
		expect(() => memo.keep('a', 1, row, 'parsed')).not.toThrow();
		expect(memo.get('a', 1, { items: [1, 2] })).toBeUndefined();
		// An older copy of the same id is not left behind to answer for it either.
		memo.keep('b', 1, { n: 1 }, 'old');
		memo.keep('b', 1, new Proxy({ n: 2 }, {}), 'new');
		expect(memo.get('b', 1, { n: 1 })).toBeUndefined();
	});
});
