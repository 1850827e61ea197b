/**
 * What a reviewer types into a number field, read as a number. Pure; table-tested in
 * tests/unit/i18n/parse-number.test.ts.
 *
 * - A decimal comma and a decimal point are both accepted, in every UI language: the
 *   form's own hints write "0,5", a Finnish or Swedish keyboard offers a comma, and a
 *   reviewer who switched the UI to English still types the way they write. The
 *   figures asked for are small (hours, shares, counts of clients), so a comma is
 *   never a thousands separator here; "1,000" is one, not a thousand.
 * - Spaces (also no-break and narrow no-break, as in "1 000") are ignored, so a
 *   number copied from a document or written with grouping still reads.
 * - A minus sign may be the hyphen or the typographic minus (U+2212).
 * - Only plain decimals: no exponent ("1e3"), no second separator ("1.000,5").
 * - While typing, "-", ",", "0," or "-0" are `incomplete`: not an error yet, and not
 *   saved; the field keeps the last number it saved until the typing completes one.
 */
export type ParsedNumber =
	| { kind: 'empty' }
	| { kind: 'number'; value: number }
	| { kind: 'incomplete' }
	| { kind: 'invalid'; reason: 'not-a-number' | 'too-large' };

/** Larger magnitudes are refused: the review schema would not store them. */
export const NUMBER_LIMIT = 1e9;

const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN = /^(-?)(\d*)(?:[.,](\d*))?$/;

export function parseNumber(text: string): ParsedNumber {
	const compact = text.replace(SPACES, '').replace(/\u2212/g, '-');
	if (compact === '') return { kind: 'empty' };
	const m = PLAIN.exec(compact);
	if (!m) return { kind: 'invalid', reason: 'not-a-number' };
	const [, sign, whole = '', fraction] = m;
	if (whole === '' && !fraction) return { kind: 'incomplete' }; // "-", ",", "-,"
	const value = Number(`${sign}${whole || '0'}.${fraction || '0'}`);
	if (Math.abs(value) > NUMBER_LIMIT) return { kind: 'invalid', reason: 'too-large' };
	// A trailing separator, or "-0" (the start of "-0,5"), is a number still being typed.
	if (fraction === '' || (sign && value === 0 && fraction === undefined)) return { kind: 'incomplete' };
	return { kind: 'number', value: value + 0 }; // + 0 turns -0 into 0
}
