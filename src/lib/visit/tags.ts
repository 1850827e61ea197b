import type { NoteTag } from '../review/schema';

/**
 * The criteria a session note is tagged to. One tag per criterion; its
 * sub-criteria say which of them the note is evidence for (none = the criterion
 * as a whole). Tags are kept in criterion order, so a note reads the same
 * whatever order the chips were tapped in.
 */

const byItem = (a: NoteTag, b: NoteTag) => a.item - b.item;

export const isTagged = (tags: readonly NoteTag[], item: number): boolean => tags.some((t) => t.item === item);

/** Tapping a criterion chip: tags it, or untags it together with its sub-criteria. */
export function toggleItem(tags: readonly NoteTag[], item: number): NoteTag[] {
	if (isTagged(tags, item)) return tags.filter((t) => t.item !== item);
	return [...tags, { item, subCriteria: [] }].sort(byItem);
}

/** Tapping a sub-criterion chip: toggles it, tagging its criterion first where needed. */
export function toggleSub(tags: readonly NoteTag[], item: number, sub: string): NoteTag[] {
	const tag = tags.find((t) => t.item === item);
	if (!tag) return [...tags, { item, subCriteria: [sub] }].sort(byItem);
	const subs = tag.subCriteria.includes(sub) ? tag.subCriteria.filter((s) => s !== sub) : [...tag.subCriteria, sub].sort(compareSub);
	return tags.map((t) => (t.item === item ? { item, subCriteria: subs } : t));
}

/**
 * Puts back a tag as it was (the undo of untagging a note from a criterion's screen).
 * A tag the note has meanwhile got again is left as it is now.
 */
export function restoreTag(tags: readonly NoteTag[], tag: NoteTag): NoteTag[] {
	if (isTagged(tags, tag.item)) return [...tags];
	return [...tags, { item: tag.item, subCriteria: [...tag.subCriteria] }].sort(byItem);
}

/** Tapping a criterion chip of a plan entry: its criteria, sorted, each once. */
export function toggleCriterion(items: readonly number[], item: number): number[] {
	if (items.includes(item)) return items.filter((i) => i !== item);
	return [...new Set([...items, item])].sort((a, b) => a - b);
}

/** "5.2" before "5.10". */
function compareSub(a: string, b: string): number {
	const [a1 = 0, a2 = 0] = a.split('.').map(Number);
	const [b1 = 0, b2 = 0] = b.split('.').map(Number);
	return a1 - b1 || a2 - b2;
}
