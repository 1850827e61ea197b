import { describe, expect, it } from 'vitest';
import { checkSize, decodeImport, looksTruncated, MAX_IMPORT_BYTES } from '../../../src/lib/exchange/decode';
import { encodeBackup, encodeReviewFile } from '../../../src/lib/exchange/files';
import { getEdition } from '../../../src/lib/instrument/index';
import { LIMITS } from '../../../src/lib/review/schema';
import { buildFinishedReview, buildFreshReview, withScores } from '../../fixtures/review-builder';

const reviewText = (doc = buildFinishedReview()) => JSON.stringify(doc);
const decode = (text: string) => decodeImport(text, getEdition);
const kind = (text: string) => {
	const r = decode(text);
	return r.ok ? 'ok' : r.kind;
};

describe('size limit', () => {
	it.each([
		[0, true],
		[MAX_IMPORT_BYTES, true],
		[MAX_IMPORT_BYTES + 1, false]
	])('%i bytes accepted: %s', (bytes, accepted) => {
		expect(checkSize(bytes) === null).toBe(accepted);
	});
});

describe('looksTruncated', () => {
	it.each([
		['{"a": 1}', false],
		['{"a": 1', true],
		['{"a": "x', true],
		['[1, 2', true],
		['{"a": "}"}', false],
		['{"a": "\\"}', true],
		['nonsense', false],
		['{"a": 1}}', false]
	])('%s → %s', (text, truncated) => {
		expect(looksTruncated(text)).toBe(truncated);
	});
});

describe('decodeImport refuses, naming why', () => {
	const full = reviewText();
	const backup = (over: Record<string, unknown>) =>
		JSON.stringify({ kind: 'laatuarvio.backup', version: 1, createdAt: '2026-11-22T10:00:00Z', app: { version: '0.1.0' }, reviews: [], ...over });
	const docWith = (f: (d: ReturnType<typeof buildFinishedReview>) => void) => {
		const d = buildFinishedReview();
		f(d);
		return JSON.stringify(d);
	};

	it.each([
		['empty file', '', 'empty'],
		['only whitespace and a BOM', '\uFEFF  \n', 'empty'],
		['not JSON at all', 'hello <b>world</b>', 'not-json'],
		['JSON cut in half', full.slice(0, Math.floor(full.length / 2)), 'truncated'],
		['JSON with a stray comma', '{"a": 1,}', 'not-json'],
		['an array', '[1, 2]', 'unknown-kind'],
		['some other JSON object', '{"name": "x"}', 'unknown-kind'],
		['a number', '42', 'unknown-kind'],
		['a backup of a later version', backup({ version: 2 }), 'unsupported-version'],
		['a review of a later format', docWith((d) => ((d as { format: string }).format = 'laatuarvio.review/3')), 'unsupported-version'],
		['another program\'s format', docWith((d) => ((d as { format: string }).format = 'other/1')), 'unknown-kind'],
		['a review without a service name', docWith((d) => (d.meta.service = '')), 'invalid'],
		['a score of 6', docWith((d) => ((d.items[0] as { score: number }).score = 6)), 'invalid'],
		['an over-long note', docWith((d) => (d.items[0]!.notes[0]!.text = 'x'.repeat(LIMITS.longText + 1))), 'invalid'],
		['a backup with a bad review in it', backup({ reviews: [{ id: 'x' }] }), 'invalid'],
		['a finished review with an unscored item', docWith((d) => (d.items[4]!.score = null)), 'invalid'],
		['an unknown edition', docWith((d) => (d.edition = 'fi-2099-01-01')), 'unknown-edition'],
		['items missing', docWith((d) => { d.items = d.items.slice(0, 24); d.finishedAt = null; d.totals = null; }), 'items-mismatch'],
		['a backup with one review twice', backup({ reviews: [buildFinishedReview(), buildFinishedReview()] }), 'duplicate-ids']
	])('%s → %s', (_name, text, expected) => {
		expect(kind(text)).toBe(expected);
	});

	it('reports schema problems as paths and codes, at most three', () => {
		const d = buildFinishedReview() as unknown as { meta: Record<string, unknown> };
		d.meta.service = '';
		d.meta.place = 5;
		d.meta.startDate = 'eilen';
		d.meta.reviewType = 'x';
		const r = decode(JSON.stringify(d));
		expect(r.ok).toBe(false);
		if (r.ok || r.kind !== 'invalid') throw new Error('expected invalid');
		expect(r.issues).toHaveLength(3);
		expect(r.issues[0]).toEqual({ path: 'meta.service', code: 'too_small' });
		expect(r.issues.map((i) => i.path)).toEqual(['meta.service', 'meta.place', 'meta.startDate']);
	});

	it('prefixes a finished-check issue in a backup with the review\'s place', () => {
		const bad = withScores(buildFreshReview(), { 2: null });
		const r = decode(backup({ reviews: [buildFreshReview(), bad] }));
		if (r.ok || r.kind !== 'invalid') throw new Error('expected invalid');
		expect(r.issues[0]!.path).toBe('reviews.1.items');
	});
});

describe('decodeImport accepts', () => {
	it('a review file exactly as exported', () => {
		const doc = buildFinishedReview();
		const file = encodeReviewFile(doc);
		if (!file.ok) throw new Error('encode failed');
		expect(decode(file.text)).toEqual({ ok: true, source: { kind: 'review' }, reviews: [doc] });
	});

	it('a backup of several reviews, drafts included', () => {
		const docs = [buildFreshReview(), { ...buildFreshReview(), finishedAt: null, totals: null }];
		const file = encodeBackup(docs, '2026-11-22T10:00:00.000Z', '0.1.0');
		if (!file.ok) throw new Error('encode failed');
		const r = decode(file.text);
		expect(r).toEqual({ ok: true, source: { kind: 'backup', createdAt: '2026-11-22T10:00:00.000Z', appVersion: '0.1.0' }, reviews: docs });
	});

	it('HTML and script in a note as the literal text typed', () => {
		const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		const doc = buildFinishedReview();
		doc.items[0]!.notes[0]!.text = hostile;
		const r = decode(JSON.stringify(doc));
		if (!r.ok) throw new Error(r.kind);
		expect(r.reviews[0]!.items[0]!.notes[0]!.text).toBe(hostile);
	});

	it('a file saved with a UTF-8 BOM', () => {
		expect(kind('\uFEFF' + reviewText())).toBe('ok');
	});
});
