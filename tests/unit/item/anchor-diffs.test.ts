import { describe, expect, it } from 'vitest';
import { getEdition, itemOf, LATEST_EDITION_ID } from '../../../src/lib/instrument';
import { anchorDiff } from '../../../src/lib/instrument/anchor-diff';
import { cachedAnchorDiff } from '../../../src/lib/ui/item/anchor-diffs';

const edition = getEdition(LATEST_EDITION_ID)!;

describe('cachedAnchorDiff: the anchors’ differences once per pair of texts', () => {
	it.each([7, 14, 1, 25])('item %i: every anchor against the one below equals anchorDiff, and the second ask is the same parts', (n) => {
		const anchors = itemOf(edition, n)!.anchors;
		for (let i = 1; i < anchors.length; i++) {
			const [lower, upper] = [anchors[i - 1]!.text, anchors[i]!.text];
			const first = cachedAnchorDiff(lower, upper);
			expect(first).toEqual(anchorDiff(lower, upper));
			expect(cachedAnchorDiff(lower, upper)).toBe(first);
		}
	});

	it('the pair is ordered, and a text boundary inside the key cannot join two pairs', () => {
		expect(cachedAnchorDiff('a b', 'a c')).not.toEqual(cachedAnchorDiff('a c', 'a b'));
		// "x" + "y z" and "x y" + "z" would collide if the key were a plain join.
		expect(cachedAnchorDiff('x', 'y z')).toEqual(anchorDiff('x', 'y z'));
		expect(cachedAnchorDiff('x y', 'z')).toEqual(anchorDiff('x y', 'z'));
	});

	it('stays bounded: after many other pairs an old one is computed afresh, still right', () => {
		const old = cachedAnchorDiff('vanha teksti', 'vanha uusi teksti');
		for (let i = 0; i < 500; i++) cachedAnchorDiff(`sana ${i}`, `sana ${i} lisää`);
		const again = cachedAnchorDiff('vanha teksti', 'vanha uusi teksti');
		expect(again).not.toBe(old);
		expect(again).toEqual(anchorDiff('vanha teksti', 'vanha uusi teksti'));
	});
});
