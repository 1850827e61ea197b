import { describe, expect, it } from 'vitest';
import { getEdition } from '../../../src/lib/instrument/index';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { coverage, uncovered } from '../../../src/lib/visit/coverage';
import { blankReview, session, sessionNote } from './build';

const edition = getEdition('fi-2021-11-01')!;

function review(): ReviewDocument {
	const doc = blankReview();
	doc.visit.sessions = [
		session('a', 'interview', 'tiiminvetäjä', [sessionNote('n1', 'Asiakasmäärä 18', [[1], [7], [8, ['8.1']]]), sessionNote('n2', '   ', [[2]])]),
		session('b', 'observation', 'tiimi', [sessionNote('n3', 'Palaveri', [[4], [1]])]),
		session('c', 'documents', '', [sessionNote('n4', 'Seurantalomakkeet', [])])
	];
	const item = (n: number) => doc.items.find((i) => i.number === n)!;
	item(3).notes = [{ id: 'old', source: 'documents', role: '', text: 'kansio', createdAt: '2026-03-02T10:00:00+02:00' }];
	item(5).subCriteria = { '5.1': { met: true, evidence: '' }, '5.2': { met: false, evidence: 'muistio' } };
	item(10).subCriteria = { '10.1': { met: true, evidence: '' } };
	item(17).figures = { contacts: [null, null] };
	item(19).figures = { jobs: 4 };
	return doc;
}

describe('evidence coverage', () => {
	const rows = coverage(review(), edition);
	const row = (n: number) => rows.find((r) => r.item === n)!;

	it('has one row per criterion of the edition, in order', () => {
		expect(rows.map((r) => r.item)).toEqual(edition.items.map((i) => i.number));
	});

	it.each([
		[1, { interview: 1, observation: 1, documents: 0 }, true, 'a note from two sessions'],
		[7, { interview: 1, observation: 0, documents: 0 }, true, 'one interview note tagged to three criteria counts on each'],
		[2, { interview: 0, observation: 0, documents: 0 }, false, 'an empty note is no evidence'],
		[3, { interview: 0, observation: 0, documents: 1 }, true, 'an older per-item note counts by its source'],
		[5, { interview: 0, observation: 0, documents: 0 }, true, 'sub-criterion evidence text'],
		[10, { interview: 0, observation: 0, documents: 0 }, false, 'a judgement alone is not evidence'],
		[17, { interview: 0, observation: 0, documents: 0 }, false, 'a figure list with only empty cells is not entered'],
		[19, { interview: 0, observation: 0, documents: 0 }, true, 'an entered figure']
	])('criterion %i: sources %o, covered %s (%s)', (n, sources, covered) => {
		expect(row(n).sources).toEqual(sources);
		expect(row(n).covered).toBe(covered);
	});

	it('counts sub-criteria judged out of the criterion\'s own', () => {
		expect([row(5).subAnswered, row(5).subTotal, row(10).subAnswered, row(1).subTotal]).toEqual([2, 5, 1, 0]);
	});

	it('lists the criteria with no evidence, in order', () => {
		expect(uncovered(rows)).toEqual([2, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 20, 21, 22, 23, 24, 25]);
	});

	it('a review with nothing recorded lists all 25', () => {
		expect(uncovered(coverage(blankReview(), edition))).toHaveLength(25);
	});
});
