import type { NoteSource, ReviewDocument } from '../review/schema';
import { allNotes } from './tagged';

/**
 * Find anything: every text the reviewer wrote that can back a score — notes (of
 * sessions and of items), sub-criterion evidence, justifications, strengths and
 * recommendations — searched by words and filtered by the role and source of a note
 * ("everything the team leader said").
 *
 * Matching folds case the Finnish way and normalises Unicode (an "ä" typed as a
 * plus two dots matches the one-character "ä"), but keeps ä, ö and å apart from
 * a and o: they are letters of their own in Finnish and Swedish (sää is not saa).
 * Every word of the query must occur, in any order, anywhere in the text.
 */
export type HitKind = 'sessionNote' | 'itemNote' | 'evidence' | 'justification' | 'strengths' | 'recommendations';

export type Hit = {
	kind: HitKind;
	/** Criteria the text belongs to (a session note can have many, or none yet). */
	items: number[];
	/** Notes only; null for the texts of an item. */
	source: NoteSource | null;
	role: string | null;
	/** The session of a session note, the sub-criterion of evidence. */
	session: string | null;
	sub: string | null;
	id: string;
	text: string;
};

export type Query = { words: string; role: string | null; source: NoteSource | null };

export const fold = (s: string): string => s.normalize('NFC').toLocaleLowerCase('fi').replace(/\s+/g, ' ').trim();

function texts(doc: ReviewDocument): Hit[] {
	const notes: Hit[] = allNotes(doc).map((n) => ({
		kind: n.kind === 'session' ? 'sessionNote' : 'itemNote',
		items: n.items,
		source: n.source,
		role: n.role,
		session: n.session,
		sub: null,
		id: n.id,
		text: n.text
	}));
	const itemTexts: Hit[] = doc.items.flatMap((i) => {
		const base = { items: [i.number], source: null, role: null, session: null };
		const evidence = Object.entries(i.subCriteria).map(([sub, a]): Hit => ({ ...base, kind: 'evidence', sub, id: `${i.number}:${sub}`, text: a.evidence }));
		const fields = (['justification', 'strengths', 'recommendations'] as const).map(
			(kind): Hit => ({ ...base, kind, sub: null, id: `${i.number}:${kind}`, text: i[kind] })
		);
		return [...evidence, ...fields];
	});
	return [...notes, ...itemTexts].filter((h) => h.text.trim() !== '');
}

/** The hits in document order: session notes, item notes, then each item's texts. An empty query lists everything the filters keep. */
export function search(doc: ReviewDocument, query: Query): Hit[] {
	const words = fold(query.words).split(' ').filter((w) => w !== '');
	const role = query.role === null ? null : fold(query.role);
	return texts(doc).filter((h) => {
		if (query.source !== null && h.source !== query.source) return false;
		if (role !== null && (h.role === null || fold(h.role) !== role)) return false;
		const text = fold(h.text);
		return words.every((w) => text.includes(w));
	});
}

/** The roles notes came from, each once (folded), as first written; for the role filter. */
export function rolesOf(doc: ReviewDocument): string[] {
	const seen = new Map<string, string>();
	for (const n of allNotes(doc)) if (n.role !== '' && !seen.has(fold(n.role))) seen.set(fold(n.role), n.role);
	return [...seen.values()];
}
