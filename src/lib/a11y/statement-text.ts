/**
 * The accessibility statement's prose in Finnish, Swedish and English (the facts it
 * states come from ./statement.ts). Written for this app; the headings follow the
 * structure Finnish public-sector statements use, so a reader finds what they look for.
 */
export type StatementText = {
	title: string;
	intro: string;
	statusHeading: string;
	status: (standard: string) => string;
	assessedHeading: string;
	assessed: (date: string) => string;
	automated: (tags: string, impacts: string, screens: number) => string;
	byHand: string;
	shortcomingsHeading: string;
	shortcomings: string[];
	feedbackHeading: string;
	feedback: string;
	authorityHeading: string;
	authority: string;
	authorityName: string;
	web: string;
	email: string;
	phone: string;
	law: (law: string) => string;
};

const fi: StatementText = {
	title: 'Saavutettavuusseloste',
	intro: 'Tämä seloste koskee Laatuarvio-sovellusta, jolla arvioidaan tuetun työllistymisen työhönvalmennuksen laatua. Tavoitteemme on, että jokainen arvioija voi käyttää sovellusta näppäimistöllä, ruudunlukijalla, suurennettuna ja kosketusnäytöllä.',
	statusHeading: 'Saavutettavuuden tila',
	status: (standard) => `Sovellus täyttää ${standard} -vaatimukset osittain. Puutteet on lueteltu alla.`,
	assessedHeading: 'Miten saavutettavuus on arvioitu',
	assessed: (date) => `Saavutettavuus on arvioitu viimeksi ${date}.`,
	automated: (tags, impacts, screens) =>
		`Automaattiset axe-tarkistukset (säännöt ${tags}) ajetaan selaintesteissä Chromiumissa jokaiselle ${screens} näkymälle suomeksi, ruotsiksi ja englanniksi. Testi epäonnistuu, jos yksikin vakavuudeltaan ${impacts} virhe löytyy. Testit tarkistavat myös, että tähän selosteeseen pääsee näppäimistöllä jokaisesta näkymästä ja että kosketettavat kohteet ovat vähintään 44 pikselin kokoisia.`,
	byHand: 'Käsin tehdään näppäimistötarkistus (kaikki toiminnot sarkaimella ja Enterillä, näkyvä kohdistus) ja ruudunlukijatarkistus ennen julkaisua.',
	shortcomingsHeading: 'Tunnetut puutteet',
	shortcomings: [
		'Laatukriteerien teksti on vain suomeksi, koska kriteereistä ei ole virallista ruotsin- tai englanninkielistä versiota. Lukuja koskevat kysymykset ja niistä laskettu pisteehdotus ovat sovelluksen omaa tekstiä, ja ne ovat suomeksi, ruotsiksi ja englanniksi.',
		'Ruudunlukijatarkistusta ei ole vielä tehty tälle versiolle; arvio perustuu automaattisiin tarkistuksiin ja näppäimistötestaukseen.',
		'Automaattiset tarkistukset eivät pysäytä lieviksi tai kohtalaisiksi luokiteltuja havaintoja; ne käydään läpi käsin.',
		'Tulostetun raportin PDF-tiedoston rakenne riippuu selaimesta, jolla se tallennetaan.'
	],
	feedbackHeading: 'Palaute',
	feedback: 'Jos huomaat saavutettavuuspuutteen tai tarvitset sisällön toisessa muodossa, kerro siitä organisaatiolle, joka antoi sovelluksen käyttöösi. Palautteeseen vastataan kahden viikon kuluessa.',
	authorityHeading: 'Valvova viranomainen',
	authority: 'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvovalle viranomaiselle.',
	authorityName: 'Liikenne- ja viestintävirasto Traficom, saavutettavuuden valvonta',
	web: 'Verkkosivusto',
	email: 'Sähköposti',
	phone: 'Puhelinvaihde',
	law: (law) => `Saavutettavuusvaatimukset perustuvat lakiin digitaalisten palvelujen tarjoamisesta (${law}).`
};

