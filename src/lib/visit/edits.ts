import type { Edit } from '../review/edit';
import type { NoteTag, ReviewDocument, Session, SessionNote } from '../review/schema';
import type { PlanList, VisitPlan } from './plan-schema';
import { restoreTag, toggleCriterion, toggleItem, toggleSub } from './tags';

/**
 * Pure edits of the visit: sessions, their tagged notes, the plan. Like
 * src/lib/review/edit.ts, each returns a new document and applies to whatever is
 * stored at commit time, through `session.edit` (one write path). An edit whose
 * target is gone (removed in another tab) leaves the document as it is.
 */

type Visit = ReviewDocument['visit'];
const withVisit = (doc: ReviewDocument, visit: Partial<Visit>): ReviewDocument => ({ ...doc, visit: { ...doc.visit, ...visit } });

export const updateSession =
	(id: string, change: (s: Session) => Session): Edit =>
	(doc) =>
		withVisit(doc, { sessions: doc.visit.sessions.map((s) => (s.id === id ? change(s) : s)) });

/** A new session; `at` puts it back where it was (the undo of a removal). */
export const addSession =
	(session: Session, at?: number): Edit =>
	(doc) => {
		if (doc.visit.sessions.some((s) => s.id === session.id)) return doc;
		const sessions = [...doc.visit.sessions];
		sessions.splice(at ?? sessions.length, 0, session);
		return withVisit(doc, { sessions });
	};

export const removeSession =
	(id: string): Edit =>
	(doc) =>
		withVisit(doc, { sessions: doc.visit.sessions.filter((s) => s.id !== id) });

export type SessionFields = Partial<Pick<Session, 'kind' | 'date' | 'time' | 'minutes'>>;
export const setSessionFields = (id: string, fields: SessionFields): Edit => updateSession(id, (s) => ({ ...s, ...fields }));

const updateNote = (session: string, note: string, change: (n: SessionNote) => SessionNote): Edit =>
	updateSession(session, (s) => ({ ...s, notes: s.notes.map((n) => (n.id === note ? change(n) : n)) }));

export const addSessionNote = (session: string, note: SessionNote, at?: number): Edit =>
	updateSession(session, (s) => {
		if (s.notes.some((n) => n.id === note.id)) return s;
		const notes = [...s.notes];
		notes.splice(at ?? notes.length, 0, note);
		return { ...s, notes };
	});

export const removeSessionNote = (session: string, note: string): Edit =>
	updateSession(session, (s) => ({ ...s, notes: s.notes.filter((n) => n.id !== note) }));

export const toggleNoteItem = (session: string, note: string, item: number): Edit =>
	updateNote(session, note, (n) => ({ ...n, tags: toggleItem(n.tags, item) }));

export const toggleNoteSub = (session: string, note: string, item: number, sub: string): Edit =>
	updateNote(session, note, (n) => ({ ...n, tags: toggleSub(n.tags, item, sub) }));

/** The undo of untagging a note on a criterion's screen: the tag comes back with its sub-criteria. */
export const restoreNoteTag = (session: string, note: string, tag: NoteTag): Edit =>
	updateNote(session, note, (n) => ({ ...n, tags: restoreTag(n.tags, tag) }));

/* ── the visit plan ── */

/**
 * Changes the plan. The first change copies the edition's proposal into the review,
 * so an untouched plan follows the app's proposal and an edited one is the reviewer's.
 */
export const editPlan =
	(proposal: VisitPlan, change: (plan: VisitPlan) => VisitPlan): Edit =>
	(doc) =>
		withVisit(doc, { plan: change(doc.visit.plan ?? proposal) });

type Entry<L extends PlanList> = VisitPlan[L][number];

/** Used by typing (src/lib/review/text-targets.ts): only a plan already in the review is changed. */
export const updatePlanEntry =
	<L extends PlanList>(list: L, id: string, change: (e: Entry<L>) => Entry<L>): Edit =>
	(doc) => {
		const plan = doc.visit.plan;
		if (!plan) return doc;
		const entries = (plan[list] as Entry<L>[]).map((e) => (e.id === id ? change(e) : e));
		return withVisit(doc, { plan: { ...plan, [list]: entries } });
	};

export const addPlanEntry = <L extends PlanList>(proposal: VisitPlan, list: L, entry: Entry<L>, at?: number): Edit =>
	editPlan(proposal, (plan) => {
		const entries = [...(plan[list] as Entry<L>[])];
		if (entries.some((e) => e.id === entry.id)) return plan;
		entries.splice(at ?? entries.length, 0, entry);
		return { ...plan, [list]: entries };
	});

export const removePlanEntry = (proposal: VisitPlan, list: PlanList, id: string): Edit =>
	editPlan(proposal, (plan) => ({ ...plan, [list]: (plan[list] as { id: string }[]).filter((e) => e.id !== id) }));

export const changePlanEntry = <L extends PlanList>(proposal: VisitPlan, list: L, id: string, change: (e: Entry<L>) => Entry<L>): Edit =>
	editPlan(proposal, (plan) => ({ ...plan, [list]: (plan[list] as Entry<L>[]).map((e) => (e.id === id ? change(e) : e)) }));

/** A criterion chip tapped on a document or interview entry of the plan. */
export const togglePlanCriterion = (proposal: VisitPlan, list: 'documents' | 'interviews', id: string, item: number): Edit =>
	changePlanEntry(proposal, list, id, (e) => ({ ...e, items: toggleCriterion(e.items, item) }));

/** Ticks an entry off during the visit, or clears the tick. */
export const setPlanDone =
	(id: string, done: boolean): Edit =>
	(doc) => {
		const rest = doc.visit.planDone.filter((d) => d !== id);
		return withVisit(doc, { planDone: done ? [...rest, id] : rest });
	};
