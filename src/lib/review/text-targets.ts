import { setJobFields } from '../records/edits';
import { updatePlanEntry, updateSession } from '../visit/edits';
import type { PlanList } from '../visit/plan-schema';
import { setAgreedReason, setRatingEvidence, setRatingNotes } from '../consensus/rules';
import { updateItem, type Edit } from './edit';
import type { ReviewDocument } from './schema';

/**
 * Every free-text field a reviewer types into, named as data. Typing is saved
 * through these targets rather than through closures so that an unsaved keystroke
 * can be journalled synchronously (see src/lib/state/journal.ts) and replayed
 * after a crash or an immediate reload.
 */
export type TextTarget =
	| { kind: 'item'; item: number; field: 'strengths' | 'recommendations' | 'justification' }
	| { kind: 'evidence'; item: number; sub: string }
	| { kind: 'note'; item: number; note: string }
	/** An interview of an older version: now the session with the same id (src/lib/review/migrate.ts). */
	| { kind: 'interview'; interview: string; field: 'role' | 'when' }
	| { kind: 'session'; session: string; field: 'role' }
	| { kind: 'sessionNote'; session: string; note: string }
	| { kind: 'plan'; list: PlanList; entry: string }
	| { kind: 'visit'; field: 'documentsChecked' | 'schedule' }
	| { kind: 'conclusions' }
	| { kind: 'action'; action: string }
	// Two reviewers (issue 10): one reviewer's own evidence, and the reason of an agreed score.
	| { kind: 'rating-evidence'; reviewer: string; item: number; sub: string }
	/** One reviewer's own notes on an item, written only while rating (format 2 `ratings[].items[].notes`). */
	| { kind: 'rating-notes'; reviewer: string; item: number }
	| { kind: 'consensus-reason'; item: number }
	// The client-record sheet (issue 11 part 3): a job's type or employer, by running number and job position.
	| { kind: 'record'; record: number; job: number; field: 'type' | 'employer' };

export function targetKey(t: TextTarget): string {
	switch (t.kind) {
		case 'item':
			return `item:${t.item}:${t.field}`;
		case 'evidence':
			return `evidence:${t.item}:${t.sub}`;
		case 'note':
			return `note:${t.item}:${t.note}`;
		case 'interview':
			return `interview:${t.interview}:${t.field}`;
		case 'session':
			return `session:${t.session}:${t.field}`;
		case 'sessionNote':
			return `sessionNote:${t.session}:${t.note}`;
		case 'plan':
			return `plan:${t.list}:${t.entry}`;
		case 'visit':
			return `visit:${t.field}`;
		case 'conclusions':
			return 'conclusions';
		case 'action':
			return `action:${t.action}`;
		case 'rating-evidence':
			return `rating-evidence:${t.reviewer}:${t.item}:${t.sub}`;
		case 'rating-notes':
			return `rating-notes:${t.reviewer}:${t.item}`;
		case 'consensus-reason':
			return `consensus-reason:${t.item}`;
		case 'record':
			return `record:${t.record}:${t.job}:${t.field}`;
	}
}

export function readText(doc: ReviewDocument, t: TextTarget): string | undefined {
	switch (t.kind) {
		case 'item':
			return doc.items.find((i) => i.number === t.item)?.[t.field];
		case 'evidence':
			return doc.items.find((i) => i.number === t.item)?.subCriteria[t.sub]?.evidence;
		case 'note':
			return doc.items.find((i) => i.number === t.item)?.notes.find((n) => n.id === t.note)?.text;
		case 'interview':
			return doc.visit.sessions.find((s) => s.id === t.interview)?.[t.field];
		case 'session':
			return doc.visit.sessions.find((s) => s.id === t.session)?.[t.field];
		case 'sessionNote':
			return doc.visit.sessions.find((s) => s.id === t.session)?.notes.find((n) => n.id === t.note)?.text;
		case 'plan':
			return (doc.visit.plan?.[t.list] as { id: string; text: string }[] | undefined)?.find((e) => e.id === t.entry)?.text;
		case 'visit':
			return doc.visit[t.field];
		case 'conclusions':
			return doc.conclusions;
		case 'action':
			return doc.actionPlan.find((e) => e.id === t.action)?.text;
		case 'rating-evidence':
			return doc.ratings.find((r) => r.reviewer === t.reviewer)?.items.find((i) => i.number === t.item)?.subCriteria[t.sub]?.evidence;
		case 'rating-notes':
			return doc.ratings.find((r) => r.reviewer === t.reviewer)?.items.find((i) => i.number === t.item)?.notes;
		case 'consensus-reason':
			return doc.consensus.find((c) => c.number === t.item)?.reason;
		case 'record':
			return (doc.visit.records ?? []).find((r) => r.n === t.record)?.jobs[t.job]?.[t.field];
	}
}

/**
 * Applies typed text. A target that no longer exists (a note deleted in another
 * tab) is a no-op rather than an error: the text was removed on purpose.
 */
export function setText(t: TextTarget, value: string): Edit {
	return (doc) => {
		if (readText(doc, t) === undefined) return doc;
		switch (t.kind) {
			case 'item':
				return updateItem(t.item, (i) => ({ ...i, [t.field]: value }))(doc);
			case 'evidence':
				return updateItem(t.item, (i) => ({
					...i,
					subCriteria: { ...i.subCriteria, [t.sub]: { met: i.subCriteria[t.sub]?.met ?? null, evidence: value } }
				}))(doc);
			case 'note':
				return updateItem(t.item, (i) => ({
					...i,
					notes: i.notes.map((n) => (n.id === t.note ? { ...n, text: value } : n))
				}))(doc);
			case 'interview':
				return updateSession(t.interview, (s) => ({ ...s, [t.field]: value }))(doc);
			case 'session':
				return updateSession(t.session, (s) => ({ ...s, [t.field]: value }))(doc);
			case 'sessionNote':
				return updateSession(t.session, (s) => ({
					...s,
					notes: s.notes.map((n) => (n.id === t.note ? { ...n, text: value } : n))
				}))(doc);
			case 'plan':
				return updatePlanEntry(t.list, t.entry, (e) => ({ ...e, text: value }))(doc);
			case 'visit':
				return { ...doc, visit: { ...doc.visit, [t.field]: value } };
			case 'conclusions':
				return { ...doc, conclusions: value };
			case 'action':
				return { ...doc, actionPlan: doc.actionPlan.map((e) => (e.id === t.action ? { ...e, text: value } : e)) };
			case 'rating-evidence':
				// A locked rating refuses (RatingRefused): typing never changes what was locked.
				return setRatingEvidence(t.reviewer, t.item, t.sub, value)(doc);
			case 'rating-notes':
				return setRatingNotes(t.reviewer, t.item, value)(doc);
			case 'consensus-reason':
				return setAgreedReason(t.item, value)(doc);
			case 'record':
				return setJobFields(t.record, t.job, { [t.field]: value })(doc);
		}
	};
}
