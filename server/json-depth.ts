/**
 * The deepest nesting of objects and arrays a receiver accepts. A review
 * document nests about six levels (document → items → item → notes → note);
 * the margin is for additive fields. Checked on the raw text BEFORE JSON.parse,
 * zod or canonicalJson see it, so no recursive step can be made to overflow.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * True when `text` opens more than `limit` nested objects/arrays at some point.
 * One linear pass with a counter (no recursion, no allocation); brackets inside
 * strings do not count. Malformed JSON is left to JSON.parse to refuse.
 */
export function exceedsJsonDepth(text: string, limit: number = MAX_JSON_DEPTH): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i += 1) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 0x5c /* \ */) i += 1; // skip the escaped character, whatever it is
			else if (c === 0x22 /* " */) inString = false;
		} else if (c === 0x22) {
			inString = true;
		} else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
			depth += 1;
			if (depth > limit) return true;
		} else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
			depth -= 1;
		}
	}
	return false;
}
