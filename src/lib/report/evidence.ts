import type { Edition } from '../instrument/schema';
import type { NoteSource, ReviewDocument, Session } from '../review/schema';
import { allNotes } from '../visit/tagged';

/**
 * The evidence appendix, chosen at print time: what the scores rest on. Only
 * what was recorded is listed (an item with no judgement, evidence or note is
 * left out), in the edition's order, so the appendix stays as short as the visit was.
 */
export type SubJudgement = { id: string; text: string; met: boolean | null; evidence: string };
export type ItemEvidence = { number: number; title: string; judgements: SubJudgement[] };
/** A note as printed: the criteria it backs (one for an item note, any number for a session note) and its text. */
export type PrintedNote = { items: number[]; text: string };
export type NotesByRole = { role: string; notes: PrintedNote[] };
export type NotesBySource = { source: NoteSource; roles: NotesByRole[] };

export type EvidenceAppendix = {
	items: ItemEvidence[];
	notes: NotesBySource[];
	/** The sessions held (interviews, observations, document checks), as the visit tab lists them. */
	sessions: Session[];
	documentsChecked: string;
};

export const SOURCES: readonly NoteSource[] = ['interview', 'observation', 'documents'];

export function evidenceAppendix(doc: ReviewDocument, edition: Edition): EvidenceAppendix {
	const answers = new Map(doc.items.map((a) => [a.number, a]));
	const items = edition.items
		.map((it): ItemEvidence => {
			const answer = answers.get(it.number);
			const judgements = it.subCriteria
				.map((s) => ({ id: s.id, text: s.text, met: answer?.subCriteria[s.id]?.met ?? null, evidence: answer?.subCriteria[s.id]?.evidence.trim() ?? '' }))
				.filter((j) => j.met !== null || j.evidence !== '');
			return { number: it.number, title: it.title, judgements };
		})
		.filter((i) => i.judgements.length > 0);
	// Session notes and item notes alike, by source, then by role (a role's notes together,
	// roles in Finnish alphabetical order, a missing role last), each in the order written.
	const written = allNotes(doc).map((n) => ({ ...n, role: n.role.trim(), items: [...n.items].sort((a, b) => a - b) }));
	const notes = SOURCES.map((source) => {
		const ofSource = written.filter((n) => n.source === source);
		const roles = [...new Set(ofSource.map((n) => n.role))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'fi')));
		return {
			source,
			roles: roles.map((role) => ({
				role,
				notes: ofSource.filter((n) => n.role === role).map((n) => ({ items: n.items, text: n.text.trim() }))
			}))
		};
	}).filter((g) => g.roles.length > 0);
	return {
		items,
		notes,
		sessions: doc.visit.sessions.filter((s) => s.role.trim() !== '' || s.date !== null || s.when.trim() !== '' || s.notes.length > 0),
		documentsChecked: doc.visit.documentsChecked.trim()
	};
}
