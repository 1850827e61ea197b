import type { Localized } from '../types';

/**
 * Builds a rule's text in the three UI languages: Finnish first because the form
 * is Finnish, then Swedish and English. All three are required, so a text
 * without its Swedish is a type error rather than Finnish shown to a Swedish user.
 */
export const t = (fi: string, sv: string, en: string): Localized => ({ fi, sv, en });

/** Finnish and Swedish both write decimals with a comma. */
const decimalComma = (n: number) => String(n).replace('.', ',');

export const UNIT = {
	percent: t('%', '%', '%'),
	clients: t('asiakasta', 'klienter', 'clients'),
	days: t('päivää', 'dagar', 'days'),
	hoursPerWeek: t('h/vko', 'h/vecka', 'h/week'),
	perWeek: t('kertaa viikossa', 'gånger i veckan', 'per week'),
	fte: t('htv', 'årsverke', 'FTE')
} as const;

/** Why an entered figure was refused; shown next to the field named in the outcome. */
export const REASON = {
	notNumber: t('Arvon on oltava luku.', 'Värdet måste vara ett tal.', 'The value must be a number.'),
	negative: t('Luku ei voi olla negatiivinen.', 'Talet kan inte vara negativt.', 'The number cannot be negative.'),
	zero: t('Luvun on oltava suurempi kuin nolla.', 'Talet måste vara större än noll.', 'The number must be greater than zero.'),
	whole: t('Luvun on oltava kokonaisluku.', 'Talet måste vara ett heltal.', 'The number must be a whole number.'),
	max: (n: number) => t(`Luku voi olla enintään ${decimalComma(n)}.`, `Talet får vara högst ${decimalComma(n)}.`, `The number can be at most ${n}.`),
	partOverWhole: t('Osa ei voi olla suurempi kuin kokonaismäärä.', 'Delen kan inte vara större än helheten.', 'The part cannot be larger than the whole.'),
	notList: t('Arvon on oltava luettelo lukuja.', 'Värdet måste vara en lista med tal.', 'The value must be a list of numbers.'),
	notRows: t('Arvon on oltava taulukko.', 'Värdet måste vara en tabell.', 'The value must be a table of rows.'),
	notYesNo: t('Vastaa kyllä tai ei.', 'Svara ja eller nej.', 'Answer yes or no.'),
	unknownOption: t('Tuntematon vaihtoehto.', 'Okänt alternativ.', 'Unknown option.')
} as const;
