import type { VisitPlan } from '../../../visit/plan-schema';

/**
 * The app's proposal for a visit on this edition: documents to ask for beforehand,
 * whom to meet about which criteria, and a two-day agenda. Written for this app
 * from the criteria themselves (what each criterion asks the reviewer to find out),
 * not taken from any manual. The reviewer edits a copy in the review; ids are
 * stable so a ticked entry stays ticked when the copy is made.
 * tests/unit/visit/plan.test.ts checks every criterion is served and every number exists.
 */
export const visitPlan: VisitPlan = {
	documents: [
		{ id: 'doc-caseload', text: 'Asiakaslista työhönvalmentajittain sekä kunkin valmentajan työaika (tunteina viikossa tai henkilötyövuosina)', items: [1, 2, 7] },
		{ id: 'doc-records', text: 'Otos asiakirjoista: noin kymmenen asiakkaan asiakaskertomukset ja suunnitelmat, nimet ja henkilötunnukset peitettyinä', items: [3, 9, 12, 13, 14, 15, 16, 22, 23, 24, 25] },
		{ id: 'doc-employer-contacts', text: 'Työnantajakontaktien viikoittainen seuranta kunkin työhönvalmentajan osalta (viimeiset kolme kuukautta)', items: [17, 18] },
		{ id: 'doc-jobs', text: 'Luettelo viimeisen vuoden aikana saaduista työpaikoista: työnantaja, tehtävä, työsuhteen laji ja alkamispäivä', items: [19, 20, 21] },
		{ id: 'doc-minutes', text: 'Tiimipalaverien muistiot ja asiakkaiden yhteisten käsittelyjen kirjaukset', items: [4, 5, 6, 8] },
		{ id: 'doc-job-descriptions', text: 'Työhönvalmentajien ja tiiminvetäjän toimenkuvat', items: [2, 3, 7, 8] },
		{ id: 'doc-intake', text: 'Kuvaus palveluun ohjautumisesta ja asiakkaaksi ottamisesta (lähetekäytäntö, mahdolliset ehdot tai jonot)', items: [9, 10] },
		{ id: 'doc-goals', text: 'Palvelun tavoitteet, organisaatiokaavio ja johdolle raportoidut seurantaluvut (esim. työllistyneiden määrä)', items: [10, 11] },
		{ id: 'doc-benefits', text: 'Etuusneuvonnassa käytetyt ohjeet ja laskelmat ansiotulojen vaikutuksesta etuuksiin', items: [12] },
		{ id: 'doc-partners', text: 'Sopimukset tai sovitut käytännöt keskeisten yhteistyötahojen kanssa (TE-palvelut, Kela, sosiaali- ja terveyspalvelut)', items: [5, 6] }
	],
	interviews: [
		{ id: 'int-team-leader', text: 'Tiiminvetäjä', items: [1, 7, 8, 9, 10, 17, 18] },
		{ id: 'int-coaches', text: 'Työhönvalmentajat (ryhmänä, ilman esihenkilöä)', items: [2, 3, 13, 14, 15, 16, 17, 18, 22, 23, 24, 25] },
		{ id: 'int-clients', text: 'Asiakkaat (3–5, myös työssä olevia)', items: [9, 12, 13, 14, 15, 16, 22, 24] },
		{ id: 'int-management', text: 'Johto (palvelusta vastaava johtaja ja tarvittaessa ylempi johto)', items: [10, 11] },
		{ id: 'int-health-social', text: 'Sosiaali- ja terveydenhuollon tiimi (esim. sosiaalityöntekijä, psykiatrinen sairaanhoitaja)', items: [4, 5, 6] },
		{ id: 'int-employers', text: 'Työnantajat (2–3, joiden palveluksessa on palvelun asiakkaita)', items: [18, 22] },
		{ id: 'int-benefits', text: 'Etuusneuvoja', items: [12] }
	],
	agenda: [
		{ id: 'day1-start', day: 1, time: '08:30', text: 'Aloitus: arvioinnin tarkoitus ja aikataulu palvelun kanssa' },
		{ id: 'day1-leader', day: 1, time: '09:00', text: 'Tiiminvetäjän haastattelu' },
		{ id: 'day1-coaches', day: 1, time: '10:30', text: 'Työhönvalmentajien haastattelu' },
		{ id: 'day1-lunch', day: 1, time: '12:00', text: 'Lounas' },
		{ id: 'day1-meeting', day: 1, time: '12:45', text: 'Tiimipalaverin havainnointi' },
		{ id: 'day1-records', day: 1, time: '14:00', text: 'Asiakirjojen ja asiakaskertomusten läpikäynti' },
		{ id: 'day1-wrap', day: 1, time: '15:30', text: 'Arvioijien yhteenveto päivästä' },
		{ id: 'day2-management', day: 2, time: '08:30', text: 'Johdon haastattelu' },
		{ id: 'day2-team', day: 2, time: '09:30', text: 'Sosiaali- ja terveydenhuollon tiimin haastattelu' },
		{ id: 'day2-clients', day: 2, time: '10:30', text: 'Asiakkaiden haastattelut' },
		{ id: 'day2-lunch', day: 2, time: '12:00', text: 'Lounas' },
		{ id: 'day2-employer', day: 2, time: '12:45', text: 'Työnantajan haastattelu tai käynti työpaikalla yhdessä työhönvalmentajan kanssa' },
		{ id: 'day2-benefits', day: 2, time: '14:00', text: 'Etuusneuvojan haastattelu' },
		{ id: 'day2-reviewers', day: 2, time: '14:45', text: 'Arvioijien keskinäinen palaveri' },
		{ id: 'day2-feedback', day: 2, time: '15:30', text: 'Alustava suullinen palaute palvelulle' }
	]
};
