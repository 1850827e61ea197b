import { describe, expect, it } from 'vitest';
import { editions } from '../../../src/lib/instrument/index';
import { addPlanEntry, changePlanEntry, removePlanEntry, setPlanDone } from '../../../src/lib/visit/edits';
import { VisitPlan } from '../../../src/lib/visit/plan-schema';
import { agendaDay, planOf, proposalFor } from '../../../src/lib/visit/plans';
import { setText } from '../../../src/lib/review/text-targets';
import { blankReview } from './build';

describe.each(editions.map((e) => [e.id, e] as const))('the visit plan of edition %s', (id, edition) => {
	const plan = proposalFor(id);
	const numbers = new Set(edition.items.map((i) => i.number));

	it('is valid against the plan schema', () => {
		expect(VisitPlan.safeParse(plan).success).toBe(true);
	});

	it('serves every criterion by at least one document or interview', () => {
		const served = new Set([...plan.documents, ...plan.interviews].flatMap((e) => e.items));
		expect(edition.items.filter((i) => !served.has(i.number)).map((i) => i.number)).toEqual([]);
	});

	it('refers only to criteria that exist', () => {
		const refs = [...plan.documents, ...plan.interviews].flatMap((e) => e.items);
		expect(refs.filter((n) => !numbers.has(n))).toEqual([]);
	});

	it('has unique entry ids (a tick names one entry)', () => {
		const all = [...plan.documents, ...plan.interviews, ...plan.agenda].map((e) => e.id);
		expect(new Set(all).size).toBe(all.length);
	});

	it('asks for the documents the form relies on and meets the standard roles', () => {
		expect(plan.documents.length).toBeGreaterThanOrEqual(6);
		const roles = plan.interviews.map((i) => i.text.toLocaleLowerCase('fi'));
		for (const role of ['tiiminvetäjä', 'työhönvalmentaj', 'asiakka', 'johto', 'sosiaali- ja terveydenhuollon', 'työnantaj', 'etuusneuvoja'])
			expect(roles.some((r) => r.includes(role))).toBe(true);
	});

	it('has a two-day agenda, each day in clock order', () => {
		for (const day of [1, 2] as const) {
			const times = agendaDay(plan, day).map((e) => e.time);
			expect(times.length).toBeGreaterThan(3);
			expect([...times].sort()).toEqual(times);
		}
	});
});

describe('editing the plan in a review', () => {
	const proposal = proposalFor('fi-2021-11-01');

	it('follows the proposal until the first change, which copies it', () => {
		const doc = blankReview();
		expect(doc.visit.plan).toBeNull();
		expect(planOf(doc)).toBe(proposal);
		const removed = removePlanEntry(proposal, 'documents', 'doc-jobs')(doc);
		expect(removed.visit.plan!.documents.map((d) => d.id)).not.toContain('doc-jobs');
		expect(removed.visit.plan!.interviews).toEqual(proposal.interviews);
		expect(proposal.documents.map((d) => d.id)).toContain('doc-jobs');
	});

	it('puts a removed entry back where it was (undo)', () => {
		const at = proposal.documents.findIndex((d) => d.id === 'doc-jobs');
		const entry = proposal.documents[at]!;
		const doc = removePlanEntry(proposal, 'documents', 'doc-jobs')(blankReview());
		expect(addPlanEntry(proposal, 'documents', entry, at)(doc).visit.plan!.documents).toEqual(proposal.documents);
	});

	it('typing changes an entry only once the plan is in the review', () => {
		const target = { kind: 'plan', list: 'interviews', entry: 'int-clients' } as const;
		expect(setText(target, 'Asiakkaat (5)')(blankReview()).visit.plan).toBeNull();
		const copied = changePlanEntry(proposal, 'interviews', 'int-clients', (e) => e)(blankReview());
		expect(setText(target, 'Asiakkaat (5)')(copied).visit.plan!.interviews.find((e) => e.id === 'int-clients')!.text).toBe('Asiakkaat (5)');
	});

	it('ticks and unticks an entry, each id once', () => {
		const once = setPlanDone('doc-jobs', true)(setPlanDone('doc-jobs', true)(blankReview()));
		expect(once.visit.planDone).toEqual(['doc-jobs']);
		expect(setPlanDone('doc-jobs', false)(once).visit.planDone).toEqual([]);
	});
});
