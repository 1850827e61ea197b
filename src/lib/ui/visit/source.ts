import { formatDate, formatDateTime } from '$lib/i18n/format';
import type { Session } from '$lib/review/schema';
import { KIND_LABEL } from './labels';

/** When a session was, in the UI language: date and time, the date alone, or the time as typed in an older version. */
export function whenOf(session: Session, locale: string): string {
	if (session.date && session.time) return formatDateTime(`${session.date}T${session.time}:00`, locale);
	if (session.date) return formatDate(session.date, locale);
	return session.when.trim();
}

/** "Haastattelu · tiiminvetäjä · 3.3.2026 klo 9.30": where a note came from, as one line. */
export function sourceLine(session: Session, locale: string): string {
	return [KIND_LABEL[session.kind](), session.role.trim(), whenOf(session, locale)].filter((p) => p !== '').join(' · ');
}
