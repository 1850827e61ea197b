import { formatDate, formatNumber as formatDecimal } from '$lib/i18n/format';

/** Dates follow the app's one format per language ($lib/i18n/format). */
export { formatDate } from '$lib/i18n/format';

/** The report prints its figures with a fixed number of decimals, so columns line up. */
export function formatNumber(n: number, locale: string, digits = 1): string {
	return formatDecimal(n, locale, { min: digits, max: digits });
}

/** The visit's dates: one date, or "start – end" when the visit ran over several days. */
export function formatSpan(start: string, end: string | null, locale: string): string {
	return end && end !== start ? `${formatDate(start, locale)} – ${formatDate(end, locale)}` : formatDate(start, locale);
}
