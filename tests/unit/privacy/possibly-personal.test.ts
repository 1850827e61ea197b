import { describe, expect, it } from 'vitest';
import { possiblyPersonalIn } from '../../../src/lib/privacy/possibly-personal';

const kinds = (text: string) => possiblyPersonalIn(text).map((m) => [m.kind, text.slice(m.start, m.end)]);

describe('e-mail addresses', () => {
	it.each([
		['maija.meikalainen@esimerkki.fi', 'maija.meikalainen@esimerkki.fi'],
		['Lähetä: etu_suku+tag@sub.domain.org.', 'etu_suku+tag@sub.domain.org'],
		['(ville@posti.fi)', 'ville@posti.fi'],
		['äiti@kotiposti.fi', 'äiti@kotiposti.fi']
	])('%j', (text, expected) => {
		expect(kinds(text)).toEqual([['email', expected]]);
	});

	it.each([
		['@tiimi kokous', 'a mention'],
		['käyttäjä@localhost', 'no top-level domain'],
		['klo 10 @ neuvotteluhuone', 'an at sign between words'],
		['a@b.c', 'one-letter top-level domain'],
		['hinta 5 € @ 2 kpl', 'prices']
	])('%j does not trigger (%s)', (text) => {
		expect(kinds(text)).toEqual([]);
	});
});

describe('Finnish phone numbers', () => {
	it.each([
		['040 123 4567', 'mobile, spaced'],
		['0401234567', 'mobile, unspaced'],
		['050-123 4567', 'mobile 050 with a hyphen'],
		['044 1234567', 'mobile 044'],
		['040 123456', 'older, shorter mobile'],
		['+358 40 123 4567', 'international mobile'],
		['+358401234567', 'international, unspaced'],
		['+358 (0)40 123 4567', 'international with (0)'],
		['00358 9 1234 5678', 'international with 00'],
		['09 1234 5678', 'Helsinki landline'],
		['(09) 123 456', 'area code in parentheses'],
		['017-123456', 'Kuopio landline'],
		['02 234 5678', 'Turku landline']
	])('%j (%s)', (number) => {
		expect(kinds(`Soita ${number} tänään`)).toEqual([['phone', number]]);
	});

	it.each([
		['01.02.2023', 'a date'],
		['2023-02-01', 'an ISO date'],
		['klo 09:30', 'a time'],
		['0,45 € / kpl', 'a decimal'],
		['0.45', 'a decimal with a point'],
		['00100 Helsinki', 'a postal code'],
		['RF18 5390 0754 7034', 'a creditor reference'],
		['FI49 5000 9420 0287 30', 'an IBAN'],
		['Lasku 20230401234', 'an invoice number'],
		['viite 1234 5678 9012', 'a reference number'],
		['AB0401234567', 'digits glued to letters'],
		['10401234567', 'digits glued to a digit'],
		['45 asiakasta, 12 valmentajaa', 'counts'],
		['040', 'a prefix alone'],
		['13.10.1952-308', 'a date with a suffix']
	])('%j does not trigger (%s)', (text) => {
		expect(kinds(text)).toEqual([]);
	});
});

it('reports both kinds in text order', () => {
	expect(kinds('puh 040 123 4567 tai maija@esimerkki.fi')).toEqual([
		['phone', '040 123 4567'],
		['email', 'maija@esimerkki.fi']
	]);
});
