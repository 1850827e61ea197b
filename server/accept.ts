import * as z from 'zod/mini';
import { getEdition } from '../src/lib/instrument/index';
import type { Edition } from '../src/lib/instrument/schema';
import { parseFinishedAnyFormat } from '../src/lib/review/migrate';
import { FORMAT_1, type ReviewDocument, type Totals } from '../src/lib/review/schema';
import { computeTotals } from '../src/lib/scoring/totals';
import { ACCEPTED_FORMATS, type ErrorCode, type Issue } from '../src/lib/sync/protocol';
import { canonicalJson } from './canonical';
import { deriveFields, type Derived } from './derived';

/**
 * Everything the receiver checks about an uploaded document, in the order a
 * client can act on it. The shared schema and scoring rules are imported, never
 * copied: this file is where the receiver is authoritative over the JSON Schema.
 */
export type Acceptance =
	| { ok: true; document: ReviewDocument; serverTotals: Totals; totalsMatch: boolean; derived: Derived }
	| { ok: false; status: 400 | 422; code: ErrorCode; message: string; issues?: Issue[] };

/** zod/mini ships no messages; the English locale is applied per parse, leaving global config alone. */
const english = z.locales.en();
const MAX_ISSUES = 50;

export function acceptDocument(body: unknown, path: { reviewId: string; revision: number }): Acceptance {
	const format = isRecord(body) ? body.format : undefined;
	if (typeof format === 'string' && !(ACCEPTED_FORMATS as readonly string[]).includes(format)) {
		return reject(422, 'unsupported-format', `format ${clipped(format)} is not accepted; accepted: ${ACCEPTED_FORMATS.join(', ')}`);
	}
	// A format-1 document is checked as format 1 and read as format 2 (src/lib/review/migrate.ts);
	// what is stored is the body as sent, so a retry of the same bytes stays idempotent.
	const parsed = parseFinishedAnyFormat(body, { error: english.localeError });
	if (!parsed.success) {
		const issues = parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
		const named = format === FORMAT_1 ? FORMAT_1 : ACCEPTED_FORMATS[0];
		return reject(422, 'invalid-document', `the document does not match ${named}`, issues);
	}
	const document = parsed.data;
	if (document.id !== path.reviewId || document.revision !== path.revision) {
		return reject(400, 'path-mismatch', 'the id and revision in the document must equal those in the path');
	}
	const edition = getEdition(document.edition);
	if (!edition) return reject(422, 'unknown-edition', `edition ${document.edition} is not known to this receiver`);
	const issues = itemIssues(edition, document);
	if (issues.length > 0) {
		return reject(422, 'items-mismatch', `the items do not match edition ${edition.id}`, issues.slice(0, MAX_ISSUES));
	}
	const serverTotals = computeTotals(edition, document.items);
	const totalsMatch = document.totals !== null && canonicalJson(document.totals) === canonicalJson(serverTotals);
	// Item scores, agreement figures (two reviewers) and personal-data counts, stored beside the revision.
	return { ok: true, document, serverTotals, totalsMatch, derived: deriveFields(document, edition, body) };
}

/** Each edition item exactly once, and only sub-criteria that item has. */
function itemIssues(edition: Edition, document: ReviewDocument): Issue[] {
	const issues: Issue[] = [];
	const byNumber = new Map(edition.items.map((item) => [item.number, item]));
	const seen = new Set<number>();
	document.items.forEach((answer, index) => {
		const item = byNumber.get(answer.number);
		if (!item) return issues.push({ path: `items.${index}.number`, message: `item ${answer.number} is not in the edition` });
		if (seen.has(answer.number)) return issues.push({ path: `items.${index}.number`, message: `item ${answer.number} appears twice` });
		seen.add(answer.number);
		const known = new Set(item.subCriteria.map((s) => s.id));
		for (const id of Object.keys(answer.subCriteria)) {
			if (!known.has(id)) issues.push({ path: `items.${index}.subCriteria.${id}`, message: `item ${item.number} has no sub-criterion ${id}` });
		}
	});
	for (const number of byNumber.keys()) {
		if (!seen.has(number)) issues.push({ path: 'items', message: `item ${number} is missing` });
	}
	return issues;
}

function reject(status: 400 | 422, code: ErrorCode, message: string, issues?: Issue[]): Acceptance {
	return issues ? { ok: false, status, code, message, issues } : { ok: false, status, code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clipped(text: string): string {
	return JSON.stringify(text.length > 64 ? `${text.slice(0, 64)}…` : text);
}
