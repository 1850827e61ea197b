import { describe, expect, it } from 'vitest';
import {
	defaultPriority,
	gatherActions,
	gatheredEntries,
	orderedPlan,
	removeAction,
	restoreAction,
	setActionPriority,
	setActionTargetDate,
	uncoveredItems
} from '../../../src/lib/review/action-plan';
import { FORMAT_1, ReviewDocument, type ActionPlanEntry } from '../../../src/lib/review/schema';
import { parseAnyFormatOrThrow } from '../../../src/lib/review/migrate';
import { setText } from '../../../src/lib/review/text-targets';
import base from '../../fixtures/finished-review.json';
import { buildFinishedReview } from '../../fixtures/review-builder';

/** The fixture with only the given recommendations (item → text) and scores (item → score). */
function review(recs: Record<number, string>, scores: Record<number, number | null> = {}, plan: ActionPlanEntry[] = []): ReviewDocument {
	const doc = buildFinishedReview();
	return {
		...doc,
		finishedAt: null,
		actionPlan: plan,
		items: doc.items.map((i) => ({
			...i,
			recommendations: recs[i.number] ?? '',
			score: (i.number in scores ? scores[i.number] : i.score) as 1 | null
		}))
	};
}

const ids = () => {
	let n = 0;
	return () => `a${++n}`;
};

const entry = (id: string, item: number, priority: ActionPlanEntry['priority'] = 'medium'): ActionPlanEntry => ({
	id,
	item,
	text: `teksti ${item}`,
	priority,
	targetDate: null
});

describe('defaultPriority', () => {
	it.each([
		[1, 'high'],
		[2, 'high'],
		[3, 'medium'],
		[4, 'low'],
		[5, 'low'],
		[null, 'medium']
	] as const)('score %s → %s', (score, priority) => {
		expect(defaultPriority(score)).toBe(priority);
	});
});

describe('gathering recommendations', () => {
	it('orders criteria lowest score first, then by number; unscored last; blank recommendations left out', () => {
		const doc = review({ 1: 'a', 2: 'b', 3: '  ', 7: 'c', 9: 'd' }, { 1: 4, 2: 2, 7: 2, 9: null });
		expect(uncoveredItems(doc)).toEqual([2, 7, 1, 9]);
		expect(gatheredEntries(doc, ids())).toEqual([
			{ id: 'a1', item: 2, text: 'b', priority: 'high', targetDate: null },
			{ id: 'a2', item: 7, text: 'c', priority: 'high', targetDate: null },
			{ id: 'a3', item: 1, text: 'a', priority: 'low', targetDate: null },
			{ id: 'a4', item: 9, text: 'd', priority: 'medium', targetDate: null }
		]);
	});

	it('skips criteria that already have an entry, so gathering twice adds nothing', () => {
		const doc = review({ 1: 'a', 2: 'b' }, {}, [entry('x', 2)]);
		const once = gatherActions(ids())(doc);
		expect(once.actionPlan.map((e) => e.item)).toEqual([2, 1]);
		expect(gatherActions(ids())(once)).toBe(once);
	});

	it('trims the recommendation into the entry text', () => {
		const doc = review({ 4: '\n  Kirjatkaa työnantajakontaktit.  \n' });
		expect(gatheredEntries(doc, ids())[0]?.text).toBe('Kirjatkaa työnantajakontaktit.');
	});
});

describe('orderedPlan', () => {
	it('sorts by priority, then lower score, then number, keeping the added order for ties', () => {
		const doc = review({}, { 3: 1, 5: 4, 8: 4 }, [
			entry('p', 8, 'low'),
			entry('q', 5, 'high'),
			entry('r', 3, 'medium'),
			entry('s', 5, 'high'),
			entry('t', 3, 'high')
		]);
		expect(orderedPlan(doc).map((e) => e.id)).toEqual(['t', 'q', 's', 'r', 'p']);
	});
});

describe('plan edits', () => {
	const doc = review({}, {}, [entry('x', 1), entry('y', 2), entry('z', 3)]);

	it('sets priority and target date on one entry only', () => {
		const after = setActionTargetDate('y', '2026-12-31')(setActionPriority('y', 'high')(doc));
		expect(after.actionPlan[1]).toMatchObject({ id: 'y', priority: 'high', targetDate: '2026-12-31' });
		expect(after.actionPlan[0]).toEqual(doc.actionPlan[0]);
		expect(setActionTargetDate('y', null)(after).actionPlan[1]?.targetDate).toBeNull();
	});

	it('removes an entry and puts it back where it was on undo, once', () => {
		const removed = removeAction('y')(doc);
		expect(removed.actionPlan.map((e) => e.id)).toEqual(['x', 'z']);
		const restored = restoreAction(doc.actionPlan[1]!, 1)(removed);
		expect(restored.actionPlan.map((e) => e.id)).toEqual(['x', 'y', 'z']);
		expect(restoreAction(doc.actionPlan[1]!, 1)(restored)).toBe(restored);
	});

	it('rewords an entry through its text target; a removed entry is a no-op', () => {
		expect(setText({ kind: 'action', action: 'z' }, 'uusi')(doc).actionPlan[2]?.text).toBe('uusi');
		expect(setText({ kind: 'action', action: 'gone' }, 'uusi')(doc)).toBe(doc);
	});

	it('never mutates its input', () => {
		const before = structuredClone(doc);
		removeAction('x')(doc);
		setActionPriority('x', 'low')(doc);
		gatherActions(ids())(review({ 1: 'a' }));
		expect(doc).toEqual(before);
	});
});

describe('schema: justification and action plan', () => {
	it('a document written before the fields parses with an empty justification and plan', () => {
		const old = structuredClone(base) as Record<string, unknown> & { items: Record<string, unknown>[] };
		delete old.actionPlan;
		for (const item of old.items) delete item.justification;
		// Written before the fields means format 1, read through the migration as everything is.
		Object.assign(old, { format: FORMAT_1 });
		delete old.ratings;
		delete old.consensus;
		const parsed = parseAnyFormatOrThrow(old);
		expect(parsed.actionPlan).toEqual([]);
		expect(parsed.items.every((i) => i.justification === '')).toBe(true);
	});

	it.each([
		['a target date that is not a date', { targetDate: '31.12.2026' }],
		['an unknown priority', { priority: 'urgent' }],
		['criterion 0', { item: 0 }],
		['an empty id', { id: '' }],
		['text over the long-text limit', { text: 'x'.repeat(20_001) }]
	])('refuses %s', (_, patch) => {
		const doc = { ...buildFinishedReview(), actionPlan: [{ ...entry('x', 1), ...patch }] };
		expect(ReviewDocument.safeParse(doc).success).toBe(false);
	});

	it('keeps an entry with a target date and the boundaries of the limits', () => {
		const doc = {
			...buildFinishedReview(),
			actionPlan: [{ ...entry('x'.repeat(64), 99), text: 'x'.repeat(20_000), targetDate: '2027-02-28' }]
		};
		expect(ReviewDocument.safeParse(doc).success).toBe(true);
	});
});
