/**
 * The last parse of each stored review, kept within a tab (issue 15). A review is read and parsed
 * again on every live-query emission and by every screen that shows it (the workspace, the previous
 * scores, the report), although a revision's document does not change; zod's parse of a whole
 * document is the largest single piece of work in reading one.
 *
 * A kept result is reused only for the same id and revision AND an input that is the same plain
 * data as the one parsed, checked value by value: a row rewritten in place by another tool (same
 * revision, different content) is parsed again, and reported as corrupt if it is. Failures are
 * never kept, so a damaged row is parsed — and reported — on every read. Pure: no Dexie, no zod.
 */

/** How many reviews' parses are kept: the open one and the others of its service, with room to spare. */
export const PARSE_MEMO_SIZE = 32;

type Kept<T> = { revision: number; input: unknown; value: T };

export class ParseMemo<T> {
	readonly #kept = new Map<string, Kept<T>>();
	readonly #size: number;

	constructor(size = PARSE_MEMO_SIZE) {
		this.#size = size;
	}

	/** The value kept for this id, revision and input, if any. */
	get(id: string, revision: number, input: unknown): T | undefined {
		const kept = this.#kept.get(id);
		if (!kept || kept.revision !== revision || !samePlainData(kept.input, input)) return undefined;
		return kept.value;
	}

	/**
	 * Keeps a successful parse; the least recently kept id goes once there are more than `size`. The
	 * input is copied, so a caller that later changes its object cannot change what is compared.
	 */
	keep(id: string, revision: number, input: unknown, value: T): void {
		this.#kept.delete(id);
		let copy: unknown;
		try {
			copy = structuredClone(input);
		} catch {
			// Not cloneable (a screen's reactive proxy of a row, say): nothing is kept, the next read parses.
			return;
		}
		this.#kept.set(id, { revision, input: copy, value });
		if (this.#kept.size > this.#size) this.#kept.delete(this.#kept.keys().next().value!);
	}

	forget(id: string): void {
		this.#kept.delete(id);
	}
}

/**
 * True when `a` and `b` are the same JSON-like data: equal primitives (NaN equal to NaN), arrays of
 * the same length with the same items, and plain objects (prototype Object or null) with the same
 * own keys and values. Anything else — a Date, a Map, a class instance — is never the same, so such
 * a value (which IndexedDB can hold and zod would judge on its own terms) is always parsed again.
 */
export function samePlainData(a: unknown, b: unknown): boolean {
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Object.is(a, b);
	if (Array.isArray(a)) return Array.isArray(b) && sameItems(a, b);
	if (Array.isArray(b) || !isPlain(a) || !isPlain(b)) return false;
	const ka = Object.keys(a);
	if (ka.length !== Object.keys(b).length) return false;
	const ra = a as Record<string, unknown>;
	const rb = b as Record<string, unknown>;
	return ka.every((k) => Object.hasOwn(rb, k) && samePlainData(ra[k], rb[k]));
}

/** A hole and an undefined item are told apart: zod reads both as undefined, but they are not the same data. */
function sameItems(a: unknown[], b: unknown[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (i in a !== i in b || !samePlainData(a[i], b[i])) return false;
	return true;
}

function isPlain(x: object): boolean {
	const proto: unknown = Object.getPrototypeOf(x);
	return proto === Object.prototype || proto === null;
}
