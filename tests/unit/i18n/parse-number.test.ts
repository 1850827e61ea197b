import { describe, expect, it } from 'vitest';
import { parseNumber, type ParsedNumber } from '$lib/i18n/parse-number';

const num = (value: number): ParsedNumber => ({ kind: 'number', value });
const incomplete: ParsedNumber = { kind: 'incomplete' };
const notANumber: ParsedNumber = { kind: 'invalid', reason: 'not-a-number' };

describe('parseNumber: what is typed into a number field', () => {
	it.each<[string, ParsedNumber]>([
		// the case: a coach's working time as a share
		['0,5', num(0.5)],
		['0.5', num(0.5)],
		[',5', num(0.5)],
		['.5', num(0.5)],
		['1', num(1)],
		['0', num(0)],
		['12,25', num(12.25)],
		['-1,5', num(-1.5)],
		['\u22121,5', num(-1.5)],
		['-0,0', num(0)],
		// spaces anywhere are grouping or slips, not content
		['  0,5 ', num(0.5)],
		['1 000', num(1000)],
		['1\u00a0000,5', num(1000.5)],
		['1\u202f000', num(1000)],
		// a comma is always a decimal separator, never grouping
		['1,000', num(1)],
		// half-typed: not an error, not saved
		['-', incomplete],
		[',', incomplete],
		['.', incomplete],
		['-,', incomplete],
		['0,', incomplete],
		['5.', incomplete],
		['-0', incomplete],
		// nothing typed
		['', { kind: 'empty' }],
		['   ', { kind: 'empty' }],
		// refused
		['1.000,5', notANumber],
		['1,5,', notANumber],
		['1e3', notANumber],
		['+1', notANumber],
		['0x10', notANumber],
		['puoli', notANumber],
		['--1', notANumber],
		['1-', notANumber],
		['Infinity', notANumber],
		['NaN', notANumber],
		// the limit the review schema keeps, at its edge
		['1000000000', num(1e9)],
		['-1000000000', num(-1e9)],
		['1000000000,5', { kind: 'invalid', reason: 'too-large' }],
		['1000000001', { kind: 'invalid', reason: 'too-large' }]
	])('%j → %j', (text, expected) => {
		expect(parseNumber(text)).toEqual(expected);
	});
});
