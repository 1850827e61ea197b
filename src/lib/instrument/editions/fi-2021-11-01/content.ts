import type { Item } from '../../schema';

/**
 * "Palvelun sisältö", items 12–25 of the form updated 1.11.2021, in the form's own wording.
 * Every place where the text differs from the printed seed (joined breaks, reordered
 * columns, typo fixes) is listed in docs/instrument-transcription.md.
 */
export const contentItems: Item[] = [
	{
		number: 12,
		section: 'content',
		title: 'Taloudellisia etuuksia koskeva neuvonta',
		description: 'Kaikkia asiakkaita autetaan saamaan laaja-alaista ja henkilökohtaista etuusneuvontaa ennen uuden työn aloittamista. Asiakkaalle tarjotaan apua myös ko. neuvontaan pääsemisessä työnteon aikana silloin, kun asiakas on tekemässä työajan ja palkkauksen muutoksiin liittyviä päätöksiä. Neuvonta kattaa laajasti eri tahojen myöntämät etuudet ja tuet. Asiakas saa myös tukea tulojen ilmoittamiseen viranomaisille.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Useimpien asiakkaiden kohdalla etuuksia koskevaa neuvontaa ei ole ollenkaan tai helposti saatavissa.' },
			{ score: 2, text: 'Työhönvalmentaja antaa asiakkaalle etuusneuvontaa tarjoavan tahon yhteystiedot.' },
			{ score: 3, text: 'Työhönvalmentaja käy jokaisen asiakkaan kanssa päällisin puolin läpi työnteon vaikutukset etuuksiin.' },
			{ score: 4, text: 'Ennen työnteon alkamista työhönvalmentaja varmistaa, että asiakas saa laaja-alaista ja henkilökohtaista etuusneuvontaa tähän erikoistuneelta työntekijältä.' },
			{ score: 5, text: 'Ennen työnteon alkamista työhönvalmentaja varmistaa, että asiakas saa laaja-alaista ja henkilökohtaista etuusneuvontaa tähän erikoistuneelta työntekijältä. Asiakas ohjataan etuusneuvontaan myös silloin, kun hän on tekemässä työajan ja palkkauksen muutoksiin liittyviä päätöksiä. Asiakas saa tukea tulojen ilmoittamiseen oikeille viranomaistahoille.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 13,
		section: 'content',
		title: 'Työkyvyn rajoitteista kertominen työpaikalla',
		description: 'Työhönvalmentajat auttavat asiakkaita arvioimaan, minkälaista omaan toimintakykyyn liittyvää tietoa työpaikalla kannattaa jakaa.',
		subCriteriaIntro: 'Neljä kriteeriä työkyvyn rajoitteista kertomiseen työpaikalla ovat:',
		subCriteria: [
			{ id: '13.1', text: 'Työhönvalmennuksen saaminen ei edellytä asiakkailta työkyvyn rajoitteista kertomista työpaikalla.' },
			{ id: '13.2', text: 'Ennen kuin asiakas kertoo työkyvyn rajoitteista työpaikalla, työhönvalmentaja tarjoutuu keskustelemaan asiakkaan kanssa kertomisen mahdollisista eduista ja haitoista. Työhönvalmentaja kuvailee, kuinka rajoitteista kertominen kytkeytyy mukautusten pyytämiseen työpaikalla, sekä selventää, mikä rooli valmentajalla on suhteessa yhteydenpitoon työnantajan kanssa.' },
			{ id: '13.3', text: 'Työhönvalmentaja keskustelee asiakkaan kanssa yksityiskohtaisesti siitä, mitä tietoa työpaikalla annetaan (esim. että henkilö kuntouttavan työtoiminnan piirissä, hänellä on mielenterveyshäiriö, että hän kärsii ahdistuksesta, että hän on ollut ilman työtä jonkin aikaa, jne). Valmentaja tarjoaa myös esimerkkejä siitä, miten asian voi työpaikalla ilmaista.' },
			{ id: '13.4', text: 'Työhönvalmentaja keskustelee työpaikalla jaettavasta tiedosta useammalla tapaamiskerralla (esim. jos asiakas ei ole työllistynyt kahden kuukauden jälkeen tai jos asiakas kertoo kohdanneensa haasteita työssä).' }
		],
		anchors: [
			{ score: 1, text: 'Yksikään kriteeri ei täyty.' },
			{ score: 2, text: 'Yksi kriteeri täyttyy.' },
			{ score: 3, text: 'Kaksi kriteeriä täyttyy.' },
			{ score: 4, text: 'Kolme kriteeriä täyttyy.' },
			{ score: 5, text: 'Neljä kriteeriä täyttyy.' }
		],
		suggestion: { kind: 'count', scoreByMet: [1, 2, 3, 4, 5] }
	},
	{
		number: 14,
		section: 'content',
		title: 'Jatkuva työhön perustuva ammatillinen arviointi',
		description: 'Ammatillinen alkuarvio muodostetaan ensimmäisen kahden tai kolmen asiakastapaamisen aikana täyttämällä ammatillisen profiilin lomake. Profiili sisältää tietoa urasuunnitelmista ja -tavoitteista, mielenkiinnon kohteista, vahvuuksista, koulutuksesta, työkokemuksesta, etuuksista, jne. Asiakkaan tietoja päivitetään jokaisen uuden työkokemuksen myötä ja kootaan yhteen, jotta ne ovat helposti löydettävissä. Toiminnassa tähdätään ongelmien ratkaisemiseen ja käytetään hyväksi työympäristön kohtuullista mukautusta ja muokkausta. Suositeltavat tiedonlähteet kattavat asiakkaan lisäksi aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimin sekä asiakkaan salliessa myös perheenjäsenet ja entiset työnantajat.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Ammatillinen arviointi toteutetaan vain ennen työhön sijoittumista ja se painottuu standardisoituihin testeihin ja/tai työnäytteisiin.' },
			{ score: 2, text: 'Ammatillinen arviointi toteutetaan arvioimalla asiakkaiden valmiutta avoimilla työmarkkinoilla työskentelyyn ohjaamalla asiakkaat ensin esim. työtoimintaan, vapaaehtoistyöhön tai osatyökykyisille varattuun työhön.' },
			{ score: 3, text: 'Työhönvalmentajat auttavat asiakkaita työllistymään suoraan avoimille työmarkkinoille mutta eivät kuitenkaan huomioi järjestelmällisesti asiakkaan mielenkiinnon kohteita, kokemuksia, vahvuuksia, jne. Valmentajat eivät myöskään rutiininomaisesti analysoi työsuhteiden päättymistä tai työssä kohdattuja haasteita, jotta niistä voitaisiin ottaa opiksi.' },
			{ score: 4, text: 'Ammatillinen alkuarvio muodostetaan 2 – 3 tapaamisen aikana, jolloin asiakkaan mielenkiinnon kohteita ja vahvuuksia tarkastellaan. Työhönvalmentajat tukevat asiakkaita oppimaan jokaisesta työkokemuksesta. He tekevät myös yhteistyötä aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työllistymisen ja työkyvyn tuen tiimin kanssa analysoidakseen työsuhteen päättymistä, työssä kohdattuja haasteita ja menestymistä työssä. He eivät kuitenkaan kirjaa näitä asioita asiakkaan tietoihin tulevaisuuden opiksi, TAI asiakkaan tietoja ei koota yhteen eivätkä ne siksi ole helposti löydettävissä.' },
			{ score: 5, text: 'Ammatillinen alkuarvio muodostetaan 2 – 3 tapaamisen aikana ja tieto kirjataan ammatillisen profiilin lomakkeelle, joka sisältää tiedot asiakkaan urasuunnitelmista ja -tavoitteista, mielenkiinnon kohteista, vahvuuksista, koulutuksesta, työkokemuksesta, etuuksista, jne. Ammatillisen profiilin lomaketta käytetään asiakkaalle sopivien töiden ja työympäristöjen tunnistamiseksi. Asiakkaan tietoja päivitetään jokaisen uuden työkokemuksen myötä ja kootaan yhteen, jotta ne ovat helposti löydettävissä. Toiminnassa tähdätään ongelmien ratkaisemiseen ja käytetään hyväksi työympäristön kohtuullista mukautusta ja muokkausta. Suositeltavat tiedonlähteet kattavat asiakkaan lisäksi aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimin sekä asiakkaan salliessa myös perheenjäsenet ja entiset työnantajat. Työhönvalmentajat auttavat asiakasta oppimaan jokaisesta työkokemuksesta. He tekevät myös yhteistyötä aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimin kanssa analysoidakseen työsuhteen päättymistä, työssä kohdattuja haasteita ja menestymistä työssä.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 15,
		section: 'content',
		title: 'Nopea työnhaku avoimilla työmarkkinoilla',
		description: 'Ammatillinen alkuarvio ja ensimmäinen avoimilla markkinoilla olevaa työpaikkaa koskeva kasvokkainen tapaaminen työnantajan kanssa toteutuu 30 päivän sisällä palveluun tulosta joko asiakkaan tai työhönvalmentajan toimesta.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa toteutuu joko asiakkaan tai työhönvalmentajan toimesta keskimäärin 271 päivän tai sitä pidemmän ajan kuluttua (> 9 kk) palveluun tulosta.' },
			{ score: 2, text: 'Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa toteutuu joko asiakkaan tai työhönvalmentajan toimesta keskimäärin 151 – 270 päivän kuluttua (5 – 9 kk) palveluun tulosta.' },
			{ score: 3, text: 'Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa toteutuu joko asiakkaan tai työhönvalmentajan toimesta keskimäärin 61 – 150 päivän kuluttua (2 – 5 kk) palveluun tulosta.' },
			{ score: 4, text: 'Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa toteutuu joko asiakkaan tai työhönvalmentajan toimesta keskimäärin 31 – 60 päivän kuluttua (1 – 2 kk) palveluun tulosta.' },
			{ score: 5, text: 'Ensimmäinen kasvokkainen tapaaminen työnantajan kanssa toteutuu joko asiakkaan tai työhönvalmentajan toimesta keskimäärin 30 päivän sisällä (1 kk) palveluun tulosta. Palvelussa tehdään seurantaa yhteydenotoista työnantajiin.' }
		],
		suggestion: { kind: 'figures', rule: 'first-employer-contact' }
	},
	{
		number: 16,
		section: 'content',
		title: 'Henkilökohtaisesti räätälöity työnhaku',
		description: 'Työhönvalmentajat luovat yhteyksiä työnantajiin lähtökohtanaan työmarkkinoiden (eli ns. valmiina olevien avointen työpaikkojen) sijasta asiakkaan mielenkiinnon kohteet ja mieltymykset (asiat, joista henkilö nauttii sekä hänen henkilökohtaiset tavoitteensa) sekä tarpeet (henkilökohtainen kokemus, toimintakyky, terveys, oirekuva, jne). Työhönvalmentajat luovat yhdessä asiakkaiden kanssa henkilökohtaiset työnhakusuunnitelmat, joita päivitetään ammatilliseen profiiliin sisältyvällä tiedolla ja uusilla työhön tai koulutukseen liittyvillä kokemuksilla.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Vähemmän kuin 25 % työhönvalmentajien yhteydenotoista työnantajiin perustuu asiakkaan mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne, pikemmin kuin tarjolla oleviin työpaikkoihin.' },
			{ score: 2, text: '25 – 49 % työhönvalmentajien yhteydenotoista työnantajiin perustuu asiakkaiden mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne, pikemmin kuin olemassa oleviin työmarkkinoihin.' },
			{ score: 3, text: '50 – 74 % työhönvalmentajien yhteydenotoista työnantajiin perustuu asiakkaiden mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne, pikemmin kuin olemassa oleviin työmarkkinoihin.' },
			{ score: 4, text: '75 – 89 % työhönvalmentajien yhteydenotoista työnantajiin perustuu asiakkaiden mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin jne, pikemmin kuin olemassa oleviin työmarkkinoihin. Lisäksi yhteydenotot ovat linjassa asiakkaiden ajankohtaisten työnhakusuunnitelmien kanssa.' },
			{ score: 5, text: '90 – 100 % työhönvalmentajien yhteydenotoista työnantajiin perustuu asiakkaiden mielenkiinnon kohteisiin ja mieltymyksiin, vahvuuksiin, oireisiin ja edellisistä työsuhteista opittuihin asioihin jne, pikemmin kuin olemassa oleviin työmarkkinoihin. Lisäksi yhteydenotot ovat linjassa asiakkaiden ajankohtaisten työnhakusuunnitelmien kanssa. Jos asiakkaan työllistyminen pitkittyy, voi työhönvalmentaja antaa tietoa myös muista työllistymistä tukevista mahdollisuuksista, kuten vapaaehtoistyöstä.' }
		],
		suggestion: { kind: 'figures', rule: 'preference-based-contacts' }
	},
	{
		number: 17,
		section: 'content',
		title: 'Suhteen luominen työnantajiin (olemassa olevien ja uusien työtehtävien kartoittaminen ja niistä neuvottelu) – Tiivis yhteys työnantajiin',
		description: 'Jokainen työhönvalmentaja toteuttaa viikoittain ainakin 6 kasvokkaista tapaamista työnhakija-asiakkaidensa työllistymisen edistämiseksi. Tapaamiset lasketaan silloinkin, kun työhönvalmentaja tapaa työnantajan useammin kuin kerran viikossa ja riippumatta siitä, onko asiakas paikalla vai ei. Työhönvalmentajat käyttävät viikoittaista seurantadokumenttia kirjatakseen ylös työnantajatapaamisia.',
		remarks: ['Tässä huomioidaan ainoastaan tapaamiset, jotka koskevat työnhakuvaiheessa olevia asiakkaita.'],
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat tapaavat työnantajia keskimäärin harvemmin kuin 2 kertaa viikossa.' },
			{ score: 2, text: 'Työhönvalmentajat tapaavat työnantajia keskimäärin 2 kertaa viikossa, TAI Työhönvalmentajilla ei ole seurantamenetelmää.' },
			{ score: 3, text: 'Työhönvalmentajat tapaavat työnantajia keskimäärin 4 kertaa viikossa sekä käyttävät seurantalomakkeita, jotka tiiminvetäjä käy kuukausittain läpi.' },
			{ score: 4, text: 'Työhönvalmentajat tapaavat työnantajia keskimäärin 5 kertaa viikossa sekä käyttävät seurantalomakkeita, jotka tiiminvetäjä käy viikoittain läpi.' },
			{ score: 5, text: 'Työhönvalmentajat tapaavat työnantajia keskimäärin 6 kertaa viikossa. Tai mikäli työhönvalmentajalla on vähemmän kuin 3 työtä hakevaa asiakasta (esim. uuden palvelun käynnistettyä), vastaa viikoittaisten työnantajatapaamisten määrä vähintään 2 kertaa työnhakija-asiakkaiden määrää (esim. jos työnhakija-asiakkaita on 2, toteuttaa valmentaja vähintään 2 x 2 eli 4 työnantajatapaamista kanssa per viikko). Tiiminvetäjä käy viikoittain läpi työhönvalmentajien käyttämiä seurantalomakkeita.' }
		],
		suggestion: { kind: 'figures', rule: 'employer-contacts' }
	},
	{
		number: 18,
		section: 'content',
		title: 'Suhteen luominen työnantajiin (olemassa olevien ja uusien työtehtävien kartoittaminen ja niistä neuvottelu) – Työnantajayhteyksien laatu',
		description: 'Työhönvalmentajat rakentavat suhdetta työnantajiin tapaamalla heitä henkilökohtaisesti lukuisia kertoja. Tapaamisten tarkoituksena on työnantajien tarpeiden ymmärtäminen, tiedon välittäminen siitä, mitä työhönvalmennus tarjoaa työnantajalle sekä työnantajille soveltuvien työnhakija-asiakkaiden vahvuuksien esille tuominen.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat tapaavat työnantajia vain asiakkaiden työhakemusten jättämisen yhteydessä, TAI Työhönvalmentajat ovat harvoin yhteydessä työnantajiin.' },
			{ score: 2, text: 'Työhönvalmentajat ovat yhteydessä työnantajiin kysyäkseen avoimista työpaikoista ja jakavat sitten tiedot asiakkaille.' },
			{ score: 3, text: 'Työhönvalmentajat tarttuvat ilmoitettuihin työpaikkoihin esittelemällä itsensä, kuvailemalla työhönvalmennuksen palvelua ja pyytämällä työnantajia haastattelemaan työnhakija-asiakkaita.' },
			{ score: 4, text: 'Työhönvalmentajat tapaavat työnantajia henkilökohtaisesti riippumatta siitä, ovatko työnantajat ilmoittaneet avoimesta työpaikasta, nostavat esille työnhakija-asiakkaita painottaen heidän vahvuuksiaan sekä pyytävät työnantajia haastattelemaan työnhakija-asiakkaita.' },
			{ score: 5, text: 'Työhönvalmentajat rakentavat suhdetta työnantajiin tapaamalla henkilökohtaisesti lukuisia kertoja. Tapaamisten tarkoituksena on työnantajien tarpeiden ymmärtäminen, tiedon välittäminen siitä, mitä työhönvalmennus tarjoaa työnantajille, sekä työnantajille soveltuvien työnhakija-asiakkaiden vahvuuksien esille tuominen.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 19,
		section: 'content',
		title: 'Töiden monimuotoisuus',
		description: 'Työhönvalmentajat auttavat asiakkaitaan saamaan erilaisia töitä.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan saamaan erilaisia töitä alle 50 prosentissa tapauksista.' },
			{ score: 2, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan saamaan erilaisia töitä 50 – 59 prosentissa tapauksista.' },
			{ score: 3, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan saamaan erilaisia töitä 60 – 69 prosentissa tapauksista.' },
			{ score: 4, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan saamaan erilaisia töitä 70 – 84 prosentissa tapauksista.' },
			{ score: 5, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan saamaan erilaisia töitä 85 – 100 prosentissa tapauksista.' }
		],
		suggestion: { kind: 'figures', rule: 'job-variety' }
	},
	{
		number: 20,
		section: 'content',
		title: 'Työnantajien monimuotoisuus',
		description: 'Työhönvalmentajat auttavat asiakkaitaan solmimaan työsuhteita eri työnantajien kanssa.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan solmimaan työsuhteita eri työnantajien kanssa alle 50 prosentissa tapauksista.' },
			{ score: 2, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan solmimaan työsuhteita eri työnantajien kanssa 50 – 59 prosentissa tapauksista.' },
			{ score: 3, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan solmimaan työsuhteita eri työnantajien kanssa 60 – 69 prosentissa tapauksista.' },
			{ score: 4, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan solmimaan työsuhteita eri työnantajien kanssa 70 – 84 prosentissa tapauksista.' },
			{ score: 5, text: 'Työhönvalmentajat ovat auttaneet asiakkaitaan solmimaan työsuhteita eri työnantajien kanssa 85 – 100 prosentissa tapauksista.' }
		],
		suggestion: { kind: 'figures', rule: 'employer-variety' }
	},
	{
		number: 21,
		section: 'content',
		title: 'Avoimille työmarkkinoille sijoittuva työ',
		description: 'Työhönvalmentajat välittävät asiakkaille avointen työmarkkinoiden työpaikkoja, jotka ovat määräaikaisen sijasta vakituisia. Avoimille työmarkkinoille sijoittuvasta työstä maksetaan vähintään alan työehtosopimuksen mukaista palkkaa, työ on kenen tahansa haettavissa, eikä sitä ole varattu henkilöille, joilla on alentunut toimintakyky. (Avoimille työmarkkinoille sijoittuvaksi työksi lasketaan myös kausityö sekä vuokratyö sellaisten henkilöstöfirmojen kautta, joiden kautta työllistyy myös henkilöitä, joilla ei ole alentunut työkyky).',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat välittävät asiakkaille avoimille työmarkkinoille sijoittuvaa vakituista työtä alle 64 prosentissa tapauksista, TAI Työhönvalmennuksen avulla työllistyneitä asiakkaita on vähemmän kuin 10.' },
			{ score: 2, text: 'Työhönvalmentajat välittävät asiakkaille avoimille työmarkkinoille sijoittuvaa vakituista työtä 65 – 74 prosentissa tapauksista.' },
			{ score: 3, text: 'Työhönvalmentajat välittävät asiakkaille avoimille työmarkkinoille sijoittuvaa vakituista työtä 75 – 84 prosentissa tapauksista.' },
			{ score: 4, text: 'Työhönvalmentajat välittävät asiakkaille avoimille työmarkkinoille sijoittuvaa vakituista työtä 85 – 94 prosentissa tapauksista.' },
			{ score: 5, text: 'Työhönvalmentajat välittävät asiakkaille avoimille työmarkkinoille sijoittuvaa vakituista työtä yli 95 prosentissa tapauksista.' }
		],
		suggestion: { kind: 'figures', rule: 'competitive-jobs' }
	},
	{
		number: 22,
		section: 'content',
		title: 'Yksilöllinen rinnalla kulkeva tuki',
		description: 'Asiakkaat saavat erityyppistä tukea työssä toimimiseen perustuen ko. työhön, asiakkaan mielenkiinnon kohteisiin, työhistoriaan, tarpeisiin, jne. Asiakkaat saavat tukea monimuotoiselta ryhmältä, johon työhönvalmentajan lisäksi kuuluu sosiaali-, terveys-, ja työllisyyspalveluiden edustajia sekä perheenjäseniä, ystäviä ja työkavereita (ns. luonnollinen tuki). Työhönvalmentajat tarjoavat tukea myös työnantajille (esim. tietoa koulutuksista ja työnkuvien mukauttamisesta). Työhönvalmentajat tarjoavat asiakkaille apua uralla etenemiseen, esim. liittyen koulutukseen tai asiakkaiden toiveita paremmin vastaavien töiden tai työtehtävien pariin siirtymiseen.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Useimmat asiakkaat eivät saa tukea työnteon aloittamisen jälkeen.' },
			{ score: 2, text: 'Noin puolet työllistyneistä asiakkaista saa suppean määrän tukea, jota tarjoavat pääasiassa työhönvalmentajat.' },
			{ score: 3, text: 'Useimmat työllistyneistä asiakkaista saavat suppean määrän tukea, jota tarjoavat pääasiassa työhönvalmentajat.' },
			{ score: 4, text: 'Asiakkaat saavat erityyppistä tukea työssä toimimiseen perustuen ko. työhön, asiakkaiden mielenkiinnon kohteisiin, työhistoriaan, tarpeisiin, jne. Työhönvalmentajat tarjoavat tukea myös työnantajille.' },
			{ score: 5, text: 'Asiakkaat saavat erityyppistä tukea työssä toimimiseen perustuen ko. työhön, asiakkaiden mielenkiinnon kohteisiin, työhistoriaan, tarpeisiin, jne. Työhönvalmentajat tarjoavat tukea myös työnantajille (esim. tietoa koulutuksista ja työnkuvien mukauttamisesta). Työhönvalmentajat auttavat asiakkaita siirtymään heidän toiveitaan paremmin vastaaviin töihin, minkä lisäksi he auttavat koulutuksesta kiinnostuneita asiakkaita löytämään soveltuvia opintoja. Asiakkaat saavat tarvittaessa tiiviimpää tukea.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 23,
		section: 'content',
		title: 'Kestoltaan rajaamaton palvelu',
		description: 'Työhönvalmentajilla on kasvokkaiset tapaamiset asiakkaan kanssa yhden viikon sisällä ennen työn alkua, kolmen päivän sisällä työn alkamisen jälkeen, viikoittain ensimmäisen kuukauden aikana, sekä keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana tai pidempäänkin pysyvän työn aloittamisesta, asiakkaan toiveiden mukaisesti. Kun asiakkaan tilanne on vakaa ja työnteko sujuu hyvin, vähennetään työhönvalmennuksen tarjoamaa tukea asteittain. Työhönvalmentaja ottaa yhteyttä asiakkaaseen kolmen työpäivän sisällä saatuaan tiedon työsuhteen päättymisestä.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat eivät tapaa asiakkaita kasvokkain ensimmäisen kuukauden jälkeen työn aloittamisesta.' },
			{ score: 2, text: 'Työhönvalmentajat tapaavat vähemmän kuin puolta työn aloittaneista asiakkaista vähintään neljä kuukautta työn aloittamisen jälkeen.' },
			{ score: 3, text: 'Työhönvalmentajat tapaavat vähintään puolta työn aloittaneista asiakkaista vähintään neljä kuukautta työn aloittamisen jälkeen.' },
			{ score: 4, text: 'Työhönvalmentajilla on asiakkaisiin kasvokkain toteutuva yhteys viikoittain ensimmäisen kuukauden aikana työn aloittamisesta, sekä keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana tai pidempäänkin pysyvän työn aloittamisesta, asiakkaiden toiveiden mukaisesti.' },
			{ score: 5, text: 'Työhönvalmentajilla on asiakkaisiin kasvokkain toteutuva yhteys yhden viikon sisällä ennen työn alkua, kolmen päivän sisällä työn alkamisen jälkeen, viikoittain ensimmäisen kuukauden aikana, sekä keskimäärin vähintään kuukausittain ensimmäisen vuoden aikana tai pidempäänkin pysyvän työn aloittamisesta, asiakkaiden toiveiden mukaisesti. Kun asiakas on saavuttanut pysyvän työsuhteen, vähennetään työhönvalmennuksen tarjoamaa tukea asteittain. Työhönvalmentaja ottaa yhteyttä asiakkaaseen kolmen työpäivän sisällä saatuaan tiedon työsuhteen päättymisestä.' }
		],
		suggestion: { kind: 'figures', rule: 'follow-along-duration' }
	},
	{
		number: 24,
		section: 'content',
		title: 'Lähiyhteisössä tapahtuvat palvelut',
		description: 'Työhönvalmentajat tarjoavat palveluita kuten sitouttaminen, työpaikkojen etsintä ja rinnalla kulkeva tuki lähiyhteisössä ja asiakkaalle luonnollisissa ympäristöissä, kuten asiakkaiden kotona, kahvilassa, kirjastossa, yms.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat käyttävät 30 % työajasta työpaikan ulkopuolella lähiyhteisössä.' },
			{ score: 2, text: 'Työhönvalmentajat käyttävät 30 – 39 % työajasta työpaikan ulkopuolella lähiyhteisössä.' },
			{ score: 3, text: 'Työhönvalmentajat käyttävät 40 – 49 % työajasta työpaikan ulkopuolella lähiyhteisössä.' },
			{ score: 4, text: 'Työhönvalmentajat käyttävät 50 – 64 % työajasta työpaikan ulkopuolella lähiyhteisössä.' },
			{ score: 5, text: 'Työhönvalmentajat käyttävät vähintään 65 % työajasta työpaikan ulkopuolella lähiyhteisössä.' }
		],
		suggestion: { kind: 'figures', rule: 'community-time' }
	},
	{
		number: 25,
		section: 'content',
		title: 'Aloitteellinen ja aktiivinen sitouttaminen toimintaan',
		description: 'Palvelun päättäminen ei perustu aikarajoitukseen eikä siihen, ettei asiakas ole saapunut tapaamisiin. Työhönvalmentaja kirjaa systemaattisesti yritykset saada yhteys tapaamisista poisjääneisiin asiakkaisiin. Myös muu työkyvyn ja työllistymisen tuen tiimin ammattilainen/asiakasvastaava/omatyöntekijä tekee tarvittaessa aloitteita yhteyden saamiseksi vaikeasti tavoitettaviin asiakkaisiin sekä heidän sitouttamiseksi työhönvalmennukseen. Toteutetaan lukuisia kotikäyntejä tai käyntejä lähiyhteisössä. Toteutetaan työhönvalmentajien ja muiden ammattilaisten edustajien yhteiset tapaamiset tai muulla tavalla koordinoitua tapaamisia. Luodaan yhteys asiakkaiden perheisiin, mikäli tämä on mahdollista ja tarkoituksenmukaista. Lakataan tekemästä aloitteita asiakkaan suuntaan kun on saavutettu varmuus siitä, että asiakas ei enää tahdo tehdä töitä tai hän ei halua jatkaa työhönvalmennuksessa.',
		subCriteria: [
			{ id: '25.1', text: 'Palvelun päättäminen ei perustu aikarajoitukseen eikä siihen, ettei asiakas ole saapunut tapaamisiin.' },
			{ id: '25.2', text: 'Työhönvalmentaja kirjaa systemaattisesti yritykset saada yhteys tapaamisista poisjääneisiin asiakkaisiin.' },
			{ id: '25.3', text: 'Myös muu työkyvyn ja työllistymisen tuen tiimin ammattilainen/asiakasvastaava/omatyöntekijä tekee tarvittaessa aloitteita yhteyden saamiseksi vaikeasti tavoitettaviin asiakkaisiin sekä heidän sitouttamiseksi työhönvalmennukseen.' },
			{ id: '25.4', text: 'Toteutetaan lukuisia kotikäyntejä tai käyntejä lähiyhteisössä.' },
			{ id: '25.5', text: 'Toteutetaan työhönvalmentajien ja muiden ammattilaisten edustajien yhteiset tapaamiset tai muulla tavalla koordinoitua tapaamisia.' },
			{ id: '25.6', text: 'Luodaan yhteys asiakkaiden perheisiin, mikäli tämä on mahdollista ja tarkoituksenmukaista.' }
		],
		anchors: [
			{ score: 1, text: 'On osoitettavissa, että on käytetty enintään 2 toimintatapaa yhteyden luomiseksi asiakkaisiin ja heidän sitouttamiseksi.' },
			{ score: 2, text: 'On osoitettavissa, että on käytetty 3 toimintatapaa yhteyden luomiseksi asiakkaisiin ja heidän sitouttamiseksi.' },
			{ score: 3, text: 'On osoitettavissa, että on käytetty 4 toimintatapaa yhteyden luomiseksi asiakkaisiin ja heidän sitouttamiseksi.' },
			{ score: 4, text: 'On osoitettavissa, että on käytetty 5 toimintatapaa yhteyden luomiseksi asiakkaisiin ja heidän sitouttamiseksi.' },
			{ score: 5, text: 'On osoitettavissa, että on käytetty kaikkia 6 toimintatapaa yhteyden luomiseksi asiakkaisiin ja heidän sitouttamiseksi:\n1) Palvelun päättäminen ei perustu aikarajoitukseen eikä siihen, ettei asiakas ole saapunut tapaamisiin.\n2) Kirjataan systemaattisesti yritykset saada yhteys tapaamisista poisjääneisiin asiakkaisiin.\n3) Myös muu työkyvyn ja työllistymisen tuen tiimin ammattilainen/asiakasvastaava/omatyöntekijä tekee tarvittaessa aloitteita yhteyden saamiseksi vaikeasti tavoitettaviin asiakkaisiin sekä heidän sitouttamiseksi työhönvalmennukseen.\n4) Toteutetaan lukuisia kotikäyntejä tai käyntejä lähiyhteisössä.\n5) Toteutetaan työhönvalmentajien ja muiden ammattilaisten edustajien yhteiset tai muulla tavalla koordinoitua tapaamisia.\n6) Luodaan yhteys asiakkaiden perheisiin, mikäli tämä on mahdollista ja tarkoituksenmukaista.' }
		],
		suggestion: { kind: 'count', scoreByMet: [1, 1, 1, 2, 3, 4, 5] }
	}
];
