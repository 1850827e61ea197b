import { describe, expect, it } from 'vitest';
import { BOM, encodeCell, guardFormula, toCsv } from '../../../src/lib/exchange/csv';
import { scoresCsv, type ScoresCsvLabels } from '../../../src/lib/exchange/scores-csv';
import { getEdition } from '../../../src/lib/instrument/index';
import { buildFinishedReview, withScores } from '../../fixtures/review-builder';
import { lock } from '../../../src/lib/consensus/lock';
import { putLockedRating, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import type { Score } from '../../../src/lib/instrument/schema';

/** A pair review rated by the two functions; both locked unless `lockBoth` is false. */
async function lockedPair(a: (n: number) => number, b: (n: number) => number, lockBoth = true) {
	let d = startPair('Aino', 'Bertil')(buildFinishedReview());
	for (const i of d.items) {
		d = setRatingScore('Aino', i.number, a(i.number) as Score)(d);
		d = setRatingScore('Bertil', i.number, b(i.number) as Score)(d);
	}
	if (lockBoth) for (const r of d.ratings) d = putLockedRating(await lock(r, '2026-03-03T12:00:00.000Z'))(d);
	else d = putLockedRating(await lock(d.ratings[1]!, '2026-03-03T12:00:00.000Z'))(d);
	return d;
}

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
	states: { draft: 'luonnos', finished: 'valmis' },
	agreement: { exact: 'Samat %', withinOne: 'Ero ≤ 1 %', kappa: 'Kappa', kappaUndefined: 'ei määritelty' }
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
			'Henkilöstö', 'Järjestäminen', 'Sisältö', 'Yhteensä', 'Taso', 'Samat %', 'Ero ≤ 1 %', 'Kappa'
		]);
	});

	it('a finished review: every score, section subtotals, total and the level label', () => {
		const row = rows[1]!;
		expect(row.slice(0, 11)).toEqual([
			finished.id, '1', 'Tuetun työllistymisen palvelu', 'Esimerkin kaupunki', 'Esimerkkilä', 'Arvioija A, Arvioija B',
			'2026-03-02', '2026-03-03', 'ulkoinen', 'fi-2021-11-01', 'valmis'
		]);
		expect(row.slice(11, 36)).toEqual(finished.items.map((i) => String(i.score)));
		expect(row.slice(36)).toEqual(['13', '32', '55', '100', 'Hyvä taso', '', '', '']);
	});

	it('a draft: an empty cell for the unscored item, partial sums, no level', () => {
		const row = rows[2]!;
		expect(row[10]).toBe('luonnos');
		expect(row[11 + 2]).toBe('');
		expect(row.slice(36)).toEqual(['9', '32', '55', '96', '', '', '', '']);
	});

	it('a pair review adds its agreement after the level: per cents with one decimal, kappa with three', async () => {
		const one = await lockedPair((n) => (n === 1 ? 5 : n === 2 ? 4 : 3), (n) => (n === 1 ? 3 : 3));
		const row = parse(scoresCsv([one], getEdition, labels))[1]!;
		// 23 of 25 the same (92 %), item 1 two apart, item 2 one apart (96 %).
		expect(row.slice(41, 43)).toEqual(['92', '96']);
		// By hand: observed Σ(a−b)² = 4 + 1 = 5; Bertil gave 3 everywhere, so expected = (1/25)·25·(4 + 1) = 5; κ = 1 − 5/5 = 0.
		expect(row[43]).toBe('0');
	});

	const three = (): number => 3;
	it.each([
		['both gave every item 3: kappa is not defined, worded', true, ['100', '100', 'ei määritelty']],
		['a rating still open: no figures yet (blind)', false, ['', '', '']]
	] as const)('%s', async (_, lockBoth, cells) => {
		const doc = await lockedPair(three, three, lockBoth);
		expect(parse(scoresCsv([doc], getEdition, labels))[1]!.slice(41)).toEqual(cells);
	});

	it('hostile service names are guarded and quoted', () => {
		const evil = buildFinishedReview();
		evil.meta.service = '=HYPERLINK("http://x";"y")';
		const line = scoresCsv([evil], getEdition, labels).split('\r\n')[1]!;
		expect(line).toContain(`"'=HYPERLINK(""http://x"";""y"")"`);
	});
});
