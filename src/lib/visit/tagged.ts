import type { NoteSource, ReviewDocument, Session, SessionNote } from '../review/schema';

/** A session note as one criterion sees it: the note, the session it was written in, and the sub-criteria it backs there. */
export type TaggedNote = { session: Session; note: SessionNote; subCriteria: string[] };

/** Every session note tagged to the criterion, in session order, then note order. */
export function notesTaggedTo(doc: ReviewDocument, item: number): TaggedNote[] {
	return doc.visit.sessions.flatMap((session) =>
		session.notes.flatMap((note) => {
			const tag = note.tags.find((t) => t.item === item);
			return tag ? [{ session, note, subCriteria: tag.subCriteria }] : [];
		})
	);
}

/**
 * Every note of the review with where it came from: session notes (tagged to any
 * number of criteria) and the per-item notes of older versions (one criterion each).
 * Empty notes are left out: they are evidence of nothing.
 */
export type SourcedNote = {
	kind: 'session' | 'item';
	id: string;
	/** The session's id for a session note; null for an item note. */
	session: string | null;
	source: NoteSource;
	role: string;
	items: number[];
	text: string;
};

export function allNotes(doc: ReviewDocument): SourcedNote[] {
	const fromSessions = doc.visit.sessions.flatMap((s) =>
		s.notes.map((n) => ({ kind: 'session' as const, id: n.id, session: s.id, source: s.kind, role: s.role.trim(), items: n.tags.map((t) => t.item), text: n.text }))
	);
	const fromItems = doc.items.flatMap((i) =>
		i.notes.map((n) => ({ kind: 'item' as const, id: n.id, session: null, source: n.source, role: n.role.trim(), items: [i.number], text: n.text }))
	);
	return [...fromSessions, ...fromItems].filter((n) => n.text.trim() !== '');
}
