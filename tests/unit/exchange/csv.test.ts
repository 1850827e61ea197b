import { describe, expect, it } from 'vitest';
import { BOM, encodeCell, guardFormula, toCsv } from '../../../src/lib/exchange/csv';
import { scoresCsv, type ScoresCsvLabels } from '../../../src/lib/exchange/scores-csv';
import { getEdition } from '../../../src/lib/instrument/index';
import { buildFinishedReview, withScores } from '../../fixtures/review-builder';

describe('CSV cells', () => {
	it.each([
		['plain text', 'Joensuu', 'Joensuu'],
		['Finnish letters untouched', 'Äänekoski Öljy Åland', 'Äänekoski Öljy Åland'],
		['separator is quoted', 'a;b', '"a;b"'],
		['comma needs no quoting', 'a, b', 'a, b'],
		['quote doubled and quoted', 'sanoi "hyvä"', '"sanoi ""hyvä"""'],
		['LF quoted', 'rivi 1\nrivi 2', '"rivi 1\nrivi 2"'],
		['CRLF quoted', 'a\r\nb', '"a\r\nb"'],
		['= guarded', '=SUM(A1)', "'=SUM(A1)"],
		['+ guarded', '+358 40', "'+358 40"],
		['- guarded', '-1', "'-1"],
		['@ guarded', '@cmd', "'@cmd"],
		['tab start guarded', '\t=1', "'\t=1"],
		['guarded and quoted', '=a;b', `"'=a;b"`],
		['= inside is fine', 'a=b', 'a=b'],
		['empty string', '', '']
	])('%s', (_name, input, expected) => {
		expect(encodeCell(input)).toBe(expected);
	});

	it.each([
		[4, '4'],
		[-3, '-3'],
		[null, '']
	])('number/null %s → %s (numbers are ours, never guarded)', (input, expected) => {
		expect(encodeCell(input)).toBe(expected);
	});

	it('guardFormula leaves text that does not start with a trigger', () => {
		expect(guardFormula('x=1')).toBe('x=1');
	});

	it('a file starts with the UTF-8 BOM, separates with ; and ends every row with CRLF', () => {
		expect(toCsv([['a', 1], ['b', null]])).toBe(`${BOM}a;1\r\nb;\r\n`);
	});
});

const labels: ScoresCsvLabels = {
	id: 'Tunniste',
	revision: 'Versio',
	service: 'Palvelu',
	organisation: 'Organisaatio',
	place: 'Paikka',
	reviewers: 'Arvioijat',
	startDate: 'Alku',
	endDate: 'Loppu',
	reviewType: 'Tyyppi',
	edition: 'Lomake',
	state: 'Tila',
	item: (n) => `K${n}`,
	section: { staffing: 'Henkilöstö', organisation: 'Järjestäminen', content: 'Sisältö' },
	total: 'Yhteensä',
	level: 'Taso',
	types: { external: 'ulkoinen', self: 'itsearviointi' },
	states: { draft: 'luonnos', finished: 'valmis' }
};

function parse(csv: string): string[][] {
	// The fixture has no quoted cells, so a plain split reads it back.
	return csv.slice(1).split('\r\n').filter(Boolean).map((line) => line.split(';'));
}

describe('scores CSV', () => {
	const finished = buildFinishedReview();
	const draft = { ...withScores(buildFinishedReview({ id: '00000000-0000-4000-8000-000000000002' }), { 3: null }), finishedAt: null, totals: null };
	const rows = parse(scoresCsv([finished, draft], getEdition, labels));

	it('header: meta columns, items 1–25, the three sections, total, level — in that order', () => {
		expect(rows[0]).toEqual([
			'Tunniste', 'Versio', 'Palvelu', 'Organisaatio', 'Paikka', 'Arvioijat', 'Alku', 'Loppu', 'Tyyppi', 'Lomake', 'Tila',
			...Array.from({ length: 25 }, (_, i) => `K${i + 1}`),
			'Henkilöstö', 'Järjestäminen', 'Sisältö', 'Yhteensä', 'Taso'
		]);
	});

	it('a finished review: every score, section subtotals, total and the level label', () => {
		const row = rows[1]!;
		expect(row.slice(0, 11)).toEqual([
			finished.id, '1', 'Tuetun työllistymisen palvelu', 'Esimerkin kaupunki', 'Esimerkkilä', 'Arvioija A, Arvioija B',
			'2026-03-02', '2026-03-03', 'ulkoinen', 'fi-2021-11-01', 'valmis'
		]);
		expect(row.slice(11, 36)).toEqual(finished.items.map((i) => String(i.score)));
		expect(row.slice(36)).toEqual(['13', '32', '55', '100', 'Hyvä taso']);
	});

	it('a draft: an empty cell for the unscored item, partial sums, no level', () => {
		const row = rows[2]!;
		expect(row[10]).toBe('luonnos');
		expect(row[11 + 2]).toBe('');
		expect(row.slice(36)).toEqual(['9', '32', '55', '96', '']);
	});

	it('hostile service names are guarded and quoted', () => {
		const evil = buildFinishedReview();
		evil.meta.service = '=HYPERLINK("http://x";"y")';
		const line = scoresCsv([evil], getEdition, labels).split('\r\n')[1]!;
		expect(line).toContain(`"'=HYPERLINK(""http://x"";""y"")"`);
	});
});
