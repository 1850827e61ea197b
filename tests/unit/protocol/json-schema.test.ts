import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema, SCHEMA_FILES } from '../../../scripts/write-json-schema';
import formatOne from '../../fixtures/finished-review.json';
import { buildFinishedReview } from '../../fixtures/review-builder';

/**
 * No JSON Schema library is installed, so this walks the keywords the generated
 * file actually uses. Enough to show the published file describes real documents;
 * the receiver's zod validation stays authoritative.
 */
type Schema = Record<string, unknown>;

function violations(schema: Schema, value: unknown, at = '$'): string[] {
	const out: string[] = [];
	if ('const' in schema && value !== schema.const) out.push(`${at}: not ${String(schema.const)}`);
	if (Array.isArray(schema.enum) && !schema.enum.includes(value)) out.push(`${at}: not in enum`);
	if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => violations(s as Schema, value, at).length === 0)) {
		out.push(`${at}: matches no anyOf branch`);
	}
	if (typeof schema.type === 'string' && !hasType(schema.type, value)) return [...out, `${at}: not ${schema.type}`];
	if (typeof value === 'string') {
		if (typeof schema.minLength === 'number' && value.length < schema.minLength) out.push(`${at}: too short`);
		if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) out.push(`${at}: too long`);
		if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) out.push(`${at}: pattern`);
	}
	if (typeof value === 'number') {
		if (typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${at}: below minimum`);
		if (typeof schema.maximum === 'number' && value > schema.maximum) out.push(`${at}: above maximum`);
	}
	if (Array.isArray(value)) {
		if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) out.push(`${at}: too many items`);
		if (schema.items) value.forEach((v, i) => out.push(...violations(schema.items as Schema, v, `${at}[${i}]`)));
	}
	if (value && typeof value === 'object' && !Array.isArray(value)) {
		const record = value as Record<string, unknown>;
		const properties = (schema.properties ?? {}) as Record<string, Schema>;
		for (const key of (schema.required ?? []) as string[]) if (!(key in record)) out.push(`${at}.${key}: required`);
		for (const [key, v] of Object.entries(record)) {
			if (properties[key]) out.push(...violations(properties[key], v, `${at}.${key}`));
			else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
				out.push(...violations(schema.additionalProperties as Schema, v, `${at}.${key}`));
			}
			if (schema.propertyNames) out.push(...violations(schema.propertyNames as Schema, key, `${at}{${key}}`));
		}
	}
	return out;
}

function hasType(type: string, value: unknown): boolean {
	if (type === 'integer') return Number.isInteger(value);
	if (type === 'null') return value === null;
	if (type === 'array') return Array.isArray(value);
	if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
	return typeof value === type;
}

const FORMATS = [
	// format, file name part, a finished document of that format
	['laatuarvio.review/2', 'laatuarvio.review-2', () => buildFinishedReview() as unknown],
	['laatuarvio.review/1', 'laatuarvio.review-1', () => structuredClone(formatOne) as unknown]
] as const;

describe.each(FORMATS)('the published JSON Schema of %s', (format, name, finished) => {
	const committed = readFileSync(SCHEMA_FILES[format], 'utf8');
	const schema = JSON.parse(committed) as Schema;

	it(`is static/schema/${name}.schema.json as scripts/write-json-schema.ts writes it now (run it after changing src/lib/review/schema.ts)`, () => {
		expect(SCHEMA_FILES[format]).toMatch(new RegExp(`${name}\\.schema\\.json$`));
		expect(committed).toBe(buildJsonSchema(format));
	});

	it('names itself and the top-level fields of a review', () => {
		expect(schema).toMatchObject({ $id: expect.stringContaining(name), type: 'object' });
		expect(schema.required).toEqual(
			expect.arrayContaining(['format', 'id', 'revision', 'edition', 'meta', 'visit', 'items', 'totals', 'finishedAt'])
		);
	});

	it('describes the fixture finished review', () => {
		expect((finished() as { format: string }).format).toBe(format);
		expect(violations(schema, finished())).toEqual([]);
	});

	it.each<[string, (doc: Record<string, unknown>) => void, string]>([
		['a wrong format', (d) => (d.format = 'laatuarvio.review/0'), `$.format: not ${format}`],
		['a missing edition', (d) => delete d.edition, '$.edition: required'],
		['a score of 6', (d) => ((d.items as { score: number }[])[0]!.score = 6), '$.items[0].score: matches no anyOf branch'],
		['a bad sub-criterion key', (d) => ((d.items as { subCriteria: object }[])[4]!.subCriteria = { x: { met: true, evidence: '' } }), '$.items[4].subCriteria{x}: pattern']
	])('flags %s', (_name, spoil, expected) => {
		const doc = finished() as Record<string, unknown>;
		spoil(doc);
		expect(violations(schema, doc)).toContain(expected);
	});
});

describe('the format 2 schema', () => {
	const schema = JSON.parse(readFileSync(SCHEMA_FILES['laatuarvio.review/2'], 'utf8')) as Schema;

	it('requires ratings and consensus, and describes a rating', () => {
		expect(schema.required).toEqual(expect.arrayContaining(['ratings', 'consensus']));
		const doc = buildFinishedReview() as unknown as Record<string, unknown>;
		doc.ratings = [{ reviewer: 'A', items: [{ number: 1, score: 9, subCriteria: {}, notes: '' }], lockedAt: null, hash: 'x' }];
		expect(violations(schema, doc)).toEqual(
			expect.arrayContaining(['$.ratings[0].items[0].score: matches no anyOf branch', '$.ratings[0].hash: matches no anyOf branch'])
		);
	});
});
