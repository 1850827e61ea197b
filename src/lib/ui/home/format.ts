/**
 * Dates as the reviewer reads them. ISO dates (YYYY-MM-DD) are built from their
 * parts in local time: `new Date('2025-03-12')` is UTC midnight and would show
 * the previous day west of Greenwich.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatIsoDate(iso: string, locale: string): string {
	const m = ISO_DATE.exec(iso);
	if (!m) return iso;
	const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(iso: string, locale: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Today's date on the device's calendar, which is the date the reviewer means. */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
