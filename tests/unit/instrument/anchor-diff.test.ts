import { describe, expect, it } from 'vitest';
import { anchorDiff, type DiffPart } from '../../../src/lib/instrument/anchor-diff';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument';

const same = (text: string): DiffPart => ({ kind: 'same', text });
const added = (text: string): DiffPart => ({ kind: 'added', text });
const removed = (text: string): DiffPart => ({ kind: 'removed', text });

describe('anchorDiff', () => {
	it.each<[string, string, string, DiffPart[]]>([
		['identical texts', 'Tiimi kokoontuu kerran viikossa.', 'Tiimi kokoontuu kerran viikossa.', [same('Tiimi kokoontuu kerran viikossa.')]],
		['both empty', '', '', []],
		['everything new', '', 'Uusi teksti', [added('Uusi teksti')]],
		['everything gone', 'Vanha teksti', '', [removed('Vanha teksti')]],
		['a word inserted in the middle', 'Tiimi kokoontuu viikossa.', 'Tiimi kokoontuu kerran viikossa.', [same('Tiimi kokoontuu '), added('kerran '), same('viikossa.')]],
		['a word deleted', 'Tiimi kokoontuu kerran viikossa.', 'Tiimi kokoontuu viikossa.', [same('Tiimi kokoontuu '), removed('kerran '), same('viikossa.')]],
		[
			'a replacement is a removal then an addition',
			'Alle 50 % asiakkaista',
			'Yli 50 % asiakkaista',
			[removed('Alle '), added('Yli '), same('50 % asiakkaista')]
		],
		['punctuation is a token of its own', 'Tiimi kokoontuu.', 'Tiimi kokoontuu, ja sopii.', [same('Tiimi kokoontuu'), added(', ja sopii'), same('.')]],
		['case is not a change', 'työhönvalmentajat tapaavat', 'Työhönvalmentajat tapaavat', [same('Työhönvalmentajat tapaavat')]],
		[
			'Finnish inflections are different words',
			'Työhönvalmentaja tapaa työnantajan',
			'Työhönvalmentajat tapaavat työnantajia',
			[removed('Työhönvalmentaja tapaa työnantajan'), added('Työhönvalmentajat tapaavat työnantajia')]
		],
		['a hyphenated compound is one word', 'sosiaali- ja terveyspalvelut', 'IPS-mallin mukaiset palvelut', [removed('sosiaali- ja terveyspalvelut'), added('IPS-mallin mukaiset palvelut')].flat() as DiffPart[]]
	])('%s', (_, lower, upper, expected) => {
		expect(anchorDiff(lower, upper)).toEqual(expected);
	});

	it('same and added parts spell the upper anchor, same and removed the lower one, for every anchor pair of the edition', () => {
		const edition = getEdition(LATEST_EDITION_ID)!;
		for (const item of edition.items) {
			for (let k = 1; k < 5; k++) {
				const lower = item.anchors[k - 1]!.text;
				const upper = item.anchors[k]!.text;
				const parts = anchorDiff(lower, upper);
				const spell = (kinds: DiffPart['kind'][]) => parts.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join('');
				expect(spell(['same', 'added']), `item ${item.number} anchor ${k + 1}`).toBe(upper);
				// Same words show the upper anchor's spacing and case; the lower one's words are all there.
				const words = (t: string) => t.toLocaleLowerCase('fi').replace(/\s+/g, '');
				expect(words(spell(['same', 'removed']))).toBe(words(lower));
			}
		}
	});

	it('marks only the changed words of a long anchor pair (item 7, anchors 3 and 4)', () => {
		const item = getEdition(LATEST_EDITION_ID)!.items.find((i) => i.number === 7)!;
		const parts = anchorDiff(item.anchors[2]!.text, item.anchors[3]!.text);
		const sameChars = parts.filter((p) => p.kind === 'same').reduce((s, p) => s + p.text.length, 0);
		expect(sameChars).toBeGreaterThan(0);
		expect(parts.some((p) => p.kind === 'added')).toBe(true);
	});
});
