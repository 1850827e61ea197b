import { describe, expect, it } from 'vitest';
import { migrateVisit, parseAnyFormat, parseFinishedAnyFormat } from '../../../src/lib/review/migrate';
import { ReviewDocument } from '../../../src/lib/review/schema';
import formatOne from '../../fixtures/finished-review.json';
import rawV1 from '../../fixtures/db-v1/raw.json';
import { blankReview, session, sessionNote } from './build';

describe('visit sessions in stored and sent documents', () => {
	it('a format-1 file: its two interviews become interview sessions with the same ids, roles and typed times', () => {
		const parsed = parseAnyFormat(structuredClone(formatOne));
		expect(parsed.success).toBe(true);
		if (!parsed.success) return;
		expect(parsed.data.visit.interviews).toEqual([]);
		expect(parsed.data.visit.sessions).toEqual([
			{ id: 'int-1', kind: 'interview', role: 'työhönvalmentaja', date: null, time: null, minutes: null, when: '2.3. klo 9', notes: [] },
			{ id: 'int-2', kind: 'interview', role: 'esihenkilö', date: null, time: null, minutes: null, when: '2.3. klo 13', notes: [] }
		]);
		expect(parsed.data.visit).toMatchObject({ plan: null, planDone: [], documentsChecked: 'Asiakasrekisteri, 10 asiakaskansiota.' });
		// Old per-item notes stay where they were (decision: kept and shown beside tagged notes).
		expect(parsed.data.items[0]!.notes).toHaveLength(1);
	});

	it('a finished format-1 upload stays finished, migrated the same way', () => {
		const parsed = parseFinishedAnyFormat(structuredClone(formatOne));
		expect(parsed.success && parsed.data.visit.sessions.map((s) => s.id)).toEqual(['int-1', 'int-2']);
	});

	it('every review row of the version-1 database reads with sessions, plan and ticks defaulted', () => {
		const rows = (rawV1 as { stores: { reviews: { doc: unknown }[] } }).stores.reviews;
		expect(rows.length).toBeGreaterThan(0);
		for (const row of rows) {
			const parsed = parseAnyFormat(structuredClone(row.doc));
			expect(parsed.success).toBe(true);
			if (parsed.success) expect(parsed.data.visit).toMatchObject({ interviews: [], plan: null, planDone: [] });
		}
	});

	it('a format-2 document written before sessions (no sessions, plan or ticks) parses with defaults', () => {
		const doc = blankReview();
		const { sessions: _s, plan: _p, planDone: _d, ...older } = doc.visit;
		const parsed = ReviewDocument.safeParse({ ...doc, visit: older });
		expect(parsed.success && parsed.data.visit).toMatchObject({ sessions: [], plan: null, planDone: [] });
	});

	it('a document with sessions and no old interviews is returned as it is', () => {
		const doc = { ...blankReview(), visit: { ...blankReview().visit, sessions: [session('s', 'observation', 'tiimi', [])] } };
		expect(migrateVisit(doc)).toBe(doc);
	});

	it('an old interview whose id a session already has is not duplicated', () => {
		const doc = blankReview();
		const both = { ...doc, visit: { ...doc.visit, interviews: [{ id: 's', role: 'x', when: '' }], sessions: [session('s', 'interview', 'tiimi', [])] } };
		expect(migrateVisit(both).visit.sessions.map((s) => s.role)).toEqual(['tiimi']);
	});

	it.each([
		['a time without minutes', { time: '9:30' }],
		['hour 24', { time: '24:00' }],
		['zero minutes', { minutes: 0 }],
		['a day too long', { minutes: 1441 }],
		['an unknown kind', { kind: 'phone' }],
		['a role longer than 200', { role: 'x'.repeat(201) }],
		['a tag on criterion 0', { notes: [sessionNote('n', 'x', [[0]])] }],
		['a malformed sub-criterion', { notes: [sessionNote('n', 'x', [[5, ['5']]])] }]
	])('refuses a session with %s', (_name, change) => {
		const doc = blankReview();
		const bad = { ...doc, visit: { ...doc.visit, sessions: [{ ...session('s', 'interview', 'tiimi', []), ...change }] } };
		expect(ReviewDocument.safeParse(bad).success).toBe(false);
	});

	it.each([
		['00:00', 1],
		['23:59', 1440]
	])('accepts the boundaries time %s and %s minutes', (time, minutes) => {
		const doc = blankReview();
		const ok = { ...doc, visit: { ...doc.visit, sessions: [{ ...session('s', 'interview', 'tiimi', [sessionNote('n', 'x', [[25, ['25.6']]])]), time, minutes }] } };
		expect(ReviewDocument.safeParse(ok).success).toBe(true);
	});
});
