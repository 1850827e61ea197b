/**
 * What an anchor adds or changes compared with the anchor below it (issue 11
 * part 5): a word-level difference of the two texts, so a reviewer reads what is
 * new at each level instead of five walls of nearly the same text.
 *
 * Words (letters and digits, joined by inner hyphens or apostrophes: "työ-
 * ja", "IPS-mallin") and single punctuation marks are compared; the spaces after
 * a token travel with it. Case is ignored in the comparison (a word that starts
 * a sentence in one anchor and not in the other is the same word), and the text
 * shown is the anchor's own. Pure: no DOM, no Svelte.
 */

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

type Token = { key: string; text: string };

const TOKEN = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

function tokens(text: string): Token[] {
	const out: Token[] = [];
	const lead = /^\s*/.exec(text)![0];
	for (const m of text.matchAll(TOKEN)) {
		const end = m.index + m[0].length;
		const space = /^\s*/.exec(text.slice(end))![0];
		out.push({ key: m[0].toLocaleLowerCase('fi'), text: m[0] + space });
	}
	if (out.length > 0 && lead) out[0] = { ...out[0]!, text: lead + out[0]!.text };
	return out;
}

/** Appends, joining a part to the previous one of the same kind. */
function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
	const last = parts.at(-1);
	if (last?.kind === kind) last.text += text;
	else parts.push({ kind, text });
}

/**
 * The parts of `upper` against `lower`, in reading order: `same` and `added`
 * spell out `upper`; `removed` is text of `lower` that `upper` no longer has,
 * placed where it stood (a replacement is a removal followed by an addition).
 */
export function anchorDiff(lower: string, upper: string): DiffPart[] {
	const a = tokens(lower);
	const b = tokens(upper);
	// Longest common subsequence, filled from the end so the walk below goes forwards.
	const n = a.length;
	const m = b.length;
	const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lcs[i]![j] = a[i]!.key === b[j]!.key ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const parts: DiffPart[] = [];
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[i]!.key === b[j]!.key) {
			push(parts, 'same', b[j]!.text);
			i++;
			j++;
		} else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push(parts, 'removed', a[i++]!.text);
		else push(parts, 'added', b[j++]!.text);
	}
	while (i < n) push(parts, 'removed', a[i++]!.text);
	while (j < m) push(parts, 'added', b[j++]!.text);
	return parts;
}
