import type { Issue } from '$lib/exchange/files';
import { m } from '$lib/paraglide/messages';

type Label = () => string;

// The names a file's path may hold, each with its message written out (never a key built
// from the name): the type check then sees every message used, and the screen's code
// carries these strings only.
const LISTS = new Map<string, (inputs: { n: number | string }) => string>([
	['reviews', m['exchange.import.field.reviews']],
	['items', m['exchange.import.field.items']],
	['notes', m['exchange.import.field.notes']],
	['reviewers', m['exchange.import.field.reviewers']],
	['interviews', m['exchange.import.field.interviews']]
]);
const NAMED = new Map<string, Label>([
	['meta', m['exchange.import.field.meta']],
	['service', m['exchange.import.field.service']],
	['organisation', m['exchange.import.field.organisation']],
	['place', m['exchange.import.field.place']],
	['startDate', m['exchange.import.field.startDate']],
	['endDate', m['exchange.import.field.endDate']],
	['reviewType', m['exchange.import.field.reviewType']],
	['score', m['exchange.import.field.score']],
	['text', m['exchange.import.field.text']],
	['role', m['exchange.import.field.role']],
	['strengths', m['exchange.import.field.strengths']],
	['recommendations', m['exchange.import.field.recommendations']],
	['conclusions', m['exchange.import.field.conclusions']],
	['finishedAt', m['exchange.import.field.finishedAt']],
	['totals', m['exchange.import.field.totals']],
	['id', m['exchange.import.field.id']],
	['revision', m['exchange.import.field.revision']],
	['createdAt', m['exchange.import.field.createdAt']],
	['updatedAt', m['exchange.import.field.updatedAt']],
	['format', m['exchange.import.field.format']]
]);
const CODES = new Map<string, Label>([
	['too_big', m['exchange.import.issue.too_big']],
	['too_small', m['exchange.import.issue.too_small']],
	['invalid_type', m['exchange.import.issue.invalid_type']],
	['invalid_format', m['exchange.import.issue.invalid_format']],
	['invalid_value', m['exchange.import.issue.invalid_value']],
	['invalid_union', m['exchange.import.issue.invalid_union']],
	['custom', m['exchange.import.issue.custom']]
]);

/**
 * A zod issue in the reviewer's words: "kohta 5 › muistiinpano 1 › teksti: liian
 * pitkä". List positions count from 1; names without a translation stay as in the file.
 */
export function describeIssue(issue: Issue): string {
	const parts: string[] = [];
	const segments = issue.path === '' ? [] : issue.path.split('.');
	for (let i = 0; i < segments.length; i++) {
		const name = segments[i] ?? '';
		const next = segments[i + 1];
		const list = LISTS.get(name);
		if (list && next !== undefined && /^\d+$/.test(next)) {
			parts.push(list({ n: Number(next) + 1 }));
			i++;
		} else if (list) parts.push(list({ n: '' }).trim());
		else parts.push(NAMED.get(name)?.() ?? name);
	}
	const what = (CODES.get(issue.code) ?? m['exchange.import.issue.other'])();
	return parts.length ? `${parts.join(' › ')}: ${what}` : what;
}
