import type { ReviewDocument } from '../review/schema';

/**
 * What an import will do, decided before anything is written. A review whose id
 * is already on the device is never overwritten silently: identical copies are
 * skipped, every other clash waits for the reviewer's decision, and the whole
 * import can still be cancelled until the plan is resolved.
 */

/** A review already on the device, as the planner needs to see it. */
export type ExistingReview = {
	id: string;
	revision: number;
	updatedAt: string;
	status: 'draft' | 'finished';
	/** Finished revisions of it that the receiver has not confirmed. */
	unsent: number;
	doc: ReviewDocument;
};

export type Conflict = {
	incoming: ReviewDocument;
	existing: ExistingReview;
	/** Which side "keep the newer" keeps. */
	newer: 'incoming' | 'existing';
	/** "Keep the newer" would replace a review whose finished revision is still unsent: it won't. */
	blocked: 'unsent' | null;
};

export type ImportPlan = { fresh: ReviewDocument[]; identical: ReviewDocument[]; conflicts: Conflict[] };

export type Decision = 'keep-both' | 'keep-newer';

export type ImportAction =
	| { kind: 'add'; doc: ReviewDocument; copyOf: string | null }
	| { kind: 'replace'; doc: ReviewDocument; replaces: { revision: number; updatedAt: string } }
	| { kind: 'skip'; id: string; reason: 'identical' | 'existing-newer' | 'existing-unsent' };

export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	return ka.every((k) => Object.hasOwn(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Higher revision wins; on the same revision the later edit wins; a tie keeps what is on the device. */
export function newerSide(incoming: ReviewDocument, existing: ExistingReview): 'incoming' | 'existing' {
	if (incoming.revision !== existing.revision) return incoming.revision > existing.revision ? 'incoming' : 'existing';
	return Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt) ? 'incoming' : 'existing';
}

export function planImport(existing: readonly ExistingReview[], incoming: readonly ReviewDocument[]): ImportPlan {
	const byId = new Map(existing.map((e) => [e.id, e]));
	const plan: ImportPlan = { fresh: [], identical: [], conflicts: [] };
	for (const doc of incoming) {
		const current = byId.get(doc.id);
		if (!current) plan.fresh.push(doc);
		else if (deepEqual(doc, current.doc)) plan.identical.push(doc);
		else {
			const newer = newerSide(doc, current);
			plan.conflicts.push({ incoming: doc, existing: current, newer, blocked: newer === 'incoming' && current.unsent > 0 ? 'unsent' : null });
		}
	}
	return plan;
}

export function applyDecision(conflict: Conflict, decision: Decision, newId: () => string): ImportAction {
	const { incoming, existing } = conflict;
	if (decision === 'keep-both') return { kind: 'add', doc: { ...incoming, id: newId() }, copyOf: incoming.id };
	if (conflict.newer === 'existing') return { kind: 'skip', id: incoming.id, reason: 'existing-newer' };
	if (conflict.blocked) return { kind: 'skip', id: incoming.id, reason: 'existing-unsent' };
	return { kind: 'replace', doc: incoming, replaces: { revision: existing.revision, updatedAt: existing.updatedAt } };
}

export type Resolved = { ok: true; actions: ImportAction[] } | { ok: false; undecided: string[] };

/** Every conflict needs a decision; until then there is nothing to write. */
export function resolvePlan(plan: ImportPlan, decisions: Readonly<Record<string, Decision>>, newId: () => string): Resolved {
	const undecided = plan.conflicts.filter((c) => !decisions[c.incoming.id]).map((c) => c.incoming.id);
	if (undecided.length > 0) return { ok: false, undecided };
	return {
		ok: true,
		actions: [
			...plan.fresh.map((doc): ImportAction => ({ kind: 'add', doc, copyOf: null })),
			...plan.identical.map((doc): ImportAction => ({ kind: 'skip', id: doc.id, reason: 'identical' })),
			...plan.conflicts.map((c) => applyDecision(c, decisions[c.incoming.id] as Decision, newId))
		]
	};
}
