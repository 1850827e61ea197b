import { describe, expect, it } from 'vitest';
import { CHECK_CHARS, REDACTED, hasIdentityCode, identityCodesIn, redactIdentityCodes } from '../../../src/lib/privacy/identity-code';

// Check characters computed by hand: DDMMYYNNN mod 31, looked up in CHECK_CHARS.
describe('valid identity codes are found', () => {
	it.each([
		['131052-308T', 'the example the population register publishes'],
		['010100+002H', '1800s, lowest individual number'],
		['290200A1239', '29 Feb 2000: leap year (divisible by 400)'],
		['290204A5558', '29 Feb 2004: leap year'],
		['290296+050P', '29 Feb 1896: leap year'],
		['311299F8997', 'last day of the year, highest permanent number'],
		['010199-9997', 'temporary code (900–999)'],
		['131052-308t', 'check character typed in lower case'],
		['290200a1239', 'century sign typed in lower case']
	])('%s (%s)', (code) => {
		expect(identityCodesIn(code)).toEqual([{ start: 0, end: 11 }]);
	});

	it.each([
		['150390X4561', 'X'],
		['150390W4561', 'W'],
		['150390V4561', 'V'],
		['150390U4561', 'U'],
		['290296Y9015', 'Y'],
		['131052-308T', '-'],
		['010101B002S', 'B'],
		['150303C111E', 'C'],
		['150303D111E', 'D'],
		['150303E111E', 'E'],
		['311299F8997', 'F'],
		['290200A1239', 'A'],
		['010100+002H', '+']
	])('century sign %s → %s', (code) => {
		expect(hasIdentityCode(code)).toBe(true);
	});

	it('finds codes inside sentences, with their offsets', () => {
		const text = 'Asiakas (131052-308T) ja toinen: 010101B002S.';
		expect(identityCodesIn(text)).toEqual([
			{ start: 9, end: 20 },
			{ start: 33, end: 44 }
		]);
	});

	it.each(['(131052-308T)', 'hetu:131052-308T', '"131052-308T"', '131052-308T.', 'rivi\n131052-308T\n'])('is found in %j', (text) => {
		expect(hasIdentityCode(text)).toBe(true);
	});
});

describe('every wrong check character is refused', () => {
	const wrong = [...CHECK_CHARS].filter((c) => c !== 'T');
	it.each(wrong)('131052-308%s', (c) => {
		expect(hasIdentityCode(`131052-308${c}`)).toBe(false);
	});
	it.each(['G', 'I', 'O', 'Q', 'Z'])('letters never used as a check character: %s', (c) => {
		expect(hasIdentityCode(`131052-308${c}`)).toBe(false);
	});
});

describe('impossible dates and numbers are refused (check character made right for each)', () => {
	it.each([
		['290200-1239', '29 Feb 1900: not a leap year'],
		['290203A5550', '29 Feb 2003'],
		['290201+777M', '29 Feb 1801'],
		['000190-1230', 'day 00'],
		['320190-123M', 'day 32'],
		['310490-123D', '31 April'],
		['010090-123U', 'month 00'],
		['011390-123A', 'month 13'],
		['010190-000N', 'individual number 000'],
		['010190-001P', 'individual number 001'],
		['010190G123M', 'G is not a century sign'],
		['010190Z123M', 'Z is not a century sign']
	])('%s (%s)', (code) => {
		expect(hasIdentityCode(code)).toBe(false);
	});
});

describe('look-alikes do not trigger', () => {
	it.each([
		['040 123 4567', 'mobile number'],
		['+358 40 123 4567', 'international phone number'],
		['01.02.2023', 'date'],
		['2023-02-01', 'ISO date'],
		['131052 308T', 'space instead of a century sign'],
		['131052-308', 'no check character'],
		['RF18 5390 0754 7034', 'creditor reference'],
		['Lasku 1310523085', 'invoice number'],
		['FI49 5000 9420 0287 30', 'IBAN'],
		['X131052-308T', 'glued to a letter before'],
		['9131052-308T', 'glued to a digit before'],
		['131052-308TA', 'glued to a letter after'],
		['131052-308T5', 'glued to a digit after'],
		['ABC131052-308TXYZ', 'inside a longer identifier'],
		['ä131052-308T', 'glued to a Finnish letter'],
		['', 'empty text']
	])('%j (%s)', (text) => {
		expect(hasIdentityCode(text)).toBe(false);
	});
});

describe('redaction', () => {
	it.each([
		['131052-308T', REDACTED],
		['Asiakas 131052-308T, 010101B002S.', `Asiakas ${REDACTED}, ${REDACTED}.`],
		['ei tunnusta 01.02.2023', 'ei tunnusta 01.02.2023'],
		['väärä 131052-308U jää', 'väärä 131052-308U jää']
	])('%j → %j', (text, expected) => {
		expect(redactIdentityCodes(text)).toBe(expected);
	});
});
