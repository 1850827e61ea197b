/**
 * Calendar dates as the client-record sheet holds them: `YYYY-MM-DD`, no time,
 * no zone. Counted in UTC so a summer-time change never makes a day 23 hours.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid date, else null (wrong shape, 31.2., 29.2. of a common year). */
export function dayNumber(date: string | null | undefined): number | null {
	const m = ISO.exec(date ?? '');
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
	return ms / 86_400_000;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null when either is not a date. */
export function daysBetween(from: string | null | undefined, to: string | null | undefined): number | null {
	const a = dayNumber(from);
	const b = dayNumber(to);
	return a === null || b === null ? null : b - a;
}

/**
 * The same day `months` later, as a calendar reads it: 31 January plus one month
 * is the last day of February (28th, or 29th in a leap year).
 */
export function addMonths(date: string, months: number): string | null {
	const m = ISO.exec(date);
	if (!m || dayNumber(date) === null) return null;
	const total = Number(m[1]) * 12 + (Number(m[2]) - 1) + months;
	const y = Math.floor(total / 12);
	const mo = total - y * 12;
	const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
	const d = Math.min(Number(m[3]), last);
	return `${String(y).padStart(4, '0')}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
