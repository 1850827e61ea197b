import { describe, expect, it } from 'vitest';
import {
	applyDecision,
	deepEqual,
	newerSide,
	planImport,
	resolvePlan,
	type Conflict,
	type Decision,
	type ExistingReview
} from '../../../src/lib/exchange/plan';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFinishedReview, buildFreshReview } from '../../fixtures/review-builder';

const T0 = '2026-03-03T10:00:00.000Z';
const doc = (revision: number, updatedAt: string, over: Partial<ReviewDocument> = {}) => buildFinishedReview({ revision, updatedAt, ...over });
const existing = (d: ReviewDocument, unsent = 0): ExistingReview => ({
	id: d.id,
	revision: d.revision,
	updatedAt: d.updatedAt,
	status: d.finishedAt ? 'finished' : 'draft',
	unsent,
	doc: d
});

describe('newerSide', () => {
	it.each([
		['higher incoming revision', 3, T0, 2, T0, 'incoming'],
		['higher incoming revision, older edit', 3, '2026-01-01T00:00:00Z', 2, T0, 'incoming'],
		['lower incoming revision, later edit', 1, '2026-12-01T00:00:00Z', 2, T0, 'existing'],
		['same revision, later incoming edit', 2, '2026-03-03T10:00:00.001Z', 2, T0, 'incoming'],
		['same revision, same instant in another offset', 2, '2026-03-03T12:00:00+02:00', 2, T0, 'existing'],
		['same revision, earlier incoming edit', 2, '2026-03-03T09:59:59Z', 2, T0, 'existing']
	])('%s → %s', (_name, inRev, inAt, exRev, exAt, expected) => {
		expect(newerSide(doc(inRev, inAt), existing(doc(exRev, exAt)))).toBe(expected);
	});
});

describe('applyDecision', () => {
	const conflict = (inRev: number, exRev: number, unsent = 0): Conflict => {
		const plan = planImport([existing(doc(exRev, T0, { conclusions: 'laitteella' }), unsent)], [doc(inRev, T0)]);
		return plan.conflicts[0]!;
	};
	const newId = () => '11111111-1111-4111-8111-111111111111';

	it.each<[string, Conflict, Decision, string, string | null]>([
		['keep both, incoming newer', conflict(2, 1), 'keep-both', 'add', null],
		['keep both, existing newer', conflict(1, 2), 'keep-both', 'add', null],
		['keep both, existing unsent', conflict(2, 1, 1), 'keep-both', 'add', null],
		['keep newer, incoming newer', conflict(2, 1), 'keep-newer', 'replace', null],
		['keep newer, existing newer', conflict(1, 2), 'keep-newer', 'skip', 'existing-newer'],
		['keep newer, incoming newer but existing unsent', conflict(2, 1, 1), 'keep-newer', 'skip', 'existing-unsent'],
		['keep newer, existing newer and unsent', conflict(1, 2, 1), 'keep-newer', 'skip', 'existing-newer']
	])('%s → %s %s', (_name, c, decision, kind, reason) => {
		const action = applyDecision(c, decision, newId);
		expect(action.kind).toBe(kind);
		if (action.kind === 'skip') expect(action.reason).toBe(reason);
	});

	it('keep both adds the incoming one under a new id, marked as a copy of the old id', () => {
		const c = conflict(2, 1);
		expect(applyDecision(c, 'keep-both', newId)).toEqual({
			kind: 'add',
			doc: { ...c.incoming, id: newId() },
			copyOf: c.incoming.id
		});
	});

	it('replace remembers which stored revision it replaces', () => {
		expect(applyDecision(conflict(2, 1), 'keep-newer', newId)).toMatchObject({ kind: 'replace', replaces: { revision: 1, updatedAt: T0 } });
	});
});

describe('planImport and resolvePlan', () => {
	const same = buildFreshReview();
	const clash = buildFreshReview({ revision: 2 });
	const fresh = buildFreshReview();
	const onDevice = [existing(same), existing({ ...clash, revision: 1 }, 1)];
	const plan = planImport(onDevice, [same, clash, fresh]);

	it('sorts the file into fresh, identical and conflicting reviews', () => {
		expect(plan.fresh.map((d) => d.id)).toEqual([fresh.id]);
		expect(plan.identical.map((d) => d.id)).toEqual([same.id]);
		expect(plan.conflicts.map((c) => [c.incoming.id, c.newer, c.blocked])).toEqual([[clash.id, 'incoming', 'unsent']]);
	});

	it('identity ignores key order (a stored row need not list keys as the file does)', () => {
		const reordered = Object.fromEntries(Object.entries(same).reverse()) as ReviewDocument;
		expect(deepEqual(reordered, same)).toBe(true);
		expect(deepEqual({ ...same, conclusions: 'x' }, same)).toBe(false);
		expect(deepEqual([1, 2], { 0: 1, 1: 2 })).toBe(false);
	});

	it('nothing is resolved while a conflict is undecided', () => {
		expect(resolvePlan(plan, {}, () => 'x')).toEqual({ ok: false, undecided: [clash.id] });
	});

	it('once decided: fresh ones added, identical ones skipped, conflicts as decided', () => {
		const r = resolvePlan(plan, { [clash.id]: 'keep-newer' }, () => 'x');
		if (!r.ok) throw new Error('undecided');
		expect(r.actions.map((a) => [a.kind, a.kind === 'skip' ? a.reason : a.doc.id])).toEqual([
			['add', fresh.id],
			['skip', 'identical'],
			['skip', 'existing-unsent']
		]);
	});
});
