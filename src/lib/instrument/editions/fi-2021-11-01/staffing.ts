import type { Item } from '../../schema';

/**
 * "Palvelun henkilöstö", items 1–3 of the form updated 1.11.2021, in the form's own wording.
 * Every place where the text differs from the printed seed (joined breaks, reordered
 * columns, typo fixes) is listed in docs/instrument-transcription.md.
 */
export const staffingItems: Item[] = [
	{
		number: 1,
		section: 'staffing',
		title: 'Asiakasmäärä',
		description: 'Työhönvalmentajilla on yksilölliset asiakasmäärät. Suurin asiakasmäärä kokoaikaiselle työhönvalmentajalle on 20 asiakasta.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Suhdeluku 41 asiakasta tai enemmän yhtä työhönvalmentajaa kohden.' },
			{ score: 2, text: 'Suhdeluku 31 – 40 asiakasta yhtä työhönvalmentajaa kohden.' },
			{ score: 3, text: 'Suhdeluku 26 – 30 asiakasta yhtä työhönvalmentajaa kohden.' },
			{ score: 4, text: 'Suhdeluku 21 – 25 asiakasta yhtä työhönvalmentajaa kohden.' },
			{ score: 5, text: 'Suhdeluku enintään 20 asiakasta yhtä työhönvalmentajaa kohden.' }
		],
		suggestion: { kind: 'figures', rule: 'caseload' }
	},
	{
		number: 2,
		section: 'staffing',
		title: 'Fokus työhönvalmennuksessa',
		description: 'Työhönvalmentajat tekevät ainoastaan työhönvalmennusta.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat tekevät työhönvalmennusta väh. kuin 60 % työajasta.' },
			{ score: 2, text: 'Työhönvalmentajat tekevät työhönvalmennusta 60 – 74 % työajasta.' },
			{ score: 3, text: 'Työhönvalmentajat tekevät työhönvalmennusta 75 – 89 % työajasta.' },
			{ score: 4, text: 'Työhönvalmentajat tekevät työhönvalmennusta 90 – 95 % työajasta.' },
			{ score: 5, text: 'Työhönvalmentajat tekevät työhönvalmennusta vähintään 96 % työajasta.' }
		],
		suggestion: { kind: 'figures', rule: 'coaching-time' }
	},
	{
		number: 3,
		section: 'staffing',
		title: 'Kokonaisvaltainen palvelu',
		description: 'Jokainen työhönvalmentaja toteuttaa kaikkia työhönvalmennuksen vaiheita;\n1) palveluun hakeutuminen ja sopiminen asiakkaan kanssa,\n2) osaamisen kartoittaminen ja ammatillinen profilointi,\n3) nopea työnetsintä avoimilta työmarkkinoilta,\n4) tuesta sopiminen työnantajan kanssa,\n5) työsuhteen ylläpitämisen tuki sekä tuki työssä ja työn ulkopuolella yhdessä päävastuussa olevien sosiaali- ja terveydenhuollon vastaavien toimijoiden kanssa, ennen kevyempään työllistymisen tuen piiriin siirtymistä.',
		remarks: ['Jokaisen työhönvalmentajan ei edellytetä antavan etuuksia koskevaa ohjausta asiakkaillensa. Ohjaaminen etuuksiin erikoistuneen työntekijän luo on linjassa tuetun työllistymisen työhönvalmennuksen periaatteiden kanssa, katso kysymys 12.'],
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työllistymisen tuen palveluiden osalta työhönvalmentajat tarjoavat ainoastaan siirtoa palveluntuottajille tai muihin palveluihin.' },
			{ score: 2, text: 'Työhönvalmentajilla on asiakasvastuu, mutta työllistymisen tuen osalta he siirtävät asiakkaat muihin palveluihin.' },
			{ score: 3, text: 'Työhönvalmentajat toteuttavat yhdestä kolmeen vaihetta työhönvalmennuksesta.' },
			{ score: 4, text: 'Työhönvalmentajat toteuttavat neljä vaihetta työhönvalmennuksesta, mutta eivät koko palvelua.' },
			{ score: 5, text: 'Työhönvalmentajat toteuttavat kaikki viisi työhönvalmennuksen vaihetta (palveluun hakeutuminen ja sopiminen asiakkaan kanssa; osaamisen kartoittaminen ja ammatillinen profilointi; nopea työnetsintä avoimilta työmarkkinoilta; tuesta sopiminen työnantajan kanssa; työsuhteen ylläpitämisen tuki sekä tuki työssä ja työn ulkopuolella).' }
		],
		suggestion: { kind: 'judgement' }
	}
];
