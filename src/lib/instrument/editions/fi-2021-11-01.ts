import type { Edition } from '../schema';
import { contentItems } from './fi-2021-11-01/content';
import { organisationItems } from './fi-2021-11-01/organisation';
import { staffingItems } from './fi-2021-11-01/staffing';

/**
 * The quality criteria form "päivitetty 1.11.2021" (seed 002), the authoritative wording.
 * The items live one file per section because the three sections are the form's own seam
 * and one file would run past 400 lines.
 */
export const fi20211101: Edition = {
	id: 'fi-2021-11-01',
	date: '2021-11-01',
	// The form prints its title in capitals; the words are kept, the case is sentence case.
	title: 'Laatukriteereihin perustuvan tuetun työllistymisen työhönvalmennuksen laatukriteerit',
	language: 'fi',
	instruction:
		'Arvioi laatukriteerien täyttyminen perustuen haastatteluihin, havainnointiin sekä asiakastyötä koskevaan ja hallinnolliseen dokumentaatioon. Ympyröi kunkin kriteerin kohdalta yksi pistemäärä.',
	sections: [
		{ id: 'staffing', title: 'Palvelun henkilöstö' },
		{ id: 'organisation', title: 'Palvelun järjestäminen' },
		{ id: 'content', title: 'Palvelun sisältö' }
	],
	items: [...staffingItems, ...organisationItems, ...contentItems],
	// The form's bands; the lowest starts at 25 because every item scores at least 1.
	levels: [
		{ id: 'exemplary', min: 115, max: 125, label: 'Esimerkillinen taso' },
		{ id: 'good', min: 100, max: 114, label: 'Hyvä taso' },
		{ id: 'fair', min: 74, max: 99, label: 'Kohtalainen taso' },
		{ id: 'not-supported-employment', min: 25, max: 73, label: 'Palvelu ei ole tuettua työllistymistä' }
	]
};
