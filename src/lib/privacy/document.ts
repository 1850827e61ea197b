import type { ReviewDocument } from '../review/schema';
import { identityCodesIn } from './identity-code';

/**
 * Where in a review document identity codes are. Walks every string in the
 * document rather than a list of known fields, so a text field another part of
 * the app adds later (a justification, an action plan) is checked without
 * anyone remembering to list it here. Ids, dates and the edition cannot hold a
 * valid code (see identity-code.ts), so walking them costs nothing but time.
 */

export type DocPath = readonly (string | number)[];

export interface CodeLocation {
	path: DocPath;
	/** How many valid codes the field holds. */
	count: number;
}

function walk(value: unknown, path: (string | number)[], visit: (text: string, path: DocPath) => void): void {
	if (typeof value === 'string') visit(value, path);
	else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
	else if (typeof value === 'object' && value !== null) {
		for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
	}
}

/** Every field holding at least one valid identity code, in document order. */
export function findIdentityCodes(doc: ReviewDocument | unknown): CodeLocation[] {
	const found: CodeLocation[] = [];
	walk(doc, [], (text, path) => {
		const count = identityCodesIn(text).length;
		if (count > 0) found.push({ path, count });
	});
	return found;
}

/** The number of valid identity codes anywhere in the document (what the receiver flags). */
export const countIdentityCodes = (doc: unknown): number =>
	findIdentityCodes(doc).reduce((sum, l) => sum + l.count, 0);

/**
 * A field named for a person reading the finish dialog: the item it belongs to
 * (by number, not array index) and the name of the field. `field` is the last
 * key that is not an index or an id, e.g. "text" of a note, "evidence" of a
 * sub-criterion, "documentsChecked" of the visit.
 */
export interface FieldPlace {
	item: number | null;
	/** The containing collection when the field is part of one: notes, subCriteria, interviews, sessions, reviewers. */
	within: string | null;
	field: string;
}

export function placeOf(doc: ReviewDocument, path: DocPath): FieldPlace {
	const itemIndex = path[0] === 'items' && typeof path[1] === 'number' ? path[1] : null;
	const item = itemIndex === null ? null : (doc.items[itemIndex]?.number ?? null);
	const keys = path.filter((p): p is string => typeof p === 'string');
	const field = keys[keys.length - 1] ?? '';
	const collections = ['notes', 'subCriteria', 'interviews', 'sessions', 'reviewers'];
	const within = [...keys].reverse().find((k) => collections.includes(k)) ?? null;
	return { item, within: within === field ? null : within, field };
}
