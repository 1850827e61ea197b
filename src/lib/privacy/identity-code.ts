/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign, a
 * three-digit individual number and a check character. Pure: no DOM, no clock.
 *
 * Only codes that are valid in every part are reported, so a date, a phone number
 * or an invoice number that merely looks like one does not nag the reviewer:
 * - the date is a real calendar date in the century the sign names (leap years
 *   decided by the full year, so 290200A… is valid and 290200-… is not);
 * - the individual number is 002–999: 002–899 are permanent codes, 900–999 the
 *   temporary codes hospitals and social services give to people without one —
 *   those identify a client just as well, so they are caught too; 000 and 001
 *   are never issued;
 * - the check character is DDMMYYNNN mod 31 looked up in CHECK_CHARS.
 * Letters are matched in either case: a code typed in lower case is still a code.
 * A code glued to other letters or digits (part of a longer identifier) is not one.
 */

export const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** The century each sign names; the 2023 reform added Y X W V U and B C D E F. */
export const CENTURY_SIGNS: Readonly<Record<string, number>> = {
	'+': 1800,
	'-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
	A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000
};

export interface CodeMatch {
	/** Offset of the first character in the searched text. */
	start: number;
	end: number;
}

// Letters and digits of any script count as "glued"; lookbehind keeps the scan linear.
const CANDIDATE = /(?<![\p{L}\p{N}])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/giu;

export function checkCharFor(nineDigits: string): string {
	return CHECK_CHARS[Number(nineDigits) % 31]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
	return day <= days;
}

export function isValidIdentityCode(dd: string, mm: string, yy: string, sign: string, nnn: string, check: string): boolean {
	const century = CENTURY_SIGNS[sign.toUpperCase()];
	if (century === undefined) return false;
	if (!isRealDate(century + Number(yy), Number(mm), Number(dd))) return false;
	if (Number(nnn) < 2) return false;
	return checkCharFor(dd + mm + yy + nnn) === check.toUpperCase();
}

/** Every valid identity code in the text, in order. */
export function identityCodesIn(text: string): CodeMatch[] {
	const found: CodeMatch[] = [];
	for (const m of text.matchAll(CANDIDATE)) {
		const [whole, dd, mm, yy, sign, nnn, check] = m as unknown as [string, string, string, string, string, string, string];
		if (isValidIdentityCode(dd, mm, yy, sign, nnn, check)) found.push({ start: m.index, end: m.index + whole.length });
	}
	return found;
}

export const hasIdentityCode = (text: string): boolean => identityCodesIn(text).length > 0;

/** The words put in place of a removed code (kept Finnish: it is stored in the review, not UI). */
export const REDACTED = '[henkilötunnus poistettu]';

/** The text with every valid identity code replaced by REDACTED; other text untouched. */
export function redactIdentityCodes(text: string): string {
	let out = '';
	let from = 0;
	for (const { start, end } of identityCodesIn(text)) {
		out += text.slice(from, start) + REDACTED;
		from = end;
	}
	return out + text.slice(from);
}
