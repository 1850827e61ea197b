/**
 * Dates in the reader's language. ISO dates are built from their parts in local
 * time: `new Date('2026-03-02')` is UTC midnight, the previous day west of Greenwich.
 */
export function formatDate(iso: string, locale: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!m) return iso;
	const date = iso.length > 10 ? new Date(iso) : new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

export function formatNumber(n: number, locale: string, digits = 1): string {
	return n.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** The visit's dates: one date, or "start – end" when the visit ran over several days. */
export function formatSpan(start: string, end: string | null, locale: string): string {
	return end && end !== start ? `${formatDate(start, locale)} – ${formatDate(end, locale)}` : formatDate(start, locale);
}
