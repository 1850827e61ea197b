import { m } from '$lib/paraglide/messages';
import type { NoteTag } from '$lib/review/schema';
import type { Workspace } from '$lib/ui/workspace/context';
import { restoreNoteTag, toggleNoteItem } from '$lib/visit/edits';
import { notesTaggedTo, type TaggedNote } from '$lib/visit/tagged';

/**
 * A criterion chip tapped on a note shown on a criterion's screen. Untagging the
 * screen's own criterion makes the note leave the screen, so once that is stored the
 * workspace's bar offers undo, which puts the tag back with its sub-criteria.
 * Returns whether the note left the screen.
 */
export async function toggleTagHere(ws: Workspace, screen: number, shown: TaggedNote, item: number): Promise<boolean> {
	const was = shown.note.tags.find((t) => t.item === screen);
	const tag: NoteTag | null = item === screen && was ? { item: screen, subCriteria: [...was.subCriteria] } : null;
	await ws.session.edit(toggleNoteItem(shown.session.id, shown.note.id, item));
	if (!tag || ws.session.saveState.kind === 'error') return false;
	if (notesTaggedTo(ws.doc, screen).some((t) => t.note.id === shown.note.id)) return false;
	ws.undo.make({ message: m['visit3.tagged.untagged']({ n: screen }), revert: restoreNoteTag(shown.session.id, shown.note.id, tag) });
	return true;
}
