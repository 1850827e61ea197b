import { describe, expect, it } from 'vitest';
import type { NoteTag } from '../../../src/lib/review/schema';
import { restoreNoteTag, toggleNoteItem, togglePlanCriterion } from '../../../src/lib/visit/edits';
import { proposalFor } from '../../../src/lib/visit/plans';
import { restoreTag, toggleCriterion } from '../../../src/lib/visit/tags';
import { blankReview, session, sessionNote } from './build';

/** Chips used outside the session: on a criterion's screen (with undo) and in the plan editor. */
const t = (item: number, ...subCriteria: string[]): NoteTag => ({ item, subCriteria });

describe('putting back a tag removed on a criterion screen', () => {
	it.each([
		['back in criterion order, with its sub-criteria', [t(3), t(9)], t(5, '5.1', '5.4'), [t(3), t(5, '5.1', '5.4'), t(9)]],
		['as the only tag', [], t(25), [t(25)]],
		['tagged again meanwhile: left as it is now', [t(5, '5.2')], t(5, '5.1'), [t(5, '5.2')]]
	])('%s', (_n, before, tag, after) => {
		expect(restoreTag(before, tag)).toEqual(after);
	});

	const withNote = () => {
		const doc = blankReview();
		const note = sessionNote('n1', 'Työnantajakäyntejä viikoittain', [[8, ['8.2']], [17]]);
		return { ...doc, visit: { ...doc.visit, sessions: [session('s1', 'interview', 'tiiminvetäjä', [note])] } };
	};

	it('untag then undo gives back the note exactly as it was', () => {
		const before = withNote();
		const untagged = toggleNoteItem('s1', 'n1', 8)(before);
		expect(untagged.visit.sessions[0]!.notes[0]!.tags).toEqual([t(17)]);
		const undone = restoreNoteTag('s1', 'n1', t(8, '8.2'))(untagged);
		expect(undone.visit.sessions[0]!.notes[0]).toEqual(before.visit.sessions[0]!.notes[0]);
	});

	it('changes nothing when the note was removed meanwhile (in another tab)', () => {
		const doc = withNote();
		expect(restoreNoteTag('s1', 'gone', t(8))(doc).visit.sessions).toEqual(doc.visit.sessions);
		expect(restoreNoteTag('gone', 'n1', t(8))(doc).visit.sessions).toEqual(doc.visit.sessions);
	});
});

describe('criteria chips of a plan entry', () => {
	it.each([
		['adds in number order', [1, 7], 3, [1, 3, 7]],
		['removes a linked criterion', [1, 3, 7], 3, [1, 7]],
		['the first link', [], 25, [25]],
		['the last link goes', [12], 12, []],
		['a duplicate stored by an older version is not doubled', [2, 2], 1, [1, 2]]
	])('%s', (_n, before, item, after) => {
		expect(toggleCriterion(before, item)).toEqual(after);
	});

	const proposal = proposalFor(blankReview().edition);

	it('the first tap copies the proposal into the review and changes only that entry', () => {
		const doc = blankReview();
		expect(doc.visit.plan).toBeNull();
		const entry = proposal.documents[0]!;
		const off = entry.items[0]!;
		const after = togglePlanCriterion(proposal, 'documents', entry.id, off)(doc);
		expect(after.visit.plan!.documents[0]!.items).toEqual(entry.items.filter((i) => i !== off));
		expect(after.visit.plan!.documents.slice(1)).toEqual(proposal.documents.slice(1));
		expect(after.visit.plan!.interviews).toEqual(proposal.interviews);
	});

	it('links an interview to one more criterion, and a tap again takes it off', () => {
		const entry = proposal.interviews[0]!;
		const extra = [...Array(25).keys()].map((i) => i + 1).find((n) => !entry.items.includes(n))!;
		const once = togglePlanCriterion(proposal, 'interviews', entry.id, extra)(blankReview());
		expect(once.visit.plan!.interviews[0]!.items).toContain(extra);
		const twice = togglePlanCriterion(proposal, 'interviews', entry.id, extra)(once);
		expect(twice.visit.plan!.interviews[0]!.items).toEqual(entry.items);
	});
});
