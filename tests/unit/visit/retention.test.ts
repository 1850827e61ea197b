import { describe, expect, it } from 'vitest';
import { removable, withoutNotes } from '../../../src/lib/privacy/retention';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { blankReview, session, sessionNote } from './build';

function withSessions(notes: number[]): ReviewDocument {
	const doc = blankReview();
	doc.visit.documentsChecked = '';
	doc.visit.schedule = '';
	doc.visit.sessions = notes.map((n, i) =>
		session(`s${i}`, 'interview', 'asiakas', Array.from({ length: n }, (_, k) => sessionNote(`n${i}-${k}`, 'Asiakas kertoi työpaikastaan', [[15]])))
	);
	doc.visit.planDone = ['doc-jobs'];
	return doc;
}

describe('retention of session notes', () => {
	it.each([
		['no sessions', [], 0],
		['one session, no notes', [0], 0],
		['one session, one note', [1], 1],
		['three sessions', [2, 0, 3], 5]
	])('%s: counts %i removable notes and removes every one', (_name, notes, count) => {
		const doc = withSessions(notes);
		expect(removable(doc).notes).toBe(count);
		const clean = withoutNotes(doc);
		expect(removable(clean).notes).toBe(0);
		expect(JSON.stringify(clean)).not.toContain('työpaikastaan');
	});

	it('keeps the sessions themselves (kind, role, when, length), the plan and its ticks', () => {
		const doc = withSessions([2]);
		const clean = withoutNotes(doc);
		const { notes: _n, ...kept } = doc.visit.sessions[0]!;
		expect(clean.visit.sessions).toEqual([{ ...kept, notes: [] }]);
		expect(clean.visit.planDone).toEqual(['doc-jobs']);
		expect(clean.visit.plan).toBe(doc.visit.plan);
	});
});
