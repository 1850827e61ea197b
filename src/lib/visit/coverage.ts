import type { Edition } from '../instrument/schema';
import type { NoteSource, ReviewDocument } from '../review/schema';
import { allNotes } from './tagged';

/**
 * Evidence coverage: for each criterion, how many notes back it from each source
 * (interview, observation, documents), how many of its sub-criteria are judged,
 * and whether it has any evidence at all.
 *
 * Evidence is a note with text (a session note tagged to the criterion or an item
 * note), a sub-criterion's evidence text, or an entered figure (figures are read from
 * the service's documents). A judgement (met / not met) alone is not evidence: it is
 * what the evidence is for.
 */
export type ItemCoverage = {
	item: number;
	title: string;
	sources: Record<NoteSource, number>;
	/** Sub-criteria with a judgement, of `subTotal`; both 0 for an item without sub-criteria. */
	subAnswered: number;
	subTotal: number;
	evidenceTexts: number;
	figures: number;
	covered: boolean;
};

const entered = (v: unknown): boolean =>
	v !== null && v !== '' && !(Array.isArray(v) && v.every((c) => c === null || (typeof c === 'object' && Object.values(c).every((x) => x === null))));

export function coverage(doc: ReviewDocument, edition: Edition): ItemCoverage[] {
	const notes = allNotes(doc);
	const answers = new Map(doc.items.map((a) => [a.number, a]));
	return edition.items.map((it) => {
		const answer = answers.get(it.number);
		const sources: Record<NoteSource, number> = { interview: 0, observation: 0, documents: 0 };
		for (const n of notes) if (n.items.includes(it.number)) sources[n.source] += 1;
		const subs = it.subCriteria.map((s) => answer?.subCriteria[s.id]);
		const subAnswered = subs.filter((s) => s && s.met !== null).length;
		const evidenceTexts = subs.filter((s) => s && s.evidence.trim() !== '').length;
		const figures = Object.values(answer?.figures ?? {}).filter(entered).length;
		const covered = sources.interview + sources.observation + sources.documents + evidenceTexts + figures > 0;
		return { item: it.number, title: it.title, sources, subAnswered, subTotal: it.subCriteria.length, evidenceTexts, figures, covered };
	});
}

/** The criteria with no evidence yet, in the edition's order (the summary's warning before finishing). */
export const uncovered = (rows: readonly ItemCoverage[]): number[] => rows.filter((r) => !r.covered).map((r) => r.item);
