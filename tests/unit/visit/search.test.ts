import { describe, expect, it } from 'vitest';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { fold, rolesOf, search, type Query } from '../../../src/lib/visit/search';
import { blankReview, session, sessionNote } from './build';

function review(): ReviewDocument {
	const doc = blankReview();
	doc.visit.sessions = [
		session('a', 'interview', 'Tiiminvetäjä', [sessionNote('n1', 'Työnantajakäyntejä on VIIKOITTAIN', [[17], [18]]), sessionNote('n2', 'Sää oli huono', [])]),
		session('b', 'interview', 'tiiminvetäjä ', [sessionNote('n3', 'Tiimipalaveri maanantaisin', [[7]])]),
		session('c', 'observation', 'työhönvalmentaja', [sessionNote('n4', 'Palaverissa käsiteltiin kuusi asiakasta', [[4]])])
	];
	const item = (n: number) => doc.items.find((i) => i.number === n)!;
	item(9).notes = [{ id: 'old', source: 'documents', role: 'esihenkilö', text: 'Ei jonoa palveluun', createdAt: '2026-03-02T10:00:00+02:00' }];
	item(5).subCriteria = { '5.2': { met: false, evidence: 'Palaverimuistiot puuttuvat' } };
	item(12).justification = 'Etuusneuvonta ostetaan muualta';
	item(13).strengths = 'Avoin palaveri';
	return doc;
}

const q = (words: string, role: string | null = null, source: Query['source'] = null): Query => ({ words, role, source });
const ids = (query: Query) => search(review(), query).map((h) => h.id);

describe('find anything', () => {
	it.each([
		['one word in any case', q('viikoittain'), ['n1']],
		['two words in any order', q('asiakasta palaverissa'), ['n4']],
		['a word part across kinds of text', q('palaver'), ['n3', 'n4', '5:5.2', '13:strengths']],
		['a justification', q('etuusneuvonta'), ['12:justification']],
		['an item note of an older version', q('jonoa'), ['old']],
		['capital Ä finds ä', q('SÄÄ'), ['n2']],
		['a decomposed ä (a + combining diaeresis) finds the composed one', q('sa\u0308a\u0308'), ['n2']],
		['a does not find ä: they are different letters', q('saa'), []],
		['o does not find ö', q('tyohon'), []],
		['spaces around and between words do not matter', q('  tiimipalaveri   maanantaisin '), ['n3']],
		['no match', q('kissa'), []]
	])('%s', (_name, query, expected) => {
		expect(ids(query)).toEqual(expected);
	});

	it.each([
		['everything the team leader said, whatever the case or spaces of the role', q('', 'TIIMINVETÄJÄ'), ['n1', 'n2', 'n3']],
		['the team leader on one topic', q('palaveri', 'tiiminvetäjä'), ['n3']],
		['observations only', q('', null, 'observation'), ['n4']],
		['documents include older item notes', q('', null, 'documents'), ['old']],
		['a role and a source that never met', q('', 'esihenkilö', 'interview'), []]
	])('filter: %s', (_name, query, expected) => {
		expect(ids(query)).toEqual(expected);
	});

	it('says where a hit came from', () => {
		expect(search(review(), q('viikoittain'))[0]).toMatchObject({ kind: 'sessionNote', items: [17, 18], source: 'interview', role: 'Tiiminvetäjä', session: 'a' });
	});

	it('offers each role once, as first written', () => {
		expect(rolesOf(review())).toEqual(['Tiiminvetäjä', 'työhönvalmentaja', 'esihenkilö']);
	});

	it.each([
		['ÄÖÅ', 'äöå'],
		['I', 'i'],
		['a\u0308', 'ä'],
		['  two\n words ', 'two words']
	])('folds %j to %j', (input, output) => {
		expect(fold(input)).toBe(output);
	});
});
