import type { Edition } from '../instrument/schema';
import { parseAnyFormat } from '../review/migrate';
import { FORMAT, FORMAT_1, FinishedReviewDocument, type ReviewDocument } from '../review/schema';
import { BACKUP_KIND, BACKUP_VERSION, Backup, summarizeIssues, type Issue } from './files';

/**
 * Reading an imported file: every way it can be wrong is a named failure, so the
 * screen can say what happened in plain words, and nothing is written unless the
 * whole file decoded. Hostile text needs no special case here: the screens never
 * render user text as HTML, and the schema's length limits refuse runaway strings.
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportSource = { kind: 'review' } | { kind: 'backup'; createdAt: string; appVersion: string };

export type DecodeFailure =
	| { kind: 'too-large'; bytes: number; limit: number }
	| { kind: 'empty' }
	| { kind: 'truncated' }
	| { kind: 'not-json' }
	| { kind: 'unknown-kind' }
	| { kind: 'unsupported-version'; found: string }
	| { kind: 'invalid'; issues: Issue[] }
	| { kind: 'unknown-edition'; editions: string[] }
	/** The items are not the edition's items 1..n, once each. */
	| { kind: 'items-mismatch'; ids: string[] }
	| { kind: 'duplicate-ids'; ids: string[] };

export type Decoded = { ok: true; source: ImportSource; reviews: ReviewDocument[] } | ({ ok: false } & DecodeFailure);

/** Checked on `File.size` before reading, so a huge file is never loaded into memory. */
export function checkSize(bytes: number): Decoded | null {
	return bytes > MAX_IMPORT_BYTES ? { ok: false, kind: 'too-large', bytes, limit: MAX_IMPORT_BYTES } : null;
}

/**
 * True when the text stops inside a string or with brackets still open — a cut-off
 * download or copy — as opposed to JSON that is wrong all through.
 */
export function looksTruncated(text: string): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') depth--;
	}
	return inString || depth > 0;
}

export function parseJson(text: string): { ok: true; value: unknown } | ({ ok: false } & DecodeFailure) {
	const trimmed = text.replace(/^\uFEFF/, '').trim();
	if (trimmed === '') return { ok: false, kind: 'empty' };
	try {
		return { ok: true, value: JSON.parse(trimmed) };
	} catch {
		return { ok: false, kind: looksTruncated(trimmed) ? 'truncated' : 'not-json' };
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readShape(value: unknown): { ok: true; source: ImportSource; reviews: ReviewDocument[] } | ({ ok: false } & DecodeFailure) {
	if (!isRecord(value)) return { ok: false, kind: 'unknown-kind' };
	if (value.kind === BACKUP_KIND) {
		if (value.version !== BACKUP_VERSION) return { ok: false, kind: 'unsupported-version', found: String(value.version) };
		const parsed = Backup.safeParse(value);
		if (!parsed.success) return { ok: false, kind: 'invalid', issues: summarizeIssues(parsed.error) };
		const { createdAt, app, reviews } = parsed.data;
		return { ok: true, source: { kind: 'backup', createdAt, appVersion: app.version }, reviews };
	}
	if (typeof value.format === 'string' && 'meta' in value) {
		if (value.format !== FORMAT && value.format !== FORMAT_1) {
			return value.format.startsWith('laatuarvio.review/')
				? { ok: false, kind: 'unsupported-version', found: value.format.slice(0, 40) }
				: { ok: false, kind: 'unknown-kind' };
		}
		const parsed = parseAnyFormat(value);
		if (!parsed.success) return { ok: false, kind: 'invalid', issues: summarizeIssues(parsed.error) };
		return { ok: true, source: { kind: 'review' }, reviews: [parsed.data] };
	}
	return { ok: false, kind: 'unknown-kind' };
}

/** A finished review must be whole (as an upload would be); issue paths name its place in the file. */
function checkFinished(reviews: ReviewDocument[], source: ImportSource): DecodeFailure | null {
	for (const [index, doc] of reviews.entries()) {
		if (doc.finishedAt === null) continue;
		const parsed = FinishedReviewDocument.safeParse(doc);
		if (parsed.success) continue;
		const prefix = source.kind === 'backup' ? `reviews.${index}.` : '';
		return { kind: 'invalid', issues: summarizeIssues(parsed.error).map((i) => ({ ...i, path: prefix + i.path })) };
	}
	return null;
}

function itemsMatch(doc: ReviewDocument, edition: Edition): boolean {
	const numbers = doc.items.map((i) => i.number);
	return numbers.length === edition.items.length && edition.items.every((it) => numbers.includes(it.number));
}

export function decodeImport(text: string, editionOf: (id: string) => Edition | undefined): Decoded {
	const json = parseJson(text);
	if (!json.ok) return json;
	const shape = readShape(json.value);
	if (!shape.ok) return shape;
	const finished = checkFinished(shape.reviews, shape.source);
	if (finished) return { ok: false, ...finished };
	const unknown = [...new Set(shape.reviews.map((r) => r.edition).filter((e) => !editionOf(e)))];
	if (unknown.length > 0) return { ok: false, kind: 'unknown-edition', editions: unknown };
	const mismatched = shape.reviews.filter((r) => !itemsMatch(r, editionOf(r.edition) as Edition)).map((r) => r.id);
	if (mismatched.length > 0) return { ok: false, kind: 'items-mismatch', ids: mismatched };
	const seen = new Set<string>();
	const dupes = shape.reviews.map((r) => r.id).filter((id) => seen.has(id) || !seen.add(id));
	if (dupes.length > 0) return { ok: false, kind: 'duplicate-ids', ids: [...new Set(dupes)] };
	return shape;
}
