/**
 * Whether a bearer token can be sent at all. RFC 6750 §2.1 allows a credential of
 * b64token syntax only: letters, digits, "-" "." "_" "~" "+" "/", then any number of
 * "=" at the end. Anything else either makes fetch throw before a byte is sent
 * (U+200B and the like cannot be put in a header) or is not a bearer token, so it is
 * refused where it is typed, with the character and its place named, and a stored one
 * is refused before an upload (the queue pauses; it is not a network failure).
 */
export type TokenProblem =
	| { kind: 'empty' }
	/**
	 * `position` counts characters from 1, as the reviewer would; `codePoint` is "U+200B";
	 * `visible` says whether `char` itself can be shown (printable ASCII) or only its code.
	 */
	| { kind: 'character'; position: number; char: string; codePoint: string; visible: boolean };

export type TokenCheck = { ok: true } | { ok: false; problem: TokenProblem };

const B64TOKEN_CHAR = /^[A-Za-z0-9\-._~+/]$/;

export function checkToken(token: string): TokenCheck {
	const chars = Array.from(token); // by code point, so an emoji is one character, as on screen
	if (chars.length === 0) return { ok: false, problem: { kind: 'empty' } };
	const padding = chars.length - trailingEquals(chars);
	// Everything before the run of "=" at the end must be a b64token character (at least one).
	const body = chars.slice(0, padding === 0 ? chars.length : padding);
	const bad = body.findIndex((char) => !B64TOKEN_CHAR.test(char));
	if (bad >= 0) return { ok: false, problem: characterProblem(body[bad] ?? '', bad) };
	return { ok: true };
}

function trailingEquals(chars: string[]): number {
	let n = 0;
	while (n < chars.length && chars[chars.length - 1 - n] === '=') n++;
	return n;
}

function characterProblem(char: string, index: number): TokenProblem {
	const code = char.codePointAt(0) ?? 0;
	return {
		kind: 'character',
		position: index + 1,
		char,
		codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
		// Printable ASCII other than space can be shown as itself; anything else only by its code.
		visible: code > 0x20 && code < 0x7f
	};
}
