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

	it('groups notes by source in a fixed order, criteria in order, blank notes left out', () => {
		expect(appendix.notes.map((g) => g.source)).toEqual(['interview', 'observation', 'documents']);
		expect(appendix.notes[1]!.notes).toEqual([
			{ item: 2, role: 'valmentaja', text: 'toinen' },
			{ item: 9, role: 'tiiminvetäjä', text: 'palaveri' }
		]);
		expect(appendix.notes[2]!.notes).toEqual([{ item: 9, role: '', text: 'kansiot' }]);
	});

	it('a review with nothing recorded has empty parts, not invented ones', () => {
		const empty = { ...base, visit: { interviews: [], documentsChecked: '  ', schedule: '' }, items: base.items.map((i) => ({ ...i, notes: [], subCriteria: {} })) };
		expect(evidenceAppendix(empty, edition)).toEqual({ items: [], notes: [], interviews: [], documentsChecked: '' });
	});
});