const sv: StatementText = {
	title: 'Tillgänglighetsutlåtande',
	intro: 'Det här utlåtandet gäller appen Laatuarvio, som används för att bedöma kvaliteten på arbetsinriktat stöd (IPS). Vårt mål är att varje bedömare ska kunna använda appen med tangentbord, skärmläsare, förstoring och pekskärm.',
	statusHeading: 'Tillgänglighetens status',
	status: (standard) => `Appen uppfyller kraven i ${standard} delvis. Bristerna räknas upp nedan.`,
	assessedHeading: 'Hur tillgängligheten har bedömts',
	assessed: (date) => `Tillgängligheten bedömdes senast ${date}.`,
	automated: (tags, impacts, screens) =>
		`Automatiska axe-kontroller (reglerna ${tags}) körs i webbläsartesterna i Chromium för var och en av de ${screens} vyerna på finska, svenska och engelska. Testet misslyckas om ett enda fel av allvarlighetsgraden ${impacts} hittas. Testerna kontrollerar också att det här utlåtandet kan nås med tangentbordet från varje vy och att pekbara mål är minst 44 pixlar stora.`,
	byHand: 'För hand görs en tangentbordskontroll (alla funktioner med tabb och Enter, synligt fokus) och en kontroll med skärmläsare före publicering.',
	shortcomingsHeading: 'Kända brister',
	shortcomings: [
		'Kvalitetskriteriernas text finns endast på finska, eftersom det inte finns någon officiell svensk eller engelsk version av kriterierna. Frågorna om siffrorna och poängförslaget som räknas ut ur dem är appens egen text och finns på finska, svenska och engelska.',
		'Kontrollen med skärmläsare har ännu inte gjorts för den här versionen; bedömningen bygger på de automatiska kontrollerna och på tangentbordstester.',
		'De automatiska kontrollerna stoppar inte iakttagelser som klassas som lindriga eller måttliga; de gås igenom för hand.',
		'Strukturen i PDF-filen av den utskrivna rapporten beror på den webbläsare som sparar den.'
	],
	feedbackHeading: 'Respons',
	feedback: 'Om du märker en brist i tillgängligheten eller behöver innehållet i en annan form, meddela den organisation som gav dig appen. Responsen besvaras inom två veckor.',
	authorityHeading: 'Tillsynsmyndighet',
	authority: 'Om du inte är nöjd med svaret eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten.',
	authorityName: 'Transport- och kommunikationsverket Traficom, tillgänglighetstillsynen',
	web: 'Webbplats',
	email: 'E-post',
	phone: 'Växel',
	law: (law) => `Tillgänglighetskraven grundar sig på lagen om tillhandahållande av digitala tjänster (${law}).`
};

const en: StatementText = {
	title: 'Accessibility statement',
	intro: 'This statement covers Laatuarvio, the app for reviewing the quality of supported employment (IPS) services. Our aim is that every reviewer can use it with a keyboard, a screen reader, magnification and a touch screen.',
	statusHeading: 'Compliance status',
	status: (standard) => `The app partially meets ${standard}. The shortcomings are listed below.`,
	assessedHeading: 'How accessibility was assessed',
	assessed: (date) => `Accessibility was last assessed on ${date}.`,
	automated: (tags, impacts, screens) =>
		`Automated axe checks (rules ${tags}) run in the browser tests in Chromium on each of the ${screens} screens in Finnish, Swedish and English. A test fails on any violation of ${impacts} impact. The tests also check that this statement can be reached by keyboard from every screen and that touch targets are at least 44 pixels.`,
	byHand: 'By hand, a keyboard check (every function with Tab and Enter, visible focus) and a screen-reader check are made before a release.',
	shortcomingsHeading: 'Known shortcomings',
	shortcomings: [
		'The quality criteria are in Finnish only, because there is no official Swedish or English edition of the criteria. The questions about figures and the score suggested from them are the app\'s own text, in Finnish, Swedish and English.',
		'The screen-reader check has not yet been made for this version; the assessment rests on the automated checks and keyboard tests.',
		'The automated checks do not stop on findings rated minor or moderate; those are reviewed by hand.',
		'The structure of a PDF of the printed report depends on the browser that saves it.'
	],
	feedbackHeading: 'Feedback',
	feedback: 'If you notice an accessibility problem or need content in another form, tell the organisation that gave you the app. Feedback is answered within two weeks.',
	authorityHeading: 'Supervising authority',
	authority: 'If you are not satisfied with the answer, or get no answer within two weeks, you can notify the supervising authority.',
	authorityName: 'Finnish Transport and Communications Agency Traficom, digital accessibility supervision',
	web: 'Website',
	email: 'Email',
	phone: 'Switchboard',
	law: (law) => `The requirements come from the Finnish Act on the Provision of Digital Services (${law}).`
};

export const STATEMENT_TEXT: Record<'fi' | 'sv' | 'en', StatementText> = { fi, sv, en };
