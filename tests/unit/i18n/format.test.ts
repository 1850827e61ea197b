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

	// Rounding is done by hand (no Intl: its first use loads ICU's number data, ≈ 0.4 s at 4× CPU).
	// The shortest decimal of the number is rounded half away from zero, as Intl does.
	it.each([
		[1.005, {}, '1.01'],
		[2.675, {}, '2.68'],
		[0.125, {}, '0.13'],
		[-0.125, {}, '-0.13'],
		[9.995, {}, '10'],
		[99.99, { max: 1 }, '100'],
		[2.5, { max: 0 }, '3'],
		[-2.5, { max: 0 }, '-3'],
		[0.49, { max: 0 }, '0'],
		[0.0005, { max: 3 }, '0.001'],
		[0.00049, { max: 3 }, '0'],
		[0.3, { min: 2, max: 2 }, '0.30'],
		[0.1, { max: 20 }, '0.1'],
		[0.30000000000000004, { max: 20 }, '0.30000000000000004'],
		[1e-7, { max: 20 }, '0.0000001'],
		[5e-324, { max: 20 }, '0'],
		[1e21, {}, '1000000000000000000000'],
		[0, { min: 2 }, '0.00'],
		[-0, {}, '-0'],
		[-0.001, {}, '-0']
	] as const)('rounds %d %j to %s', (n, digits, text) => expect(formatNumber(n, 'en', digits)).toBe(text));

	it('writes what Intl.NumberFormat writes, over many numbers and digit settings', () => {
		const numbers = [0, 1, -1, 0.5, 1.45, 1.55, 123.456789, 1 / 3, 2 / 3, -7 / 9, 1e-5, 4.35, 1234567.891, Number.MAX_SAFE_INTEGER, 1e300];
		for (let i = 1; i < 400; i++) numbers.push((i * 7919) / 1000, (i * 104729) / 997, -i / 8, i / 1e4 + 0.005);
		for (const [min, max] of [[0, 0], [0, 1], [0, 2], [1, 1], [2, 2], [1, 3], [0, 20]]) {
			const intl = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: min, maximumFractionDigits: max });
			for (const n of numbers) expect(formatNumber(n, 'en', { min, max }), `${n} ${min}–${max}`).toBe(intl.format(n));
		}
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
