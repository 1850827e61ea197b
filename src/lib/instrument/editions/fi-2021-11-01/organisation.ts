import type { Item } from '../../schema';

/**
 * "Palvelun järjestäminen", items 4–11 of the form updated 1.11.2021, in the form's own wording.
 * Every place where the text differs from the printed seed (joined breaks, reordered
 * columns, typo fixes) is listed in docs/instrument-transcription.md.
 */
export const organisationItems: Item[] = [
	{
		number: 4,
		section: 'organisation',
		title: 'Työhönvalmennuksen yhteen sovittaminen muuhun työllistymistä tukevaan toimintaan toteutuu tiimityöskentelyn kautta',
		description: 'Työhönvalmentajat ovat kiinnittyneinä aikuissosiaalityöhön/vammaispalveluihin/mielenterveys- ja päihdepalveluihin/työkyvyn ja työllistymisen tuen tiimiin. (Työhönvalmentajien asiakkaista ainakin 90 % ohjautuu näistä tiimeistä.)',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat toimivat osana työllistymisen tuen palvelua, joka toimii erillään aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimistä.' },
			{ score: 2, text: 'Työhönvalmentajat ovat kiinnittyneinä kolmeen tai useampaan työkyvyn ja työllistymisen tuen tiimiin TAI Asiakkaita palvelevat yksittäiset työkyvyn ja työllistymisen tuen tiimin ammattilaiset, jotka eivät ole järjestäytyneet tiimeihin. TAI Työhönvalmentajat ovat kiinnittyneinä yhteen tai kahteen aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimiin, josta/joista muodostuu vähemmän kuin 50 % työhönvalmentajien asiakasmäärästä.' },
			{ score: 3, text: 'Työhönvalmentajat ovat kiinnittyneinä yhteen tai kahteen aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimiin, josta/joista muodostuu 50 – 74 % työhönvalmentajien asiakasmäärästä.' },
			{ score: 4, text: 'Työhönvalmentajat ovat kiinnittyneinä yhteen tai kahteen aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimiin, josta/joista muodostuu 75 – 89 % työhönvalmentajien asiakasmäärästä.' },
			{ score: 5, text: 'Työhönvalmentajat ovat kiinnittyneinä yhteen tai kahteen aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimiin, josta/joista muodostuu 90 – 100 % työhönvalmentajien asiakasmäärästä.' }
		],
		suggestion: { kind: 'figures', rule: 'team-referrals' }
	},
	{
		number: 5,
		section: 'organisation',
		title: 'Työhönvalmennuksen ja aikuissosiaalityön/vammaispalvelun/päihde- ja mielenterveyspalvelun yhteen sovittaminen toteutuu tiiviin tiimityöskentelyn kautta',
		description: 'Työhönvalmentajat osallistuvat aktiivisesti kokouksiin (ei korvattavissa hallinnollisilla kokouksilla), joissa käsitellään yksittäisiä asiakkaita sekä heidän työllistymistavoitteitaan ja joissa päätökset tehdään yhdessä. Työhönvalmentajien toimitilat voivat olla kiinteät tai verkostomaiset. (Kirjaukset on koottu yhteiseen asiakastiedostoon.) Työhönvalmentajat tukevat tiimiä huomioimaan myös työhönvalmennuksen ulkopuolella olevien henkilöiden työllistymisen.',
		subCriteriaIntro: 'Tiimityöskentelyn kautta toteutuvan palveluiden yhteensovittamisen viisi kriteeriä ovat:',
		subCriteria: [
			{ id: '5.1', text: 'Työhönvalmentajat osallistuvat viikoittaisiin aikuissosiaalityön/vammaispalvelun/päihde- ja mielenterveyspalveluiden työkyvyn ja työllistymisen tuen tiimin kokouksiin.' },
			{ id: '5.2', text: 'Työhönvalmentajat osallistuvat aktiivisesti aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen työkyvyn ja työllistymisen tuen tiimin kokouksiin, joissa päätökset tehdään yhdessä.' },
			{ id: '5.3', text: 'Työhönvalmennusta koskevat asiakaskirjaukset (esim. ammatillinen profiili, työllistymissuunnitelma, edistymistä koskevat kirjaukset) on integroitu asiakkaan asiakastietojärjestelmään.' },
			{ id: '5.4', text: 'Työhönvalmentajien työtilat ovat lähellä aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimin työtiloja, taikka tilat ovat jaetut.' },
			{ id: '5.5', text: 'Työhönvalmentajat tukevat aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen työkyvyn ja työllistymisen tuen tiimiä huomioimaan myös työhönvalmennuksen ulkopuolella olevien henkilöiden työllistymisen.' }
		],
		anchors: [
			{ score: 1, text: 'Nolla tai yksi kriteeri täyttyy.' },
			{ score: 2, text: 'Kaksi kriteeriä täyttyy.' },
			{ score: 3, text: 'Kolme kriteeriä täyttyy.' },
			{ score: 4, text: 'Neljä kriteeriä täyttyy.' },
			{ score: 5, text: 'Viisi kriteeriä täyttyy.' }
		],
		suggestion: { kind: 'count', scoreByMet: [1, 1, 2, 3, 4, 5] }
	},
	{
		number: 6,
		section: 'organisation',
		title: 'Yhteisasiakkaat ja työskentely asiakkaan työllistymistä tukevien keskeisten yhteistyötahojen kanssa',
		description: 'Työhönvalmentaja kartoittaa yhdessä asiakkaan kanssa kaikki muut keskeiset asiakkaan työllistymisen edistämiseen liittyvät yhteistyötahot, joihin asiakkaalla on asiakassuhde, ja kirjaa tiedot asiakastietoihin. Työhönvalmentaja on yhteydessä yhteistyötahoihin yhteisten asiakkaiden asioiden käsittelemiseksi vähintään kerran kuukaudessa. Yhteistyössä tunnistetaan myös muita sellaisia asiakkaita, jotka voisivat hyötyä tuetun työllistymisen työhönvalmennukseen ohjautumisesta. Lisäksi työhönvalmentaja tunnistaa mahdollisia uusia tahoja, joiden palveluihin asiakkaalla voisi olla tarve työelämään sijoittumisen edistämiseksi ja rakentaa tarvittaessa uusia tukiverkostoja tukemaan asiakkaan työllistymistä. Tiiminvetäjä järjestää säännöllisiä tapaamisia työhönvalmennustiimin ja tärkeimpien yhteistyötahojen välillä yhteistyön resurssien ja asiantuntijuuden yhdistämiseksi.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentaja ei kartoita yhdessä asiakkaan kanssa niitä muita asiakkaan työllistymisen edistämiseen liittyviä yhteistyötahoja, joihin asiakkaalla on asiakassuhde TAI Työhönvalmentaja kartoittaa yhdessä asiakkaiden kanssa kaikki muut asiakkaan työllistymisen edistämiseen liittyvät yhteistyötahot, joihin asiakkaalla on asiakassuhde ja kirjaa tahot asiakastietoihin, mutta ei ole niihin yhteydessä.' },
			{ score: 2, text: 'Työhönvalmentaja kartoittaa yhdessä asiakkaan kanssa kaikki muut asiakkaan työllistymisen edistämiseen liittyvät yhteistyötahot, joihin asiakkaalla on asiakassuhde ja kirjaa tahot asiakastietoihin. Työhönvalmentaja on yhteydessä yhteistyötahoihin harvemmin kuin neljännesvuosittain.' },
			{ score: 3, text: 'Työhönvalmentaja kartoittaa yhdessä asiakkaan kanssa kaikki muut asiakkaan työllistymisen edistämiseen liittyvät yhteistyötahot, joihin asiakkaalla on asiakassuhde ja kirjaa tahot asiakastietoihin. Työhönvalmentaja on yhteydessä yhteistyötahoihin yhteisten asiakkaiden asioiden käsittelemiseksi vähintään neljännesvuosittain, mutta harvemmin kuin kerran kuukaudessa. Yhteistyössä ei kuitenkaan tunnisteta muita sellaisia asiakkaita, jotka voisivat hyötyä tuetun työllistymisen työhönvalmennukseen ohjautumisesta. Työhönvalmentaja ei myöskään tunnista mahdollisia uusia tahoja, joiden palveluihin asiakkaalla voisi olla tarve työelämään sijoittumisen edistämiseksi.' },
			{ score: 4, text: 'Työhönvalmentaja kartoittaa yhdessä asiakkaan kanssa kaikki muut asiakkaan työllistymisen edistämiseen liittyvät yhteistyötahot, joihin asiakkaalla on asiakassuhde ja kirjaa tahot asiakastietoihin. Työhönvalmentaja on yhteydessä yhteistyötahoihin yhteisten asiakkaiden asioiden käsittelemiseksi vähintään kerran kuukaudessa. Yhteistyössä ei kuitenkaan tunnisteta muita sellaisia asiakkaita, jotka voisivat hyötyä tuetun työllistymisen työhönvalmennukseen ohjautumisesta. Työhönvalmentaja tunnistaa mahdollisia uusia tahoja, joiden palveluihin asiakkaalla voisi olla tarve työelämään sijoittumisen edistämiseksi ja rakentaa tarvittaessa uusia tukiverkostoja tukemaan asiakkaiden työllistymistä.' },
			{ score: 5, text: 'Työhönvalmentaja kartoittaa yhdessä asiakkaan kanssa kaikki muut keskeiset asiakkaan työllistymisen edistämiseen liittyvät yhteistyötahot, joihin asiakkaalla on asiakassuhde, ja kirjaa tiedot asiakastietoihin. Työhönvalmentaja on yhteydessä yhteistyötahoihin yhteisten asiakkaiden asioiden käsittelemiseksi vähintään kerran kuukaudessa. Yhteistyössä tunnistetaan myös muita sellaisia asiakkaita, jotka voisivat hyötyä tuetun työllistymisen työhönvalmennukseen ohjautumisesta. Lisäksi työhönvalmentaja tunnistaa mahdollisia uusia tahoja, joiden palveluihin asiakkaalla voisi olla tarve työelämään sijoittumisen edistämiseksi ja rakentaa tarvittaessa uusia tukiverkostoja tukemaan asiakkaan työllistymistä. Tiiminvetäjä järjestää säännöllisiä tapaamisia työhönvalmennustiimin ja tärkeimpien yhteistyötahojen välillä yhteistyön resurssien ja asiantuntijuuden yhdistämiseksi.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 7,
		section: 'organisation',
		title: 'Työhönvalmennuksen tiimi',
		description: 'Työhönvalmennuksen tiimi koostuu vähintään kahdesta kokoaikaisesta työhönvalmentajasta sekä yhdestä tiiminvetäjästä. Tiiminvetäjä antaa viikoittain asiakaslähtöistä tiimin työn ohjausta, jossa tunnistetaan uusia toimintatapoja sekä jaetaan työpaikkavinkkejä. Tiimin jäsenet sijaistavat/auttavat tarvittaessa toisiaan asiakasmäärästä suoriutumisessa.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmentajat eivät ole järjestäytyneet työhönvalmennuksen tiimeihin.' },
			{ score: 2, text: 'Työhönvalmentajilla on yhteinen tiiminvetäjä, mutta eivät tapaa ryhmänä. He eivät sijaista toisiaan tai auta toisiaan asiakasmäärästä suoriutumisessa.' },
			{ score: 3, text: 'Työhönvalmentajilla on yhteinen tiiminvetäjä ja he keskustelevat viikoittain keskenään asiakastyöstä ja käyvät läpi yksittäisten asiakkaiden tilanteita. He sijaistavat/auttavat tarvittaessa toisiaan asiakasmäärästä suoriutumisessa. TAI Mikäli palvelu toteutetaan haja-asutusalueella, jossa työhönvalmentajat työskentelevät maantieteellisesti eri paikoissa (yksi työhönvalmentaja per sijainti), niin valmentajat tapaavat 2 – 3 kertaa kuukaudessa tiiminvetäjän kanssa etäyhteydellä.' },
			{ score: 4, text: 'Vähintään kaksi työhönvalmentajaa ja tiiminvetäjä muodostavat työhönvalmennuksen tiimin, jolla on 2 – 3 säännöllistä tapaamista kuukaudessa. Tapaamisissa toteutetaan asiakaslähtöistä tiimin työn ohjausta, jossa tunnistetaan uusia toimintatapoja ja jaetaan työpaikkavinkkejä sekä käydään läpi yksittäisten asiakkaiden tilanteita. Työhönvalmentajat sijaistavat/auttavat tarvittaessa toisiaan asiakasmäärästä suoriutumisessa. TAI Mikäli palvelu toteutetaan haja-asutusalueella, jossa työhönvalmentajat työskentelevät maantieteellisesti eri paikoissa (yksi työhönvalmentaja per sijainti), niin valmentajat tapaavat 2 – 3 kertaa kuukaudessa tiiminvetäjänsä kanssa henkilökohtaisesti tai etäyhteydellä. Lisäksi aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimin jäsenet ovat tarpeen tullen käytettävissä tuuraamaan työhönvalmentajia yksittäisissä tehtävissä (esimerkiksi jos työhönvalmentaja on sairastunut, voi joku muu ammattilainen kuuluva auttaa asiakasta työhakemuksen laatimisessa, mikäli asia on kiireellinen).' },
			{ score: 5, text: 'Työhönvalmennuksen tiimi koostuu vähintään kahdesta kokoaikaisesta työhönvalmentajasta sekä yhdestä tiiminvetäjästä. Tiimi saa viikoittain asiakaslähtöistä tiimin työn ohjausta, jossa tunnistetaan uusia toimintatapoja sekä jaetaan työpaikkavinkkejä. Tiimin jäsenet sijaistavat/auttavat tarvittaessa toisiaan asiakasmäärästä suoriutumisen osalta.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 8,
		section: 'organisation',
		title: 'Työhönvalmennuksen tiiminvetäjän rooli',
		description: 'Työhönvalmennuksen tiimiä johtaa tiiminvetäjä. Työhönvalmentajien osaamista kehitetään ja parannetaan tuloksiin perustuvan arvioinnin, seurannan ja ohjauksen keinoin.',
		subCriteriaIntro: 'Työhönvalmennuksen tiiminvetäjän viisi avainroolia ovat:',
		subCriteria: [
			{ id: '8.1', text: 'Yksi kokoaikainen tiiminvetäjä on vastuussa enintään 10 työhönvalmentajasta. Jos tiiminvetäjän vastuulla on kymmenen työhönvalmentajaa, ei hänellä ole muita vastuita. (Tiiminvetäjä, joka ohjaa harvempaa kuin kymmentä työhönvalmentajaa, voi käyttää osan työajastaan muihin tehtäviin ohjattavien valmentajien määrään suhteutettuna. Esimerkiksi tiiminvetäjä, jonka vastuulla on 4 työhönvalmentajaa, voi käyttää noin puolet työajasta muuhun työhön.)' },
			{ id: '8.2', text: 'Tiiminvetäjä toteuttaa viikoittaista työhönvalmennuksen tiimin ohjausta, jossa käsitellään asiakastilanteita ja tunnistetaan uusia toimintatapoja ja ideoita, joiden avulla asiakasta tuetaan työelämässä.' },
			{ id: '8.3', text: 'Tiiminvetäjä on yhteydessä aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimiin varmistaakseen, että palvelut on sovitettu yhteen, sekä ratkaistakseen prosessiin liittyviä haasteita (liittyen esim. läheteprosessiin tai muihin palveluihin siirtymiseen) ja toimiakseen työnteon merkityksellisyyden puolestapuhujana. Tiiminvetäjä osallistuu jokaisen aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimin kokoukseen neljännesvuosittain.' },
			{ id: '8.4', text: 'Tiiminvetäjä toimii kuukausittain kentällä sellaisten työhönvalmentajien seurana, jotka ovat vastikään aloittaneet työt tai jotka kokevat haasteita työnkuvien kehittämisessä, päämääränä valmentajien taitojen vahvistaminen. Tämä toteutetaan esimerkiksi tarkkailemalla, mallintamalla ja antamalla palautetta osaamisesta sekä osallistamalla työnantajien tapaamisiin, joissa kehitetään työnkuvia.' },
			{ id: '8.5', text: 'Tiiminvetäjä seuraa ajantasaisia asiakastuloksia yhdessä työhönvalmentajien kanssa ja asettaa tavoitteita, joiden päämääränä on palvelun tuloksellisuuden parantaminen, vähintään neljännesvuosittain.' }
		],
		anchors: [
			{ score: 1, text: 'Nolla tai yksi avainrooli täyttyy.' },
			{ score: 2, text: 'Kaksi avainroolia täyttyy.' },
			{ score: 3, text: 'Kolme avainroolia täyttyy.' },
			{ score: 4, text: 'Neljä avainroolia täyttyy.' },
			{ score: 5, text: 'Viisi avainroolia täyttyy.' }
		],
		suggestion: { kind: 'count', scoreByMet: [1, 1, 2, 3, 4, 5] }
	},
	{
		number: 9,
		section: 'organisation',
		title: 'Palvelun avoimuus',
		description: 'Kaikilla työnteosta kiinnostuneilla asiakkailla on pääsy työhönvalmennuksen palveluihin riippumatta työntekovalmiutta koskevista arvioista, päihdyttävien aineiden käytöstä, oireista, kognitiivisista häiriöistä, hoidosta poisjäämisestä, väkivaltaisesta käyttäytymisestä menneisyydessä sekä henkilön ulkoisesta olemuksesta. Tämä pätee myös palveluiden vastaanottamisen aikana. Yhden työsuhteen päätyttyä työhönvalmentajat tarjoavat apua uuden työn löytämisessä riippumatta työn päättymisen syystä ja henkilön työsuhteiden määrästä. Asiakkaita ei seulota virallisesti eikä epävirallisesti. Eri rooleissa työskentelevät henkilöt voivat tehdä ja tekevät lähetteitä työhönvalmennukseen (esim. sosiaalityöntekijä, sosiaaliohjaaja, terapeutti, psykiatri, psykologi, toimintaterapeutti, psykiatrinen sairaanhoitaja). Asiakkaiden on myös mahdollista hakeutua työhönvalmennukseen omaehtoisesti.',
		subCriteria: [],
		anchors: [
			{ score: 1, text: 'Työhönvalmennuksen asiakasvastaavilla tai muilla ammatinharjoittajilla on virallinen linjaus joidenkin asiakkaiden poissulkemisesta perustuen arvioon riittämättömästä työntekovalmiudesta (liittyen esim. päihdyttävien aineiden käyttöön, väkivaltaiseen käyttäytymiseen menneisyydessä, alhaiseen toimintakykyyn, jne).' },
			{ score: 2, text: 'Suurin osa asiakkaista ei pääse työhönvalmennukseen sen vuoksi, että heillä arvioidaan olevan riittämättömät työntekovalmiudet (esim. päihdyttävien aineiden käyttö, väkivaltainen käyttäytyminen menneisyydessä, alhainen toimintakyky, jne).' },
			{ score: 3, text: 'Osa asiakkaista ei pääse työhönvalmennukseen sen vuoksi, että heillä arvioidaan olevan riittämättömät työntekovalmiudet (esim. päihdyttävien aineiden käyttö, väkivaltainen käyttäytyminen menneisyydessä, alhainen toimintakyky, jne).' },
			{ score: 4, text: 'Ei ole näyttöä virallisesta tai epävirallisesta poissulkemisesta. Vain tietyissä rooleissa työskentelevät henkilöt (esim. lääkärit) voivat tehdä lähetteitä työhönvalmennukseen. Yhden työsuhteen päätyttyä työhönvalmentajat tarjoavat apua uuden työn löytämisessä riippumatta työn päättymisen syystä ja henkilön työsuhteiden määrästä.' },
			{ score: 5, text: 'Kaikilla työnteosta kiinnostuneilla asiakkailla on pääsy työhönvalmennukseen. Ammattilaiset tukevat asiakkaita harkitsemaan työntekoa. Eri rooleissa työskentelevät henkilöt voivat tehdä ja tekevät lähetteitä työhönvalmennukseen (esim. sosiaalityöntekijä, sosiaaliohjaaja, vammaispalvelujen työntekijä, terapeutti, psykiatri, psykologi, toimintaterapeutti, psykiatrinen sairaanhoitaja). Asiakkaiden on myös mahdollista hakeutua työhönvalmennukseen omaehtoisesti. Yhden työsuhteen päätyttyä työhönvalmentajat tarjoavat apua uuden työn löytämisessä riippumatta työn päättymisen syystä ja henkilön työsuhteiden määrästä.' }
		],
		suggestion: { kind: 'judgement' }
	},
	{
		number: 10,
		section: 'organisation',
		title: 'Pyrkimys työllistyä avoimille työmarkkinoille',
		description: 'Aikuissosiaalityön/vammaispalveluiden/mielenterveys- ja päihdepalveluiden/työkyvyn ja työllistymisen tuen tiimi, johon työhönvalmentajat ovat kiinnittyneet, edistää kaikkien asiakkaidensa työllistymistä avoimille työmarkkinoille eri toimintatapoja käyttäen. Kysytään työllistymisen tuen palvelua saavien kiinnostusta työntekoon. Palvelujärjestäjän tiloissa on kirjallista materiaalia työllistymisestä ja työhönvalmennuksesta (esim. julisteita, esitteitä). Asiakkaille tarjotaan mahdollisuuksia jakaa työhön liittyviä kokemuksia muiden asiakkaiden ja henkilökunnan kanssa. Avoimille työmarkkinoille työllistyneiden osuus kaikista työllistymistä tukevien palveluiden asiakkaista mitataan vähintään neljännesvuosittain ja tieto tuloksista jaetaan johdolle ja henkilökunnalle.',
		subCriteriaIntro: 'Viisi keskeistä toimintatapaa, joilla edistetään asiakkaiden työllistymistä avoimille työmarkkinoille, ovat:',
		subCriteria: [
			{ id: '10.1', text: 'Kaikilta palveluihin tulevilta asiakkailta kysytään kiinnostuksesta työntekoon.' },
			{ id: '10.2', text: 'Asiakkaan kiinnostusta työntekoon kysytään ja päivitetään säännöllisesti asiakaskohtaisiin arviointeihin ja asiakassuunnitelmiin.' },
			{ id: '10.3', text: 'Asiakastiloissa on esillä kirjallista materiaalia työllistymisestä ja työhönvalmennuksesta (esim. esitteitä, ilmoitustauluja, julisteita).' },
			{ id: '10.4', text: 'Asiakkaille tarjotaan keinoja jakaa työhön liittyviä kokemuksia muiden asiakkaiden ja henkilökunnan kanssa vähintään kaksi kertaa vuodessa (esim. koko henkilö- ja asiakaskunnalle suunnatuissa työllistymistä esiin tuovissa tapahtumissa, henkilökunnan koulutuksissa, vertaistukiryhmissä, toimijan uutiskirjeessä, asiakasryhmiin kutsuttavien puhujien valinnassa, jne).' },
			{ id: '10.5', text: 'Mitataan avoimille työmarkkinoille työllistyneiden osuus kaikista asiakkaista vähintään neljännesvuosittain ja jaetaan tieto tuloksista johdolle ja henkilökunnalle.' }
		],
		anchors: [
			{ score: 1, text: 'Nolla tai yksi avainrooli täyttyy.' },
			{ score: 2, text: 'Kaksi avainroolia täyttyy.' },
			{ score: 3, text: 'Kolme avainroolia täyttyy.' },
			{ score: 4, text: 'Neljä avainroolia täyttyy.' },
			{ score: 5, text: 'Viisi avainroolia täyttyy.' }
		],
		suggestion: { kind: 'count', scoreByMet: [1, 1, 2, 3, 4, 5] }
	},
	{
		number: 11,
		section: 'organisation',
		title: 'Johdon tuki tuetun työllistymisen työhönvalmennukselle',
		description: 'Tuetun työllistymisen työhönvalmennuksen toimeenpanolla ja jatkuvuudella on mukana olevien organisaatioiden johdon tuki ja sitoutuminen.',
		subCriteriaIntro: 'Viisi kriteeriä johdon tuelle ovat:',
		subCriteria: [
			{ id: '11.1', text: 'Mukana olevien organisaatioiden johto osoittaa osaamista työhönvalmennuksen perusperiaatteista.' },
			{ id: '11.2', text: 'Osana organisaatioiden laadunvarmistamisen prosessia tehdään tilannearvio työhönvalmennuksen palvelusta, tai osasta siitä, vähintään puolivuosittain käyttämällä näitä laatukriteereitä, kunnes saavutetaan korkea menetelmällinen tarkkuus (vähintään 100 pistettä näissä laatukriteereissä). Tämän jälkeen tehdään tilannearvio vähintään kerran vuodessa. Laatukriteeritulosta käytetään parantamaan työhönvalmennuksen toimeenpanoa ja jatkuvuutta.' },
			{ id: '11.3', text: 'Ainakin yksi mukana olevien organisaatioiden johtoon kuuluva henkilö osallistuu aktiivisesti palvelun ohjausryhmän kokouksiin, jotka järjestetään vähintään puolivuosittain korkean menetelmällisen tarkkuuden saavuttaneissa palveluissa (vähintään 100 pistettä näissä laatukriteereissä) ja neljännesvuosittain niissä palveluissa, jotka eivät ole vielä saavuttaneet korkeaa menetelmällistä tarkkuutta.\nOhjausryhmä koostuu monipuolisesti sidosryhmien edustajista ja ryhmän tehtäviin kuuluu laadun, toimintamallin toimeenpanon ja palvelun toteuttamisen seuranta. Ohjausryhmä laatii kirjallisia toimintasuunnitelmia, joiden tarkoituksena on menetelmällisen tarkkuuden ja laadun palveluiden kehittäminen tai ylläpitäminen.' },
			{ id: '11.4', text: 'Mukana olevien organisaatioiden johto viestii siitä, millä tavoin työhönvalmennus tukee organisaation missiota. Johto ilmaisee koko organisaation henkilöstölle työhönvalmennukselle ja/tai avoimille työmarkkinoille työllistymiselle määritellyt selkeät ja tarkat tavoitteet ensimmäisen puolen vuoden sisällä palvelun alkamisesta ja tämän jälkeen vähintään vuosittain (esim. työhönvalmennuksen kick-off -tapahtumassa, koko henkilöstön kokouksissa, uutiskirjeessä). Tätä tehtävää ei määrätä johdon ulkopuolisen henkilön tehtäväksi.' },
			{ id: '11.5', text: 'Tiiminvetäjät jakavat oman organisaationsa johdolle tietoa siitä, mikä estää ja mikä mahdollistaa toimintamallin onnistumisen vähintään puolivuosittain. Johto auttaa tiiminvetäjiä tunnistamaan ja toimeenpanemaan ratkaisuja esteille.' }
		],
		anchors: [
			{ score: 1, text: 'Yksi kriteeri täyttyy.' },
			{ score: 2, text: 'Kaksi kriteeriä täyttyy.' },
			{ score: 3, text: 'Kolme kriteeriä täyttyy.' },
			{ score: 4, text: 'Neljä kriteeriä täyttyy.' },
			{ score: 5, text: 'Viisi kriteeriä täyttyy.' }
		],
		suggestion: { kind: 'count', scoreByMet: [1, 1, 2, 3, 4, 5] }
	}
];
