import { describe, expect, it } from 'vitest';
import { decimalSeparator, formatDate, formatDateTime, formatLanguage, formatList, formatNumber, formatTime } from '$lib/i18n/format';

// Local-time instants, so the expectations hold in any time zone the tests run in.
const morning = new Date(2026, 2, 2, 1, 12); // 2 March 2026, 01:12 — the "klo 1.12" vs "01.12" case
const evening = new Date(2026, 11, 31, 23, 5);

describe('formatLanguage', () => {
	it.each([
		['fi', 'fi'], ['fi-FI', 'fi'], ['sv', 'sv'], ['sv-FI', 'sv'], ['SV-se', 'sv'],
		['en', 'en'], ['en-GB', 'en'], ['de', 'fi'], ['', 'fi'], [null, 'fi'], [undefined, 'fi']
	] as const)('%j → %s', (tag, lang) => expect(formatLanguage(tag)).toBe(lang));
});

describe('dates and times, one way per language', () => {
	it.each([
		// language, date, time, date and time
		['fi', morning, '2.3.2026', '1.12', '2.3.2026 klo 1.12'],
		['sv', morning, '2.3.2026', '1.12', '2.3.2026 kl. 1.12'],
		['en', morning, '2 Mar 2026', '01:12', '2 Mar 2026, 01:12'],
		['fi', evening, '31.12.2026', '23.05', '31.12.2026 klo 23.05'],
		['sv', evening, '31.12.2026', '23.05', '31.12.2026 kl. 23.05'],
		['en', evening, '31 Dec 2026', '23:05', '31 Dec 2026, 23:05']
	])('%s: %s', (lang, at, date, time, dateTime) => {
		expect(formatDate(at, lang)).toBe(date);
		expect(formatTime(at, lang)).toBe(time);
		expect(formatDateTime(at, lang)).toBe(dateTime);
		// the same instant as a timestamp or an ISO string reads the same
		expect(formatDateTime(at.getTime(), lang)).toBe(dateTime);
		expect(formatDateTime(at.toISOString(), lang)).toBe(dateTime);
	});

	it.each([
		['fi', '2026-03-02', '2.3.2026'],
		['sv', '2026-03-02', '2.3.2026'],
		['en', '2026-03-02', '2 Mar 2026'],
		['en', '2025-01-31', '31 Jan 2025']
	])('%s: a calendar date %s is that day, not UTC midnight', (lang, iso, shown) => {
		expect(formatDate(iso, lang)).toBe(shown);
	});

	it.each(['', 'eilen', '2026-02-30', '2026-13-01'])('text that is not a date (%j) is shown as it is', (text) => {
		expect(formatDate(text, 'fi')).toBe(text);
		expect(formatDateTime(text, 'en')).toBe(text);
	});
});

describe('numbers with the language’s decimal separator', () => {
	it.each([
		['fi', 0.5, {}, '0,5'],
		['sv', 0.5, {}, '0,5'],
		['en', 0.5, {}, '0.5'],
		['fi', 3.456, {}, '3,46'],
		['fi', 3, { min: 1, max: 1 }, '3,0'],
		['en', 3.25, { min: 1, max: 1 }, '3.3'],
		['sv', 12345.5, {}, '12345,5'],
		['fi', -1.5, {}, '-1,5'],
		['en', 100, {}, '100']
	] as const)('%s %d %j → %s', (lang, n, digits, text) => {
		expect(formatNumber(n, lang, digits)).toBe(text);
	});

	it.each([['fi', ','], ['sv', ','], ['en', '.']] as const)('%s separates decimals with %j', (lang, sep) => {
		expect(decimalSeparator(lang)).toBe(sep);
	});
});

describe('formatList', () => {
	it.each([
		['fi', [], ''],
		['fi', ['1 uusi'], '1 uusi'],
		['fi', ['a', 'b'], 'a ja b'],
		['fi', ['a', 'b', 'c'], 'a, b ja c'],
		['sv', ['a', 'b', 'c'], 'a, b och c'],
		['en', ['a', 'b', 'c'], 'a, b and c']
	] as const)('%s %j → %j', (lang, parts, text) => expect(formatList(parts, lang)).toBe(text));
});
