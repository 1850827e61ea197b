import type { Issue } from '$lib/exchange/files';

type Translate = (key: string, options?: { values?: Record<string, string | number> }) => string;

const LISTS = new Set(['reviews', 'items', 'notes', 'reviewers', 'interviews']);
const NAMED = new Set([
	'meta', 'service', 'organisation', 'place', 'startDate', 'endDate', 'reviewType', 'score', 'text', 'role',
	'strengths', 'recommendations', 'conclusions', 'finishedAt', 'totals', 'id', 'revision', 'createdAt', 'updatedAt', 'format'
]);

/**
 * A zod issue in the reviewer's words: "kohta 5 › muistiinpano 1 › teksti: liian
 * pitkä". List positions count from 1; names without a translation stay as in the file.
 */
export function describeIssue(issue: Issue, t: Translate): string {
	const parts: string[] = [];
	const segments = issue.path === '' ? [] : issue.path.split('.');
	for (let i = 0; i < segments.length; i++) {
		const name = segments[i] ?? '';
		const next = segments[i + 1];
		if (LISTS.has(name) && next !== undefined && /^\d+$/.test(next)) {
			parts.push(t(`exchange.import.field.${name}`, { values: { n: Number(next) + 1 } }));
			i++;
		} else if (LISTS.has(name)) parts.push(t(`exchange.import.field.${name}`, { values: { n: '' } }).trim());
		else parts.push(NAMED.has(name) ? t(`exchange.import.field.${name}`) : name);
	}
	const known = ['too_big', 'too_small', 'invalid_type', 'invalid_format', 'invalid_value', 'invalid_union', 'custom'];
	const what = t(`exchange.import.issue.${known.includes(issue.code) ? issue.code : 'other'}`);
	return parts.length ? `${parts.join(' › ')}: ${what}` : what;
}
