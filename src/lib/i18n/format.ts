/**
 * Dates, times and numbers, one way per UI language. Pure: no Svelte, no locale state;
 * callers pass `locale.current`.
 *
 * The patterns are written out here rather than left to `Intl` styles, because the
 * styles differ between ICU versions and between options (Finnish came out both as
 * "klo 1.12" and "klo 01.12"; English in three shapes). What each language uses:
 *
 * | language | date      | time  | date and time        | decimal |
 * | -------- | --------- | ----- | -------------------- | ------- |
 * | fi       | 2.3.2026  | 9.05  | 2.3.2026 klo 9.05    | 0,5     |
 * | sv       | 2.3.2026  | 9.05  | 2.3.2026 kl. 9.05    | 0,5     |
 * | en       | 2 Mar 2026| 09:05 | 2 Mar 2026, 09:05    | 0.5     |
 *
 * Finnish and Finland-Swedish write the day first with full stops and the hour
 * without a leading zero (the national language boards' recommendations); English is
 * the British shape, 24-hour, with the month as a word so 2.3. and 3.2. can't be confused.
 * Times are the device's local time, which is where the reviewer is.
 */
export type FormatLanguage = 'fi' | 'sv' | 'en';

/** Any locale tag to the language whose conventions apply; Finnish when unknown. */
export function formatLanguage(locale: string | null | undefined): FormatLanguage {
	const tag = (locale ?? '').toLowerCase();
	if (tag.startsWith('sv')) return 'sv';
	if (tag.startsWith('en')) return 'en';
	return 'fi';
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar date (`YYYY-MM-DD`) is taken as it is written, not as UTC midnight
 * (which would be the previous day west of Greenwich); a timestamp is shown in local time.
 */
function toDate(at: string | number | Date): Date | null {
	if (at instanceof Date) return Number.isNaN(at.getTime()) ? null : at;
	if (typeof at === 'string') {
		const m = ISO_DATE.exec(at);
		if (m) {
			const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
			return d.getMonth() === Number(m[2]) - 1 ? d : null;
		}
	}
	const d = new Date(at);
	return Number.isNaN(d.getTime()) ? null : d;
}

function dateOf(d: Date, lang: FormatLanguage): string {
	if (lang === 'en') return `${d.getDate()} ${MONTHS_EN[d.getMonth()]} ${d.getFullYear()}`;
	return `${d.getDate()}.${d.getMonth() + 1}.${d.getFullYear()}`;
}

function timeOf(d: Date, lang: FormatLanguage): string {
	if (lang === 'en') return `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
	return `${d.getHours()}.${pad2(d.getMinutes())}`;
}

const fallback = (at: string | number | Date) => (at instanceof Date ? '' : String(at));

/** The date only. Text that is not a date is shown as it is, never as "Invalid Date". */
export function formatDate(at: string | number | Date, locale: string | null | undefined): string {
	const d = toDate(at);
	return d ? dateOf(d, formatLanguage(locale)) : fallback(at);
}

/** The clock time only, without "klo"/"kl." (the message around it says that). */
export function formatTime(at: string | number | Date, locale: string | null | undefined): string {
	const d = toDate(at);
	return d ? timeOf(d, formatLanguage(locale)) : fallback(at);
}

/** Date and time together, as one phrase. */
export function formatDateTime(at: string | number | Date, locale: string | null | undefined): string {
	const d = toDate(at);
	if (!d) return fallback(at);
	const lang = formatLanguage(locale);
	const joint = { fi: ' klo ', sv: ' kl. ', en: ', ' }[lang];
	return `${dateOf(d, lang)}${joint}${timeOf(d, lang)}`;
}

/** The separator a number is written with: comma in Finnish and Swedish, point in English. */
export const decimalSeparator = (locale: string | null | undefined): ',' | '.' =>
	formatLanguage(locale) === 'en' ? '.' : ',';

/**
 * `n` written with at most `max` decimals (at least `min`), no grouping, a point for the decimal
 * mark: what `Intl.NumberFormat('en-US', { useGrouping: false, … })` writes, which rounds the
 * shortest decimal that reads back as `n` half away from zero and keeps the sign of a negative that
 * rounds to zero ("-0"). Done by hand because the first `Intl.NumberFormat` a page creates loads
 * ICU's number data: ≈ 0.4 s at 4× CPU, which was most of what the consensus screen's cold open
 * spent beyond an item screen's (issue 10, `scripts/bench/trace-consensus.ts`).
 */
function fixed(n: number, min: number, max: number): string {
	const sign = n < 0 || Object.is(n, -0) ? '-' : '';
	// The shortest round-trip digits d.ddd and exponent: the value is 0.digits × 10^point.
	const [mantissa = '0', exponent = '0'] = Math.abs(n).toExponential().split('e');
	const digits = mantissa.replace('.', '');
	const keep = Number(exponent) + 1 + max; // digits left of the rounding place
	let scaled: bigint; // the value × 10^max, rounded
	if (keep < 0) scaled = 0n;
	else if (keep >= digits.length) scaled = BigInt(digits + '0'.repeat(keep - digits.length));
	else scaled = BigInt(digits.slice(0, keep) || '0') + (digits[keep]! >= '5' ? 1n : 0n);
	const text = scaled.toString().padStart(max + 1, '0');
	const whole = text.slice(0, text.length - max);
	const decimals = text.slice(text.length - max).replace(/0+$/, '').padEnd(min, '0');
	return `${sign}${whole}${decimals ? '.' + decimals : ''}`;
}

/**
 * A number with the language's decimal separator and at most `max` decimals (at least
 * `min`). Thousands are not grouped: the figures here are small, and a grouping space
 * inside a number a reviewer copies back into a field would not parse.
 */
export function formatNumber(n: number, locale: string | null | undefined, digits: { min?: number; max?: number } = {}): string {
	if (!Number.isFinite(n)) return String(n);
	const { min = 0, max = 2 } = digits;
	const text = fixed(n, min, Math.max(min, max));
	return decimalSeparator(locale) === ',' ? text.replace('.', ',') : text;
}

/** "a, b ja c" / "a, b och c" / "a, b and c": the parts of a sentence built from counts. */
export function formatList(parts: readonly string[], locale: string | null | undefined): string {
	const joint = { fi: ' ja ', sv: ' och ', en: ' and ' }[formatLanguage(locale)];
	if (parts.length < 2) return parts.join('');
	return `${parts.slice(0, -1).join(', ')}${joint}${parts.at(-1)}`;
}
