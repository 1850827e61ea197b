import { describe, expect, it } from 'vitest';
import { decodeImport } from '../../../src/lib/exchange/decode';
import { getEdition } from '../../../src/lib/instrument/index';
import { migrate1to2, parseAnyFormat, parseFinishedAnyFormat, toCurrent } from '../../../src/lib/review/migrate';
import { FORMAT, ReviewDocumentV1 } from '../../../src/lib/review/schema';
import formatOne from '../../fixtures/finished-review.json';

/** The fixture is a finished review written in format 1, before format 2 existed. */
const old = () => structuredClone(formatOne) as Record<string, unknown>;

describe('migration laatuarvio.review/1 → /2', () => {
	it('makes the one reviewer\'s answers the result: no ratings, no consensus, everything else as it was', () => {
		const parsed = parseAnyFormat(old());
		expect(parsed.success).toBe(true);
		if (!parsed.success) return;
		const { format, ratings, consensus, visit: _visit, ...rest } = parsed.data;
		expect({ format, ratings, consensus }).toEqual({ format: FORMAT, ratings: [], consensus: [] });
		// The visit's old interviews become sessions: tests/unit/visit/schema-migration.test.ts.
		const { format: _oldFormat, visit: _oldVisit, ...oldRest } = old();
		// Every field of the old document as it was; fields format 1 gained later get their defaults.
		expect(rest).toMatchObject(oldRest);
		expect(rest.actionPlan).toEqual((oldRest as { actionPlan?: unknown }).actionPlan ?? []);
		expect(rest.items.map((i) => i.justification)).toEqual(rest.items.map(() => ''));
	});

	it('keeps a finished format-1 review finished (what an old outbox payload or upload holds)', () => {
		const parsed = parseFinishedAnyFormat(old());
		expect(parsed.success && parsed.data.totals?.total).toBe(100);
	});

	it('carries over fields that format 1 gained after it was first published', () => {
		// Other additions (a justification per item, an action plan) are parsed by the shared
		// object schema; the migration itself must not drop what it does not know.
		const v1 = { ...ReviewDocumentV1.parse(old()), later: [{ what: 'x' }] } as ReviewDocumentV1;
		expect(migrate1to2(v1)).toMatchObject({ format: FORMAT, later: [{ what: 'x' }] });
	});

	it('leaves a format-2 document alone', () => {
		const current = toCurrent(ReviewDocumentV1.parse(old()));
		expect(toCurrent(current)).toBe(current);
		expect(parseAnyFormat(current)).toEqual({ success: true, data: current });
	});

	it.each<[string, (d: Record<string, unknown>) => void, string]>([
		['an unknown format', (d) => (d.format = 'laatuarvio.review/9'), 'format'],
		['format 2 without ratings', (d) => ((d.format = FORMAT), (d.consensus = [])), 'ratings'],
		['format 1 with a broken item', (d) => ((d.items as { score: unknown }[])[0]!.score = 'viisi'), 'items.0.score']
	])('refuses %s, naming the field', (_name, spoil, path) => {
		const doc = old();
		spoil(doc);
		const parsed = parseAnyFormat(doc);
		expect(parsed.success).toBe(false);
		if (!parsed.success) expect(parsed.error.issues.map((i) => i.path.join('.'))).toContain(path);
	});

	it('imports a format-1 review file and a backup of format-1 reviews as format 2', () => {
		const single = decodeImport(JSON.stringify(old()), getEdition);
		expect(single.ok && single.reviews.map((r) => r.format)).toEqual([FORMAT]);
		const backup = { kind: 'laatuarvio.backup', version: 1, createdAt: '2026-03-05T10:00:00.000Z', app: { version: '0.1.0' }, reviews: [old()] };
		const decoded = decodeImport(JSON.stringify(backup), getEdition);
		expect(decoded.ok && decoded.reviews.map((r) => [r.format, r.ratings])).toEqual([[FORMAT, []]]);
	});
});
