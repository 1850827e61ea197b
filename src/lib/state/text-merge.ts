/**
 * The rule for saving typed text when more than one tab may write the same field.
 *
 * A tab writes a field as a compare-and-set: it says what it last saw stored there
 * (`base`) and what it shows now (`mine`); the write is applied to what is stored
 * at commit time (`stored`). If only one side changed since the base, that side
 * wins with nothing to ask; if both changed, neither is written over the other and
 * the reviewer chooses (see `joinTexts` for "keep both").
 */
export type TextMerge =
	/** Stored is still the base: write mine. */
	| { kind: 'write' }
	/** Stored already equals mine (another tab typed the same, or a replay): nothing to write. */
	| { kind: 'same' }
	/** Mine is the base unchanged and another tab changed the field: keep theirs. */
	| { kind: 'theirs' }
	/** The field is gone (a note deleted elsewhere): its text went with it on purpose. */
	| { kind: 'gone' }
	/** Both sides changed since the base: ask the reviewer. */
	| { kind: 'conflict'; theirs: string };

export function mergeText(base: string, mine: string, stored: string | undefined): TextMerge {
	if (stored === undefined) return { kind: 'gone' };
	if (stored === mine) return { kind: 'same' };
	if (stored === base) return { kind: 'write' };
	if (mine === base) return { kind: 'theirs' };
	return { kind: 'conflict', theirs: stored };
}

/**
 * "Keep both": mine first (what this reviewer was writing), then theirs after a
 * separator that reads as a new paragraph, or as a list in a one-line field.
 * Null when the two do not fit the field together; the reviewer then edits by hand.
 */
export function joinTexts(mine: string, theirs: string, limit: number, oneLine: boolean): string | null {
	const parts = [mine, theirs].filter((t) => t.trim() !== '');
	const joined = parts.join(oneLine ? ' / ' : '\n\n');
	return joined.length <= limit ? joined : null;
}
