import { describe, expect, it } from 'vitest';
import { countIdentityCodes, findIdentityCodes, placeOf } from '../../../src/lib/privacy/document';
import { buildFinishedReview } from '../../fixtures/review-builder';

const CODE = '131052-308T';
const OTHER = '010101B002S';

function planted() {
	const doc = buildFinishedReview();
	doc.items[2]!.notes[0] = { ...doc.items[0]!.notes[0]!, text: `Asiakas ${CODE} ja ${OTHER}` };
	doc.items[4]!.subCriteria = { x: { met: true, evidence: `kansio ${CODE}` } };
	doc.items[6]!.strengths = CODE;
	doc.visit.documentsChecked = `Tarkistettu ${CODE}`;
	doc.visit.sessions[1]!.role = `${CODE}`;
	doc.meta.reviewers = ['Arvioija', CODE];
	doc.conclusions = `Loppu ${CODE}`;
	return doc;
}

describe('findIdentityCodes', () => {
	it('is empty for a review without codes (ids, dates and figures never trigger)', () => {
		expect(findIdentityCodes(buildFinishedReview())).toEqual([]);
	});

	it('lists every field that holds a code, with the count, in document order', () => {
		const doc = planted();
		expect(findIdentityCodes(doc)).toEqual([
			{ path: ['meta', 'reviewers', 1], count: 1 },
			{ path: ['visit', 'documentsChecked'], count: 1 },
			{ path: ['visit', 'sessions', 1, 'role'], count: 1 },
			{ path: ['items', 2, 'notes', 0, 'text'], count: 2 },
			{ path: ['items', 4, 'subCriteria', 'x', 'evidence'], count: 1 },
			{ path: ['items', 6, 'strengths'], count: 1 },
			{ path: ['conclusions'], count: 1 }
		]);
		expect(countIdentityCodes(doc)).toBe(8);
	});

	it('checks text fields the schema does not know yet (added by another format)', () => {
		const doc = { ...buildFinishedReview(), actionPlan: [{ text: `tee ${CODE}` }] };
		expect(findIdentityCodes(doc)).toEqual([{ path: ['actionPlan', 0, 'text'], count: 1 }]);
	});

	it.each([null, 42, 'just text', [], {}])('tolerates anything (%j)', (value) => {
		expect(countIdentityCodes(value)).toBe(0);
	});
});

describe('placeOf names a field by item number and field', () => {
	const doc = planted();
	it.each([
		[['items', 2, 'notes', 0, 'text'], { item: doc.items[2]!.number, within: 'notes', field: 'text' }],
		[['items', 4, 'subCriteria', 'x', 'evidence'], { item: doc.items[4]!.number, within: 'subCriteria', field: 'evidence' }],
		[['items', 6, 'strengths'], { item: doc.items[6]!.number, within: null, field: 'strengths' }],
		[['visit', 'sessions', 1, 'role'], { item: null, within: 'sessions', field: 'role' }],
		[['visit', 'documentsChecked'], { item: null, within: null, field: 'documentsChecked' }],
		[['meta', 'reviewers', 1], { item: null, within: null, field: 'reviewers' }],
		[['conclusions'], { item: null, within: null, field: 'conclusions' }]
	] as const)('%j', (path, expected) => {
		expect(placeOf(doc, path)).toEqual(expected);
	});
});
