import { describe, expect, it } from 'vitest';
import { cssString, MAX_SERVICE, runningHeaderCss, shorten } from '../../../src/lib/report/running-header';

/** Reads a CSS string literal back as a CSS parser would (hex escapes end with one space). */
function unescape(literal: string): string {
	expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
	return literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

describe('cssString', () => {
	it.each([
		['plain Finnish', 'Työhönvalmennus Äänekoski 2', 'Työhönvalmennus Äänekoski 2'],
		['a quote that would end the string', 'Palvelu "A"', 'Palvelu "A"'],
		['a backslash', 'a\\b', 'a\\b'],
		['a rule breakout', '"; } body { display: none } @page { x: "', '"; } body { display: none } @page { x: "'],
		['an HTML closing tag', '</style><script>', '</style><script>'],
		['an emoji outside the BMP', 'Palvelu 🙂', 'Palvelu 🙂'],
		['the middle dot', 'a · b', 'a · b']
	])('%s reads back as typed', (_, input, expected) => {
		expect(unescape(cssString(input))).toBe(expected);
	});

	it.each([['quote', '"'], ['backslash', '\\'], ['brace', '}'], ['semicolon', ';'], ['angle', '<']])(
		'never writes a raw %s inside the literal',
		(_, ch) => {
			const inner = cssString(`x${ch}y${ch}`).slice(1, -1);
			// Only escapes may contain backslashes; the character itself never appears.
			expect(inner.replace(/\\[0-9a-f]{1,6} /g, '')).not.toContain(ch);
		}
	);

	it('turns line breaks and other control characters into spaces', () => {
		expect(unescape(cssString('a\nb\r\tc\u0000d'))).toBe('a b  c d');
	});
});

describe('shorten', () => {
	it.each([
		['short stays', 'Palvelu', 'Palvelu'],
		['exactly the limit stays', 'x'.repeat(MAX_SERVICE), 'x'.repeat(MAX_SERVICE)],
		['one over gets an ellipsis', 'x'.repeat(MAX_SERVICE + 1), `${'x'.repeat(MAX_SERVICE - 1)}…`],
		['runs of spaces fold', '  a \n  b ', 'a b']
	])('%s', (_, input, expected) => {
		expect(shorten(input)).toBe(expected);
	});
});

describe('runningHeaderCss', () => {
	it('puts "service · date · " before the page counters in a bottom margin box', () => {
		const css = runningHeaderCss('Palvelu', '2.3.2026');
		expect(css).toMatch(/^@page \{ @bottom-center \{ content: "Palvelu \\b7  2\.3\.2026 \\b7  " counter\(page\) " \/ " counter\(pages\);/);
	});
});
