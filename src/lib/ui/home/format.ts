// Dates follow the app's one format per language; the home screen's names kept for its callers.
export { formatDate as formatIsoDate, formatDateTime } from '$lib/i18n/format';

/** Today's date on the device's calendar, which is the date the reviewer means. */
export function todayIso(now: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
