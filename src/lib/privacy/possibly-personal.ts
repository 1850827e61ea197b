/**
 * "Possibly personal" text: e-mail addresses and Finnish phone numbers. A softer
 * warning than an identity code — a service's switchboard number or a team
 * mailbox is fine in a review; a client's mobile number is not, and only the
 * reviewer can tell which. Pure: no DOM.
 *
 * Phone numbers recognised (groups may be split by one space or hyphen):
 * - international: +358 or 00358, an optional (0), then 5–11 digits starting 1–9;
 * - mobile: 04x or 050, then 5–8 digits (040 123 4567, 0401234567, 050-123 456);
 * - landline: an area code (02 03 05 06 08 09, 013–019), optionally in
 *   parentheses, then 5–8 digits (09 1234 5678, (09) 123 456, 017-123456).
 * Not phone numbers: dates (01.02.2023, 2023-02-01), times (09:30), decimals
 * (0,45), postal codes (00100), and digits glued to letters, other digits or a
 * decimal separator (invoice and reference numbers, IBANs).
 */

export type PersonalKind = 'email' | 'phone';

export interface PersonalMatch {
	kind: PersonalKind;
	start: number;
	end: number;
}

// The lookbehind lets each run of address characters be tried once: without it a
// 20,000-character run with no "@" would be rescanned from every position.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})*\.\p{L}{2,24}(?![\p{L}\p{N}])/gu;

const D = '(?:[ -]?\\d)'; // one more digit, perhaps after a single separator
const INTERNATIONAL = `(?:\\+|00)358[ -]?(?:\\(0\\)[ -]?)?[1-9]${D}{4,10}`;
const MOBILE = `0(?:4\\d|50)${D}{5,8}`;
const LANDLINE = `(?:\\(0(?:[235689]|1[3-9])\\)|0(?:[235689]|1[3-9]))${D}{5,8}`;
// Not after a letter, digit, "+", decimal separator or date/time separator; not before another digit or ",5"/".5"/":3".
const PHONE = new RegExp(`(?<![\\p{L}\\p{N}+.,:/-])(?:${INTERNATIONAL}|${MOBILE}|${LANDLINE})(?![\\p{L}\\p{N}]|[.,:/]\\d)`, 'gu');

function matches(text: string, pattern: RegExp, kind: PersonalKind): PersonalMatch[] {
	return [...text.matchAll(pattern)].map((m) => ({ kind, start: m.index, end: m.index + m[0].length }));
}

/** E-mail addresses and phone numbers in the text, in order. */
export function possiblyPersonalIn(text: string): PersonalMatch[] {
	// Cheap gates first: most keystrokes land in text with neither "@" nor a digit run.
	const emails = text.includes('@') ? matches(text, EMAIL, 'email') : [];
	const phones = /\d/.test(text) ? matches(text, PHONE, 'phone') : [];
	return [...emails, ...phones].sort((a, b) => a.start - b.start);
}
