import { describe, expect, it } from 'vitest';
import {
	isValidRetentionDays,
	planRetention,
	removable,
	withoutNotes,
	type RetentionOutbox,
	type RetentionPayload,
	type RetentionReview
} from '../../../src/lib/privacy/retention';
import { toCurrent } from '../../../src/lib/review/migrate';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';

const CONFIRMED = '2026-11-01T10:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

/** A finished review with notes, evidence and visit texts (the fixture has notes and visit texts). */
function notedReview(): ReviewDocument {
	const doc = buildFreshReview();
	doc.items[1]!.subCriteria = { '2.1': { met: true, evidence: 'kansio 3' }, '2.2': { met: false, evidence: '' } };
	return doc;
}

function world(status: string, opts: { revisionOnDevice?: number; rowStatus?: 'draft' | 'finished'; exportedAt?: string | null; noOutbox?: boolean } = {}) {
	const doc = notedReview();
	const reviews: RetentionReview[] = [
		{ id: doc.id, status: opts.rowStatus ?? 'finished', revision: opts.revisionOnDevice ?? 1, doc: { ...doc, revision: opts.revisionOnDevice ?? 1 }, exportedAt: opts.exportedAt ?? null }
	];
	const outbox: RetentionOutbox[] = opts.noOutbox ? [] : [{ reviewId: doc.id, revision: 1, status, uploadedAt: status === 'uploaded' ? CONFIRMED : null }];
	const payloads: RetentionPayload[] = opts.noOutbox ? [] : [{ reviewId: doc.id, revision: 1, doc }];
	return { doc, reviews, outbox, payloads };
}

describe('which revisions are due, by the clock', () => {
	it.each([
		// days, now, due
		[30, '2026-11-01T10:00:00.000Z', false], // confirmed this moment
		[30, '2026-12-01T09:59:59.999Z', false], // a millisecond before 30 days
		[30, '2026-12-01T10:00:00.000Z', true], // exactly 30 days
		[30, '2027-06-01T00:00:00.000Z', true],
		[1, '2026-11-02T10:00:00.000Z', true],
		[1, '2026-11-02T09:59:59.000Z', false],
		[null, '2036-01-01T00:00:00.000Z', false] // off: listed, never due
	])('%s days, now %s → due %s', (days, now, due) => {
		const { reviews, outbox, payloads } = world('uploaded');
		const [entry] = planRetention({ since: 0, reviews, outbox, payloads, days, now: at(now) });
		expect(entry).toMatchObject({ revision: 1, confirmedAt: CONFIRMED, due, inReview: true, inPayload: true });
		expect(entry!.removeAt).toBe(days === null ? null : new Date(at(CONFIRMED) + days * 86_400_000).toISOString());
	});
});

describe('notice: the days count from when the rule took effect here, if later', () => {
	it.each([
		['rule older than the upload', at('2026-10-01T00:00:00.000Z'), '2026-12-01T10:00:00.000Z'],
		['rule started 60 days after the upload', at('2026-12-31T10:00:00.000Z'), '2027-01-30T10:00:00.000Z'],
		['rule not yet started (counted from now)', null, '2027-03-01T10:00:00.000Z']
	])('%s → removed at %s', (_, since, removeAt) => {
		const { reviews, outbox, payloads } = world('uploaded');
		const [entry] = planRetention({ since, reviews, outbox, payloads, days: 30, now: at('2027-01-30T10:00:00.000Z') });
		expect(entry?.removeAt).toBe(removeAt);
	});
});

describe('what is never touched', () => {
	const LATER = at('2030-01-01T00:00:00.000Z');
	it.each(['pending', 'uploading', 'failed', 'paused'])('a revision whose upload is %s', (status) => {
		const { reviews, outbox, payloads } = world(status);
		expect(planRetention({ since: 0, reviews, outbox, payloads, days: 1, now: LATER })).toEqual([]);
	});

	it('an unconfirmed revision even when it was exported (the queue will still send it)', () => {
		const { reviews, outbox, payloads } = world('pending', { exportedAt: '2026-11-05T00:00:00.000Z' });
		expect(planRetention({ since: 0, reviews, outbox, payloads, days: 1, now: LATER })).toEqual([]);
	});

	it('a draft reopened after the upload: only the uploaded payload loses its notes', () => {
		const { reviews, outbox, payloads } = world('uploaded', { revisionOnDevice: 2, rowStatus: 'draft' });
		const [entry] = planRetention({ since: 0, reviews, outbox, payloads, days: 1, now: LATER });
		expect(entry).toMatchObject({ revision: 1, inReview: false, inPayload: true, due: true });
	});

	it.each([
		['never exported', null],
		['exported before it was finished', '2026-02-01T00:00:00.000Z']
	])('a finished review with no upload that was %s', (_, exportedAt) => {
		const { reviews, outbox, payloads } = world('', { noOutbox: true, exportedAt });
		expect(planRetention({ since: 0, reviews, outbox, payloads, days: 1, now: LATER })).toEqual([]);
	});

	it('a revision already without notes is not listed again', () => {
		const { doc, reviews, outbox } = world('uploaded');
		const clean = [{ ...reviews[0]!, doc: withoutNotes(toCurrent(reviews[0]!.doc)) }];
		expect(planRetention({ since: 0, reviews: clean, outbox, payloads: [{ reviewId: doc.id, revision: 1, doc: withoutNotes(doc) }], days: 1, now: LATER })).toEqual([]);
	});
});

it('a finished review never uploaded but exported after finishing counts from the export', () => {
	const exportedAt = '2026-11-10T00:00:00.000Z';
	const { reviews } = world('', { noOutbox: true, exportedAt });
	const [entry] = planRetention({ since: 0, reviews, outbox: [], payloads: [], days: 30, now: at('2026-12-10T00:00:00.000Z') });
	expect(entry).toMatchObject({ confirmedAt: exportedAt, due: true, inReview: true, inPayload: false });
});

describe('withoutNotes', () => {
	const doc = { ...notedReview(), conclusions: 'Johtopäätös', future: 'pidetään' } as ReviewDocument;
	const clean = withoutNotes(doc);
	it('removes notes, evidence text and the visit texts', () => {
		const evidence = doc.items.flatMap((i) => Object.values(i.subCriteria)).filter((s) => s.evidence !== '').length;
		expect(evidence).toBeGreaterThan(1);
		expect(removable(doc)).toEqual({ notes: doc.items.reduce((n, i) => n + i.notes.length, 0), evidence, visitTexts: 2 });
		expect(removable(clean)).toEqual({ notes: 0, evidence: 0, visitTexts: 0 });
	});
	it('keeps scores, sub-criteria met, figures, totals, the summary texts, interviews, metadata and unknown fields', () => {
		expect(clean.items.map((i) => [i.score, i.figures, i.strengths, i.recommendations])).toEqual(
			doc.items.map((i) => [i.score, i.figures, i.strengths, i.recommendations])
		);
		expect(clean.items[1]!.subCriteria).toEqual({ '2.1': { met: true, evidence: '' }, '2.2': { met: false, evidence: '' } });
		expect(clean).toMatchObject({ totals: doc.totals, conclusions: 'Johtopäätös', meta: doc.meta, revision: doc.revision, future: 'pidetään' });
		expect(clean.visit.interviews).toEqual(doc.visit.interviews);
	});
});

it.each([
	[null, true],
	[1, true],
	[30, true],
	[3650, true],
	[0, false],
	[-1, false],
	[3651, false],
	[1.5, false],
	[Number.NaN, false]
])('retention days %s valid: %s', (days, ok) => {
	expect(isValidRetentionDays(days)).toBe(ok);
});
