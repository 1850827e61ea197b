/**
 * The line every printed page carries: "service · review date · n / m".
 *
 * It is drawn by CSS paged media, an `@page` margin box, which Chromium (131 and
 * later) renders both in its print dialog and in `page.pdf()`. One mechanism for
 * both paths: `n` and `m` are the `page` and `pages` counters, which only the
 * print layout knows. The service name is the reviewer's text, so it enters the
 * style sheet only as a CSS string with every character outside a safe set
 * written as a hex escape; nothing in it can end the string or the rule.
 */

/** Long names would run into the page number; the title page has the whole name. */
export const MAX_SERVICE = 60;

const SAFE = /^[\p{L}\p{N} .,]$/u;

/** A CSS string literal, quotes included. */
export function cssString(text: string): string {
	let out = '';
	for (const ch of text) {
		// A control or line separator could not be printed meaningfully anyway.
		const code = ch.codePointAt(0) ?? 0;
		out += SAFE.test(ch) ? ch : code < 0x20 || code === 0x7f ? ' ' : `\\${code.toString(16)} `;
	}
	return `"${out}"`;
}

export function shorten(text: string, max = MAX_SERVICE): string {
	const chars = [...text.replace(/\s+/g, ' ').trim()];
	return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/** The `@page` rule for a report: the running line bottom centre, in small type. */
export function runningHeaderCss(service: string, date: string): string {
	const label = cssString(`${shorten(service)} · ${date} · `);
	return `@page { @bottom-center { content: ${label} counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #333; } }`;
}
