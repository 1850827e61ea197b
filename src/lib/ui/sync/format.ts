/** Times in the reviewer's language: "klo 14.05" today, with the date otherwise. */
export function formatTime(at: number | string, locale: string | null | undefined, withDate = false): string {
	const date = new Date(at);
	const options: Intl.DateTimeFormatOptions = withDate
		? { day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit' }
		: { hour: '2-digit', minute: '2-digit' };
	return date.toLocaleString(locale ?? 'fi', options);
}
