/**
 * Texts every rule shares, in Finnish like all the rules' texts (their Swedish and English are in
 * ../texts, keyed by the Finnish: a text without them fails tests/unit/scoring/texts.test.ts).
 */
export const UNIT = {
	percent: '%',
	clients: 'asiakasta',
	days: 'päivää',
	hoursPerWeek: 'h/vko',
	perWeek: 'kertaa viikossa',
	fte: 'htv'
} as const;

/** Why an entered figure was refused; shown next to the field named in the outcome. */
export const REASON = {
	notNumber: 'Arvon on oltava luku.',
	negative: 'Luku ei voi olla negatiivinen.',
	zero: 'Luvun on oltava suurempi kuin nolla.',
	whole: 'Luvun on oltava kokonaisluku.',
	// The limit is a number, written per language when shown (decimal comma in Finnish and Swedish).
	max: (n: number) => ({ fi: 'Luku voi olla enintään {n}.', n }),
	partOverWhole: 'Osa ei voi olla suurempi kuin kokonaismäärä.',
	notList: 'Arvon on oltava luettelo lukuja.',
	notRows: 'Arvon on oltava taulukko.',
	notYesNo: 'Vastaa kyllä tai ei.',
	unknownOption: 'Tuntematon vaihtoehto.'
} as const;
