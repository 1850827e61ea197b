import { describe, expect, it } from 'vitest';
import { fi20211101 as edition } from '../../src/lib/instrument/editions/fi-2021-11-01';
import { LATEST_EDITION_ID, editions, getEdition, itemOf } from '../../src/lib/instrument/index';
import { Edition, type Item } from '../../src/lib/instrument/schema';

const item = (n: number): Item => {
	const found = itemOf(edition, n);
	if (!found) throw new Error(`no item ${n}`);
	return found;
};

/** Every reviewer-facing string of an edition, labelled for failure messages. */
function texts(e: Edition): [string, string][] {
	const out: [string, string][] = [
		['title', e.title],
		['instruction', e.instruction]
	];
	for (const s of e.sections) out.push([`section ${s.id}`, s.title]);
	for (const l of e.levels) out.push([`level ${l.id}`, l.label]);
	for (const it of e.items) {
		const at = `item ${it.number}`;
		out.push([`${at} title`, it.title], [`${at} description`, it.description]);
		for (const r of it.remarks ?? []) out.push([`${at} remark`, r]);
		if (it.subCriteriaIntro) out.push([`${at} intro`, it.subCriteriaIntro]);
		for (const s of it.subCriteria) out.push([`sub-criterion ${s.id}`, s.text]);
		for (const a of it.anchors) out.push([`${at} anchor ${a.score}`, a.text]);
	}
	return out;
}

/**
 * Leftovers of the PDF extraction. A word split by a column break ("työhönval mentaja")
 * is caught when the two halves, joined, make a word that the edition uses elsewhere.
 */
function artefacts(all: [string, string][]): string[] {
	const vocabulary = new Set(all.flatMap(([, t]) => t.toLowerCase().match(/\p{L}+/gu) ?? []));
	const found: string[] = [];
	for (const [where, t] of all) {
		const flag = (what: string) => found.push(`${where}: ${what}`);
		if (t !== t.trim()) flag('leading or trailing whitespace');
		if (/ {2}|\t|\r|\u00ad|\u00a0/.test(t)) flag('double space, tab, CR, soft hyphen or nbsp');
		if (/\n\n/.test(t)) flag('empty line');
		if (/\n(?!\d\) |\p{Lu})/u.test(t)) flag('line break not starting a numbered point or a sentence');
		if (/ [,.;:)]/.test(t)) flag('space before punctuation');
		if (/\S- +(?!ja |tai |sekä )\p{Ll}/u.test(t)) flag('hyphen split inside a word');
		if (/^(\d\s*=|- |\d+\.\d+ )/.test(t)) flag('leftover anchor, bullet or number prefix');
		const words = t.split(' ');
		for (let i = 0; i + 1 < words.length; i++) {
			const [a, b] = [words[i]!, words[i + 1]!];
			if (/^\p{L}+$/u.test(a) && /^\p{Ll}+$/u.test(b) && vocabulary.has((a + b).toLowerCase())) flag(`"${a} ${b}"`);
		}
	}
	return found;
}

