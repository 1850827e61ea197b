import type { Score } from '../instrument/schema';
import type { Edit } from './edit';
import { LIMITS, type ActionPlanEntry, type ActionPriority, type ReviewDocument } from './schema';

/**
 * The action plan: the recommendations of every criterion gathered into one list
 * the service can act on. Each entry keeps its criterion; the reviewer sets the
 * priority (default from the criterion's score: lowest scores first) and an
 * optional target date, and may reword the text.
 *
 * A recommendation is "in the plan" when at least one entry names its criterion.
 * Gathering adds an entry for every criterion with a recommendation and no entry
 * yet, so gathering twice (or in two tabs) never duplicates, and an entry the
 * reviewer removed comes back only when gathered again.
 */

export const PRIORITIES: readonly ActionPriority[] = ['high', 'medium', 'low'];

/** Scores 1–2 are urgent, 3 is a clear gap, 4–5 are refinements; an unscored criterion sits in the middle. */
export function defaultPriority(score: Score | null): ActionPriority {
	if (score === null) return 'medium';
	return score <= 2 ? 'high' : score === 3 ? 'medium' : 'low';
}

const scoreOf = (doc: ReviewDocument, item: number): Score | null =>
	doc.items.find((i) => i.number === item)?.score ?? null;

/** Criteria with a written recommendation and no entry in the plan, lowest score first (unscored last), then by number. */
export function uncoveredItems(doc: ReviewDocument): number[] {
	const covered = new Set(doc.actionPlan.map((e) => e.item));
	const rank = (n: number) => scoreOf(doc, n) ?? 6;
	return doc.items
		.filter((i) => i.recommendations.trim() !== '' && !covered.has(i.number))
		.map((i) => i.number)
		.sort((a, b) => rank(a) - rank(b) || a - b);
}

/** What gathering would add: one entry per uncovered criterion, its recommendation as the text. */
export function gatheredEntries(doc: ReviewDocument, newId: () => string): ActionPlanEntry[] {
	return uncoveredItems(doc).map((item) => ({
		id: newId(),
		item,
		text: doc.items.find((i) => i.number === item)?.recommendations.trim() ?? '',
		priority: defaultPriority(scoreOf(doc, item)),
		targetDate: null
	}));
}

/**
 * The plan in reading order: priority, then the lower-scoring criterion, then the
 * criterion's number, then the order the reviewer added them (the sort is stable).
 */
export function orderedPlan(doc: ReviewDocument, entries: readonly ActionPlanEntry[] = doc.actionPlan): ActionPlanEntry[] {
	const rank = (e: ActionPlanEntry) => PRIORITIES.indexOf(e.priority);
	const score = (e: ActionPlanEntry) => scoreOf(doc, e.item) ?? 6;
	return [...entries].sort((a, b) => rank(a) - rank(b) || score(a) - score(b) || a.item - b.item);
}

// ── Edits (pure; applied to the stored document at commit time) ───────────────

/** Adds the uncovered recommendations as of commit time. */
export const gatherActions =
	(newId: () => string): Edit =>
	(doc) => {
		const added = gatheredEntries(doc, newId);
		if (added.length === 0) return doc;
		const actionPlan = [...doc.actionPlan, ...added].slice(0, LIMITS.listLength);
		return { ...doc, actionPlan };
	};

function updateAction(id: string, change: (e: ActionPlanEntry) => ActionPlanEntry): Edit {
	return (doc) => ({ ...doc, actionPlan: doc.actionPlan.map((e) => (e.id === id ? change(e) : e)) });
}

export const setActionPriority = (id: string, priority: ActionPriority): Edit => updateAction(id, (e) => ({ ...e, priority }));

/** `null` clears the date; the schema refuses anything that is not an ISO date. */
export const setActionTargetDate = (id: string, targetDate: string | null): Edit =>
	updateAction(id, (e) => ({ ...e, targetDate }));

export const removeAction = (id: string): Edit => (doc) => ({
	...doc,
	actionPlan: doc.actionPlan.filter((e) => e.id !== id)
});

/** Undo of a removal: the entry returns where it was, unless it is already back. */
export const restoreAction = (entry: ActionPlanEntry, index: number): Edit => (doc) => {
	if (doc.actionPlan.some((e) => e.id === entry.id)) return doc;
	const actionPlan = [...doc.actionPlan];
	actionPlan.splice(Math.max(0, Math.min(index, actionPlan.length)), 0, entry);
	return { ...doc, actionPlan };
};
