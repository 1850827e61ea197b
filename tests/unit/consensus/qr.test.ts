import { describe, expect, it } from 'vitest';
import { joinFileOf, readJoinFile } from '../../../src/lib/consensus/files';
import { decodeJoinQr, encodeJoinQr, QR_MAX_BYTES, visitHasContent } from '../../../src/lib/consensus/qr';
import { setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { getEdition } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import type { ReviewDocument, ReviewMeta } from '../../../src/lib/review/schema';

const edition = getEdition('fi-2021-11-01')!;
const NOW = '2026-11-30T10:00:00.000Z';
const ID = '0b6d3f7e-1d2c-4c3b-9a8e-7f6e5d4c3b2a';
const META: ReviewMeta = {
	service: 'Työhönvalmennus Pohjois-Savo',
	organisation: 'Hyvinvointialue',
	place: 'Kuopio',
	reviewers: ['Aino Arvioija', 'Bertil Bedömare'],
	startDate: '2026-11-02',
	endDate: '2026-11-03',
	reviewType: 'external'
};
const pair = (meta: Partial<ReviewMeta> = {}, names: readonly string[] = ['Aino Arvioija', 'Bertil Bedömare']): ReviewDocument =>
	startPair(names[0]!, names[1]!)(createReviewDocument({ id: ID, edition, meta: { ...META, ...meta }, now: NOW }));

const encoded = (doc: ReviewDocument) => {
	const qr = encodeJoinQr(joinFileOf(doc));
	if (!qr.ok) throw new Error(`too long: ${qr.bytes}`);
	return qr;
};

describe('join QR code: round trip', () => {
	it.each([
		['a usual set-up', {}, undefined],
		['no end date, self review', { endDate: null, reviewType: 'self' as const }, undefined],
		['empty organisation and place', { organisation: '', place: '' }, undefined],
		['quotes, backslashes and markup in names', { service: 'Palvelu "A" \\ <b>&amp;</b>' }, ['O\'Brien "Ö"', 'Åsa <script>']],
		['emoji and line breaks', { place: 'Oulu 🏢\nkeskusta' }, undefined]
	])('%s: the code decodes to the same set-up the join file carries', (_name, meta, names) => {
		const doc = pair(meta, names);
		const file = joinFileOf(doc);
		const read = decodeJoinQr(encoded(doc).text);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.file.review.id).toBe(file.review.id);
		expect(read.file.review.edition).toBe(file.review.edition);
		expect(read.file.review.createdAt).toBe(file.review.createdAt);
		expect(read.file.review.meta).toEqual(file.review.meta);
		expect(read.file.reviewers).toEqual(file.reviewers);
		// The same value a join file without a visit would give, through the same reader.
		const viaFile = readJoinFile(JSON.stringify({ ...file, review: { ...file.review, visit: { interviews: [], documentsChecked: '', schedule: '' } } }));
		expect(viaFile.ok && viaFile.file).toEqual(read.file);
	});

	it('carries no score: a scored rating leaves the code unchanged', () => {
		const doc = pair();
		expect(encoded(setRatingScore('Aino Arvioija', 1, 5)(doc)).text).toBe(encoded(doc).text);
		expect(encoded(doc).text).not.toContain('score');
	});

	it('a usual set-up stays far below the limit (a small, easily read symbol)', () => {
		const qr = encoded(pair());
		expect(qr.text.startsWith('LAJ1:[')).toBe(true);
		expect(qr.bytes).toBeLessThan(350);
	});

	it.each([
		['longest fields that still fit', 'x'.repeat(200), 'y'.repeat(150), true],
		['ten long reviewer names do not fit', 'x'.repeat(20), 'y'.repeat(20), false]
	])('%s', (_name, service, organisation, fits) => {
		const reviewers = fits ? META.reviewers : Array.from({ length: 10 }, (_, i) => `Arvioija ${i} ${'ä'.repeat(60)}`);
		const qr = encodeJoinQr(joinFileOf(pair({ service, organisation, reviewers })));
		expect(qr.ok).toBe(fits);
		if (qr.ok) expect(qr.bytes).toBeLessThanOrEqual(QR_MAX_BYTES);
		else expect(qr.bytes).toBeGreaterThan(QR_MAX_BYTES);
	});
});

describe('join QR code: what it leaves out', () => {
	const withVisit = (change: (d: ReviewDocument) => ReviewDocument) => encoded(change(pair())).visitLeftOut;
	it.each([
		['untouched visit', (d: ReviewDocument) => d, false],
		['a schedule typed', (d: ReviewDocument) => ({ ...d, visit: { ...d.visit, schedule: 'ma 9–16' } }), true],
		['documents checked', (d: ReviewDocument) => ({ ...d, visit: { ...d.visit, documentsChecked: 'asiakaskirjaukset' } }), true],
		['an edited plan', (d: ReviewDocument) => ({ ...d, visit: { ...d.visit, plan: { documents: [], interviews: [], agenda: [] } } }), true],
		['a plan entry ticked', (d: ReviewDocument) => ({ ...d, visit: { ...d.visit, planDone: ['doc-1'] } }), true]
	])('%s → visit left out: %s', (_name, change, expected) => {
		expect(withVisit(change)).toBe(expected);
		expect(visitHasContent(change(pair()).visit)).toBe(expected);
	});
});

describe('join QR code: refused, with the same failures as a join file', () => {
	const good = () => encoded(pair()).text;
	const swap = (from: string, to: string) => good().replace(from, to);
	it.each([
		['empty', '   ', 'empty'],
		['a web address', 'https://example.org/liity', 'not-join-code'],
		['a join file pasted as text', JSON.stringify(joinFileOf(pair())), 'not-join-code'],
		['lower-case prefix', good().replace('LAJ1:', 'laj1:'), 'not-join-code'],
		['another version of the code', good().replace('LAJ1:', 'LAJ2:'), 'unsupported-version'],
		['cut off in the middle', good().slice(0, 60), 'truncated'],
		['garbled body', 'LAJ1:[not json]', 'not-json'],
		['an object instead of the array', 'LAJ1:{"id":"x"}', 'invalid'],
		['one field missing', `LAJ1:${JSON.stringify(JSON.parse(good().slice(5)).slice(1))}`, 'invalid'],
		['not a uuid', swap(ID, 'not-a-uuid'), 'invalid'],
		['a reviewer name over 200 characters', swap('"Bertil Bedömare"]]', `"${'B'.repeat(201)}"]]`), 'invalid'],
		['a number where a name belongs', swap('"Bertil Bedömare"]]', '42]]'), 'invalid'],
		['an unknown review type', swap('"external"', '"internal"'), 'invalid'],
		['a prototype-polluting key in place of meta', swap('"Kuopio"', '{"__proto__":{"x":1}}'), 'invalid'],
		['longer than any QR code', `LAJ1:[${'"x",'.repeat(1000)}"x"]`, 'not-join-code']
	])('%s → %s', (_name, text, kind) => {
		const read = decodeJoinQr(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.kind).toBe(kind);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('an edition this app does not know parses, and is refused by checkJoin as for a file', async () => {
		const { checkJoin } = await import('../../../src/lib/consensus/files');
		const read = decodeJoinQr(swap('"fi-2021-11-01"', '"fi-2030-01-01"'));
		expect(read.ok).toBe(true);
		if (read.ok) expect(checkJoin(read.file, new Set(), (e) => e === 'fi-2021-11-01')).toEqual({ ok: false, kind: 'unknown-edition' });
	});
});