describe('edition fi-2021-11-01', () => {
	it('validates against the zod Edition schema', () => {
		const result = Edition.safeParse(edition);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	it('has 25 items numbered 1..25 in order, with 125 anchors', () => {
		expect(edition.items.map((it) => it.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
		expect(edition.items.flatMap((it) => it.anchors)).toHaveLength(125);
		for (const it of edition.items) expect(it.anchors.map((a) => a.score)).toEqual([1, 2, 3, 4, 5]);
	});

	it('has exactly the 30 numbered sub-criteria of the form', () => {
		const range = (n: number, k: number) => Array.from({ length: k }, (_, i) => `${n}.${i + 1}`);
		const expected = [range(5, 5), range(8, 5), range(10, 5), range(11, 5), range(13, 4), range(25, 6)].flat();
		expect(edition.items.flatMap((it) => it.subCriteria.map((s) => s.id))).toEqual(expected);
	});

	it.each([
		['staffing', 1, 3],
		['organisation', 4, 11],
		['content', 12, 25]
	])('section %s holds items %i–%i', (section, first, last) => {
		const numbers = edition.items.filter((it) => it.section === section).map((it) => it.number);
		expect(numbers).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
	});

	it.each([
		[5, [1, 1, 2, 3, 4, 5]], // zero or one of five → 1
		[8, [1, 1, 2, 3, 4, 5]],
		[10, [1, 1, 2, 3, 4, 5]],
		[11, [1, 1, 2, 3, 4, 5]], // the form starts at "one met → 1"; none met cannot score below 1
		[13, [1, 2, 3, 4, 5]], // none of four → 1
		[25, [1, 1, 1, 2, 3, 4, 5]] // two or fewer of six → 1
	])('item %i suggests scores by sub-criteria met as %j', (n, scoreByMet) => {
		expect(item(n).suggestion).toEqual({ kind: 'count', scoreByMet });
	});

	it.each([
		[1, 'caseload'],
		[2, 'coaching-time'],
		[4, 'team-referrals'],
		[15, 'first-employer-contact'],
		[16, 'preference-based-contacts'],
		[17, 'employer-contacts'],
		[19, 'job-variety'],
		[20, 'employer-variety'],
		[21, 'competitive-jobs'],
		[23, 'follow-along-duration'],
		[24, 'community-time']
	])('item %i suggests from figures with rule %s', (n, rule) => {
		expect(item(n).suggestion).toEqual({ kind: 'figures', rule });
	});

	it('leaves every other item to judgement, and only count items have sub-criteria', () => {
		const judged = edition.items.filter((it) => it.suggestion.kind === 'judgement').map((it) => it.number);
		expect(judged).toEqual([3, 6, 7, 9, 12, 14, 18, 22]);
		for (const it of edition.items) expect(it.subCriteria.length > 0).toBe(it.suggestion.kind === 'count');
	});

	it('has level bands covering 25..125 without gap or overlap', () => {
		const bands = [...edition.levels].sort((a, b) => a.min - b.min);
		expect(bands[0]!.min).toBe(edition.items.length * 1);
		expect(bands.at(-1)!.max).toBe(edition.items.length * 5);
		for (let i = 1; i < bands.length; i++) expect(bands[i]!.min).toBe(bands[i - 1]!.max + 1);
		for (const b of bands) expect(b.min).toBeLessThanOrEqual(b.max);
	});

	it.each([
		[25, 'not-supported-employment'],
		[73, 'not-supported-employment'],
		[74, 'fair'],
		[99, 'fair'],
		[100, 'good'],
		[114, 'good'],
		[115, 'exemplary'],
		[125, 'exemplary']
	])('a total of %i falls in the band %s', (total, id) => {
		expect(edition.levels.filter((l) => total >= l.min && total <= l.max).map((l) => l.id)).toEqual([id]);
	});

	it('contains no leftovers of the PDF extraction', () => {
		expect(artefacts(texts(edition))).toEqual([]);
	});

	it('would notice a word broken by the extraction', () => {
		const broken: [string, string][] = [...texts(edition), ['probe', 'Työhönval mentaja tapaa asiakkaan.']];
		expect(artefacts(broken).filter((f) => f.startsWith('probe'))).toEqual(['probe: "Työhönval mentaja"']);
		expect(artefacts([['probe', 'mielenterv- eys']])).toHaveLength(1);
		expect(artefacts([['probe', 'kaksi  välilyöntiä ja tavu\u00adviiva']])).toHaveLength(1);
	});

	it('keeps the "Huomaa" remarks out of the descriptions', () => {
		expect(item(3).remarks).toEqual([expect.stringMatching(/^Jokaisen työhönvalmentajan ei edellytetä/)]);
		expect(item(17).remarks).toEqual(['Tässä huomioidaan ainoastaan tapaamiset, jotka koskevat työnhakuvaiheessa olevia asiakkaita.']);
		for (const it of edition.items) expect(it.description).not.toMatch(/Huom/);
	});

	// Spot checks against seed 002, chosen where its two columns were interleaved.
	it.each([
		[1, 3, 'Suhdeluku 26 – 30 asiakasta yhtä työhönvalmentajaa kohden.'],
		[3, 1, 'Työllistymisen tuen palveluiden osalta työhönvalmentajat tarjoavat ainoastaan siirtoa palveluntuottajille tai muihin palveluihin.'],
		[4, 5, 'Työhönvalmentajat ovat kiinnittyneinä yhteen tai kahteen aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimiin, josta/joista muodostuu 90 – 100 % työhönvalmentajien asiakasmäärästä.'],
		[12, 3, 'Työhönvalmentaja käy jokaisen asiakkaan kanssa päällisin puolin läpi työnteon vaikutukset etuuksiin.'],
		[16, 4, '75 – 89 % työhönvalmentajien yhteydenotoista työnantajiin perustuu asiakkaiden mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne, pikemmin kuin olemassa oleviin työmarkkinoihin. Lisäksi yhteydenotot ovat linjassa asiakkaiden ajankohtaisten työnhakusuunnitelmien kanssa.'],
		[18, 3, 'Työhönvalmentajat tarttuvat ilmoitettuihin työpaikkoihin esittelemällä itsensä, kuvailemalla työhönvalmennuksen palvelua ja pyytämällä työnantajia haastattelemaan työnhakija-asiakkaita.'],
		[22, 4, 'Asiakkaat saavat erityyppistä tukea työssä toimimiseen perustuen ko. työhön, asiakkaiden mielenkiinnon kohteisiin, työhistoriaan, tarpeisiin, jne. Työhönvalmentajat tarjoavat tukea myös työnantajille.'],
		[24, 1, 'Työhönvalmentajat käyttävät 30 % työajasta työpaikan ulkopuolella lähiyhteisössä.'],
		[25, 1, 'On osoitettavissa, että on käytetty enintään 2 toimintatapaa yhteyden luomiseksi asiakkaisiin ja heidän sitouttamiseksi.']
	])('item %i anchor %i reads as the form prints it', (n, score, text) => {
		expect(item(n).anchors[score - 1]!.text).toBe(text);
	});

	it('joins the sentences the extraction moved under another item', () => {
		expect(item(9).description).toMatch(/psykiatrinen sairaanhoitaja\)\. Asiakkaiden on myös mahdollista hakeutua työhönvalmennukseen omaehtoisesti\.$/);
		expect(item(12).description).toMatch(/Asiakas saa myös tukea tulojen ilmoittamiseen viranomaisille\.$/);
		expect(item(16).description).toMatch(/sisältyvällä tiedolla ja uusilla työhön tai koulutukseen liittyvillä kokemuksilla\.$/);
		expect(item(22).description).toMatch(/edustajia sekä perheenjäseniä, ystäviä ja työkavereita/);
	});
});

describe('edition registry', () => {
	it('finds editions by id and items by number', () => {
		expect(getEdition('fi-2021-11-01')).toBe(edition);
		expect(getEdition('fi-1999-01-01')).toBeUndefined();
		expect(getEdition(LATEST_EDITION_ID)).toBeDefined();
		expect(itemOf(edition, 13)?.title).toBe('Työkyvyn rajoitteista kertominen työpaikalla');
		expect(itemOf(edition, 26)).toBeUndefined();
	});

	it('lists each edition once', () => {
		const ids = editions.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
