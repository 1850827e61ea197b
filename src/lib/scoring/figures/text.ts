import type { Localized } from '../types';

/** Builds a bilingual text; Finnish first because the form is Finnish. */
export const t = (fi: string, en: string): Localized => ({ fi, en });

/** Finnish writes decimals with a comma. */
const fiNumber = (n: number) => String(n).replace('.', ',');

export const UNIT = {
	percent: t('%', '%'),
	clients: t('asiakasta', 'clients'),
	days: t('päivää', 'days'),
	hoursPerWeek: t('h/vko', 'h/week'),
	perWeek: t('kertaa viikossa', 'per week'),
	fte: t('htv', 'FTE')
} as const;

/** Why an entered figure was refused; shown next to the field named in the outcome. */
export const REASON = {
	notNumber: t('Arvon on oltava luku.', 'The value must be a number.'),
	negative: t('Luku ei voi olla negatiivinen.', 'The number cannot be negative.'),
	zero: t('Luvun on oltava suurempi kuin nolla.', 'The number must be greater than zero.'),
	whole: t('Luvun on oltava kokonaisluku.', 'The number must be a whole number.'),
	max: (n: number) => t(`Luku voi olla enintään ${fiNumber(n)}.`, `The number can be at most ${n}.`),
	partOverWhole: t('Osa ei voi olla suurempi kuin kokonaismäärä.', 'The part cannot be larger than the whole.'),
	notList: t('Arvon on oltava luettelo lukuja.', 'The value must be a list of numbers.'),
	notRows: t('Arvon on oltava taulukko.', 'The value must be a table of rows.'),
	notYesNo: t('Vastaa kyllä tai ei.', 'Answer yes or no.'),
	unknownOption: t('Tuntematon vaihtoehto.', 'Unknown option.')
} as const;
