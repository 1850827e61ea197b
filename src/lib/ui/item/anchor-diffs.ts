import { anchorDiff, type DiffPart } from '$lib/instrument/anchor-diff';

/**
 * The anchors' word-level differences, computed once per pair of texts. `anchorDiff` is
 * pure and its input is the edition's own text, which never changes, yet the item
 * screen asked for it again on every switch and every toggle (four LCS tables of up to
 * ~200 × 200 words per item). The parts are only read, so one array serves every screen.
 * Bounded, so text from anywhere else can never grow it without limit.
 */
const MAX_PAIRS = 400;
const cache = new Map<string, DiffPart[]>();

export function cachedAnchorDiff(lower: string, upper: string): readonly DiffPart[] {
	const key = `${lower}\u0000${upper}`;
	const hit = cache.get(key);
	if (hit) return hit;
	const parts = anchorDiff(lower, upper);
	if (cache.size >= MAX_PAIRS) cache.delete(cache.keys().next().value!);
	cache.set(key, parts);
	return parts;
}
