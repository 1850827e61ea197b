import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { formatList } from '$lib/i18n/format';

/**
 * Sentences with a count read right for one and for many, in every language. The
 * issue's case: one imported review was "on 1 arviointia: 1 uutta".
 */
type Locale = 'fi' | 'sv' | 'en';

function importSummary(locale: Locale, count: number, fresh: number, identical: number, conflicts: number): string {
	const parts = [
		m['exchange.import.fresh']({ n: fresh }, { locale }),
		m['exchange.import.identical']({ n: identical }, { locale }),
		m['exchange.import.conflicting']({ n: conflicts }, { locale })
	];
	return m['exchange.import.summary']({ file: 'a.json', count, parts: formatList(parts, locale) }, { locale });
}

describe('plural forms', () => {
	it.each<[Locale, number, number, number, number, string]>([
		['fi', 1, 1, 0, 0, 'Tiedostossa a.json on 1 arviointi: 1 uusi, 0 jo laitteella sellaisinaan ja 0 samalla tunnisteella eri sisältöisinä.'],
		['fi', 3, 2, 1, 0, 'Tiedostossa a.json on 3 arviointia: 2 uutta, 1 jo laitteella sellaisenaan ja 0 samalla tunnisteella eri sisältöisinä.'],
		['sv', 1, 1, 0, 0, 'Filen a.json innehåller 1 bedömning: 1 ny, 0 finns redan oförändrade på enheten och 0 har samma ID men annat innehåll.'],
		['sv', 3, 2, 1, 0, 'Filen a.json innehåller 3 bedömningar: 2 nya, 1 finns redan oförändrad på enheten och 0 har samma ID men annat innehåll.'],
		['en', 1, 0, 1, 0, 'The file a.json has 1 review: 0 new, 1 already on this device as it is and 0 with the same ID but different content.'],
		['en', 2, 0, 0, 2, 'The file a.json has 2 reviews: 0 new, 0 already on this device as they are and 2 with the same ID but different content.']
	])('%s: import summary of %d (%d new, %d identical, %d conflicts)', (locale, count, fresh, identical, conflicts, text) => {
		expect(importSummary(locale, count, fresh, identical, conflicts)).toBe(text);
	});

	const cases: [string, (n: number, locale: Locale) => string, Record<Locale, [string, string]>][] = [
		[
			'backup saved',
			(count, locale) => m['exchange.backup.done']({ file: 'b.json', count }, { locale }),
			{
				fi: ['Varmuuskopio tallennettiin tiedostoon b.json (1 arviointi).', 'Varmuuskopio tallennettiin tiedostoon b.json (2 arviointia).'],
				sv: ['Säkerhetskopian sparades i filen b.json (1 bedömning).', 'Säkerhetskopian sparades i filen b.json (2 bedömningar).'],
				en: ['The backup was saved to b.json (1 review).', 'The backup was saved to b.json (2 reviews).']
			}
		],
		[
			'damaged reviews left out',
			(count, locale) => m['exchange.backup.skipped']({ count }, { locale }),
			{
				fi: ['1 vioittunut arviointi jäi pois varmuuskopiosta.', '2 vioittunutta arviointia jäi pois varmuuskopiosta.'],
				sv: ['1 skadad bedömning lämnades utanför säkerhetskopian.', '2 skadade bedömningar lämnades utanför säkerhetskopian.'],
				en: ['1 damaged review was left out of the backup.', '2 damaged reviews were left out of the backup.']
			}
		],
		[
			'unsent reviews when the connection is removed',
			(count, locale) => m['sync.settings.removeWarning']({ count }, { locale }),
			{
				fi: [
					'1 valmis arviointi on vielä lähettämättä. Se jää laitteelle, mutta sitä ei lähetetä ennen kuin asetat vastaanottajan uudelleen.',
					'2 valmista arviointia on vielä lähettämättä. Ne jäävät laitteelle, mutta niitä ei lähetetä ennen kuin asetat vastaanottajan uudelleen.'
				],
				sv: [
					'1 slutförd bedömning har inte skickats ännu. Den finns kvar på den här enheten men skickas inte förrän du anger en mottagare igen.',
					'2 slutförda bedömningar har inte skickats ännu. De finns kvar på den här enheten men skickas inte förrän du anger en mottagare igen.'
				],
				en: [
					'1 finished review has not been sent yet. It stays on this device but is not sent until you set a receiver again.',
					'2 finished reviews have not been sent yet. They stay on this device but are not sent until you set a receiver again.'
				]
			}
		],
		[
			'reviews needing attention',
			(count, locale) => m['sync.badge.failed']({ count }, { locale }),
			{ fi: ['1 vaatii huomiota', '2 vaatii huomiota'], sv: ['1 behöver åtgärdas', '2 behöver åtgärdas'], en: ['1 needs attention', '2 need attention'] }
		],
		[
			'unchosen conflicts',
			(count, locale) => m['exchange.import.undecided']({ count }, { locale }),
			{
				fi: ['Valitse ensin, mitä tehdään jokaiselle ristiriidalle (1 valitsematta).', 'Valitse ensin, mitä tehdään jokaiselle ristiriidalle (2 valitsematta).'],
				sv: ['Välj först vad som ska göras med varje konflikt (1 inte vald).', 'Välj först vad som ska göras med varje konflikt (2 inte valda).'],
				en: ['First choose what to do with every conflict (1 not chosen).', 'First choose what to do with every conflict (2 not chosen).']
			}
		],
		[
			'reviews on this device',
			(n, locale) => m['home.count']({ n }, { locale }),
			{
				fi: ['1 arviointi tällä laitteella', '2 arviointia tällä laitteella'],
				sv: ['1 bedömning på den här enheten', '2 bedömningar på den här enheten'],
				en: ['1 review on this device', '2 reviews on this device']
			}
		],
		[
			'notes on an item',
			(count, locale) => m['workspace.item.entries']({ count }, { locale }),
			{ fi: ['1 merkintä', '2 merkintää'], sv: ['1 anteckning', '2 anteckningar'], en: ['1 entry', '2 entries'] }
		]
	];

	for (const [name, message, expected] of cases) {
		it.each(Object.entries(expected) as [Locale, [string, string]][])(`${name}: %s, one and two`, (locale, [one, two]) => {
			expect(message(1, locale)).toBe(one);
			expect(message(2, locale)).toBe(two);
		});
	}
});
