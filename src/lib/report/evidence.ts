import type { Edition } from '../instrument/schema';
import type { Interview, NoteSource, ReviewDocument } from '../review/schema';

/**
 * The evidence appendix, chosen at print time: what the scores rest on. Only
 * what was recorded is listed (an item with no judgement, evidence or note is
 * left out), in the edition's order, so the appendix stays as short as the visit was.
 */
export type SubJudgement = { id: string; text: string; met: boolean | null; evidence: string };
export type ItemEvidence = { number: number; title: string; judgements: SubJudgement[] };
export type SourcedNote = { item: number; role: string; text: string };
export type NotesBySource = { source: NoteSource; notes: SourcedNote[] };

export type EvidenceAppendix = {
	items: ItemEvidence[];
	notes: NotesBySource[];
	interviews: Interview[];
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
	const notes = SOURCES.map((source) => ({
		source,
		notes: edition.items.flatMap((it) =>
			(answers.get(it.number)?.notes ?? [])
				.filter((n) => n.source === source && n.text.trim() !== '')
				.map((n) => ({ item: it.number, role: n.role.trim(), text: n.text.trim() }))
		)
	})).filter((g) => g.notes.length > 0);
	return {
		items,
		notes,
		interviews: doc.visit.interviews.filter((i) => i.role.trim() !== '' || i.when.trim() !== ''),
		documentsChecked: doc.visit.documentsChecked.trim()
	};
}
