import { describe, expect, it } from 'vitest';
import { getEdition } from '../../../src/lib/instrument/index';
import { evidenceAppendix } from '../../../src/lib/report/evidence';
import { buildFinishedReview } from '../../fixtures/review-builder';

const edition = getEdition('fi-2021-11-01')!;
const note = (id: string, source: 'interview' | 'observation' | 'documents', role: string, text: string) => ({
	id,
	source,
	role,
	text,
	createdAt: '2026-03-02T10:00:00+02:00'
});

describe('evidenceAppendix', () => {
	const base = buildFinishedReview();
	const doc = {
		...base,
		// Only item 5 has sub-criterion answers here (the shared fixture has some of its own).
		items: base.items.map((i) => ({ ...i, subCriteria: {} })).map((i) =>
			i.number === 5
				? { ...i, subCriteria: { '5.1': { met: true, evidence: ' muistio ' }, '5.2': { met: null, evidence: '' }, '5.3': { met: false, evidence: '' } } }
				: i.number === 9
					? { ...i, notes: [note('a', 'documents', '', 'kansiot'), note('b', 'observation', ' tiiminvetäjä ', 'palaveri'), note('c', 'interview', 'x', '   ')] }
					: i.number === 2
						? { ...i, notes: [note('d', 'observation', 'valmentaja', 'toinen')] }
						: i
		)
	};
	const appendix = evidenceAppendix(doc, edition);

	it('lists only assessed or evidenced sub-criteria, with the edition text and trimmed evidence', () => {
		expect(appendix.items.map((i) => i.number)).toEqual([5]);
		expect(appendix.items[0]!.judgements.map((j) => [j.id, j.met, j.evidence])).toEqual([
			['5.1', true, 'muistio'],
			['5.3', false, '']
		]);
		expect(appendix.items[0]!.judgements[0]!.text).toBe(edition.items[4]!.subCriteria[0]!.text);
	});

	it('groups notes by source in a fixed order, then by role (alphabetical, no role last), blank notes left out', () => {
		expect(appendix.notes.map((g) => g.source)).toEqual(['interview', 'observation', 'documents']);
		expect(appendix.notes[1]!.roles).toEqual([
			{ role: 'tiiminvetäjä', notes: [{ items: [9], text: 'palaveri' }] },
			{ role: 'valmentaja', notes: [{ items: [2], text: 'toinen' }] }
		]);
		expect(appendix.notes[2]!.roles).toEqual([{ role: '', notes: [{ items: [9], text: 'kansiot' }] }]);
	});

	it('prints a session note once, with every criterion it is tagged to, under its session\'s kind and role', () => {
		const withSession = {
			...doc,
			visit: {
				...doc.visit,
				sessions: [
					{
						id: 's',
						kind: 'observation' as const,
						role: 'valmentaja',
						date: '2026-03-02',
						time: '09:30',
						minutes: 45,
						when: '',
						notes: [{ id: 'n', text: ' palaveri ', tags: [{ item: 17, subCriteria: [] }, { item: 4, subCriteria: ['4.1'] }], createdAt: '2026-03-02T10:00:00+02:00' }]
					}
				]
			}
		};
		const printed = evidenceAppendix(withSession, edition);
		expect(printed.notes[1]!.roles.find((r) => r.role === 'valmentaja')!.notes).toEqual([
			{ items: [4, 17], text: 'palaveri' },
			{ items: [2], text: 'toinen' }
		]);
		expect(printed.sessions.map((s) => s.id)).toEqual(['s']);
	});

	it('a review with nothing recorded has empty parts, not invented ones', () => {
		const empty = {
			...base,
			visit: { interviews: [], documentsChecked: '  ', schedule: '', sessions: [], plan: null, planDone: [], records: [] },
			items: base.items.map((i) => ({ ...i, notes: [], subCriteria: {} }))
		};
		expect(evidenceAppendix(empty, edition)).toEqual({ items: [], notes: [], sessions: [], documentsChecked: '' });
	});
});
