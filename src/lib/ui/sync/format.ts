import { formatDateTime, formatTime as formatClock } from '$lib/i18n/format';

/** Times in the reviewer's language ($lib/i18n/format): the clock only, or with the date. */
export function formatTime(at: number | string, locale: string | null | undefined, withDate = false): string {
	return withDate ? formatDateTime(at, locale) : formatClock(at, locale);
}
