import { describe, expect, it } from 'vitest';
import { checkToken } from '../../../src/lib/sync/protocol';

describe('checkToken: RFC 6750 b64token, refused with the character and its place', () => {
	it.each<[string, string]>([
		['the development token', 'dev-token'],
		['every allowed punctuation', 'a-b.c_d~e+f/g'],
		['base64 with padding', 'QWxhZGRpbjpvcGVu=='],
		['a single character', 'x'],
		['digits only', '0123456789']
	])('accepts %s', (_name, token) => {
		expect(checkToken(token)).toEqual({ ok: true });
	});

	it.each<[string, string, number, string, boolean]>([
		['a zero-width space inside', 'dev\u200Btoken', 4, 'U+200B', false],
		['a zero-width space at the start', '\u200Bdev', 1, 'U+200B', false],
		['a byte-order mark', '\uFEFFdev', 1, 'U+FEFF', false],
		['a non-breaking space', 'dev\u00A0token', 4, 'U+00A0', false],
		['a soft hyphen (latin-1, sendable but not a token)', 'de\u00ADv', 3, 'U+00AD', false],
		['a space', 'dev token', 4, 'U+0020', false],
		['a tab', 'dev\ttoken', 4, 'U+0009', false],
		['a line feed', 'dev\n', 4, 'U+000A', false],
		['DEL', 'dev\u007F', 4, 'U+007F', false],
		['an emoji counts as one character', '😀x', 1, 'U+1F600', false],
		['an emoji after one character is the second', 'x😀', 2, 'U+1F600', false],
		['a visible character outside the syntax', 'dev!token', 4, 'U+0021', true],
		['a quote', 'dev"', 4, 'U+0022', true],
		['"=" before the end', 'de=v', 3, 'U+003D', true],
		['only "="', '==', 1, 'U+003D', true],
		['a Finnish letter', 'pääsy', 2, 'U+00E4', false]
	])('refuses %s', (_name, token, position, codePoint, visible) => {
		expect(checkToken(token)).toEqual({ ok: false, problem: { kind: 'character', position, char: Array.from(token)[position - 1], codePoint, visible } });
	});

	it('refuses an empty token', () => {
		expect(checkToken('')).toEqual({ ok: false, problem: { kind: 'empty' } });
	});
});
