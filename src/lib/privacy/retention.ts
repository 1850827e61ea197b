import { compareIso } from '../review/order';
import { toCurrent, type AnyFormatDocument } from '../review/migrate';
import type { ReviewDocument } from '../review/schema';

/**
 * Retention of working notes: once the receiver has confirmed a revision, its
 * free-text notes leave this device N days later. Pure: the clock and the rows
 * are passed in, so the rule is tested with any date.
 *
 * What is removed (working notes, which may name or describe clients):
 *   every item's notes, every session's notes (issue 11), every sub-criterion's evidence text, and the visit's
 *   "documents checked" and "schedule" texts.
 * What is kept (the review as reported, and what proves it was delivered):
 *   scores, sub-criteria met, figures, totals, the report summary (strengths,
 *   recommendations, conclusions, and any field the document has that is not
 *   listed above, such as a justification or an action plan), the metadata,
 *   the session list (kind, role, date, time, length), the visit plan and its ticks,
 *   the client-record sheet (running numbers, dates, job types and employers: business
 *   names the figures of items 15–23 rest on, no client is named), and the outbox row with its receipt.
 *
 * When a revision counts as confirmed:
 *   - its outbox row is `uploaded` → from `uploadedAt`;
 *   - it never had an outbox row (a finished review imported from a file) and
 *     it was written to an export or backup file after it was finished → from
 *     `exportedAt`.
 * Never touched: drafts, a revision whose outbox row is not `uploaded` (its
 * frozen payload is what will be sent), and anything not exported.
 */

import { MAX_RETENTION_DAYS } from './retention-days';
export { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from './retention-days';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The parts of the stored rows the rule reads (structurally the db's rows). */
export interface RetentionReview {
	id: string;
	status: 'draft' | 'finished';
	revision: number;
	doc: AnyFormatDocument;
	exportedAt: string | null;
}
export interface RetentionOutbox {
	reviewId: string;
	revision: number;
	status: string;
	uploadedAt: string | null;
}
export interface RetentionPayload {
	reviewId: string;
	revision: number;
	doc: AnyFormatDocument;
}

export interface Removable {
	notes: number;
	evidence: number;
	visitTexts: number;
}

/** One confirmed revision that still holds notes, and when they go. */
export interface RetentionEntry {
	reviewId: string;
	revision: number;
	service: string;
	confirmedAt: string;
	/** null while retention is off: kept until removed by hand. */
	removeAt: string | null;
	due: boolean;
	removes: Removable;
	/** Which stored copies hold the notes: the review itself (when still at this revision) and/or the uploaded payload. */
	inReview: boolean;
	inPayload: boolean;
}

const evidenceIn = (subCriteria: Record<string, { evidence: string }>) => Object.values(subCriteria).filter((s) => s.evidence !== '').length;

export function removable(doc: ReviewDocument): Removable {
	// Each reviewer's own rating (format 2) holds notes and evidence too.
	const ratingItems = doc.ratings.flatMap((r) => r.items);
	return {
		notes:
			doc.items.reduce((n, i) => n + i.notes.length, 0) +
			doc.visit.sessions.reduce((n, s) => n + s.notes.length, 0) +
			ratingItems.filter((i) => i.notes !== '').length,
		evidence: [...doc.items, ...ratingItems].reduce((n, i) => n + evidenceIn(i.subCriteria), 0),
		visitTexts: [doc.visit.documentsChecked, doc.visit.schedule].filter((t) => t !== '').length
	};
}

const isEmpty = (r: Removable) => r.notes + r.evidence + r.visitTexts === 0;

/** The document without its working notes; everything else as it was (unknown fields included). */
export function withoutNotes(doc: ReviewDocument): ReviewDocument {
	return {
		...doc,
		visit: { ...doc.visit, documentsChecked: '', schedule: '', sessions: doc.visit.sessions.map((s) => ({ ...s, notes: [] })) },
		items: doc.items.map((item) => ({ ...item, notes: [], subCriteria: withoutEvidence(item.subCriteria) })),
		// A rating's lock hash covers its notes, so after retention it no longer matches: the
		// review is confirmed and frozen by then, and the hash only guards rating files in transit.
		ratings: doc.ratings.map((r) => ({
			...r,
			items: r.items.map((item) => ({ ...item, notes: '', subCriteria: withoutEvidence(item.subCriteria) }))
		}))
	};
}

function withoutEvidence<T extends { evidence: string }>(subCriteria: Record<string, T>): Record<string, T> {
	return Object.fromEntries(Object.entries(subCriteria).map(([id, s]) => [id, { ...s, evidence: '' }]));
}

export function isValidRetentionDays(days: number | null): boolean {
	return days === null || (Number.isInteger(days) && days >= 1 && days <= MAX_RETENTION_DAYS);
}

/** Days count from the confirmation, or from when the rule took effect here if that is later. */
function removeAtFor(confirmedAt: string, days: number | null, since: number): string | null {
	if (days === null) return null;
	return new Date(Math.max(Date.parse(confirmedAt), since) + days * DAY_MS).toISOString();
}

/** Every confirmed revision that still holds notes on this device, oldest confirmation first. */
export function planRetention(input: {
	reviews: RetentionReview[];
	outbox: RetentionOutbox[];
	payloads: RetentionPayload[];
	days: number | null;
	/** When the rule took effect on this device (ms); null = not yet, so counted from `now`. */
	since?: number | null;
	now: number;
}): RetentionEntry[] {
	const { reviews, outbox, payloads, days, now } = input;
	const since = input.since ?? now;
	const key = (id: string, rev: number) => `${id}#${rev}`;
	const outboxOf = new Map(outbox.map((o) => [key(o.reviewId, o.revision), o]));
	const payloadOf = new Map(payloads.map((p) => [key(p.reviewId, p.revision), p]));
	const revisions = new Map<string, { reviewId: string; revision: number; confirmedAt: string }>();

	for (const o of outbox) {
		if (o.status === 'uploaded' && o.uploadedAt) revisions.set(key(o.reviewId, o.revision), { ...o, confirmedAt: o.uploadedAt });
	}
	for (const r of reviews) {
		const k = key(r.id, r.revision);
		const exportedAfterFinish = r.exportedAt !== null && r.doc.finishedAt !== null && Date.parse(r.exportedAt) >= Date.parse(r.doc.finishedAt);
		if (r.status === 'finished' && !outboxOf.has(k) && exportedAfterFinish) {
			revisions.set(k, { reviewId: r.id, revision: r.revision, confirmedAt: r.exportedAt! });
		}
	}

	const finishedOf = new Map(reviews.filter((r) => r.status === 'finished').map((r) => [key(r.id, r.revision), r]));
	const entries: RetentionEntry[] = [];
	for (const [k, c] of revisions) {
		const review = finishedOf.get(k);
		const payload = payloadOf.get(k);
		const inReview = !!review && !isEmpty(removable(toCurrent(review.doc)));
		const inPayload = !!payload && !isEmpty(removable(toCurrent(payload.doc)));
		if (!inReview && !inPayload) continue;
		const doc = toCurrent(inReview ? review!.doc : payload!.doc);
		const removeAt = removeAtFor(c.confirmedAt, days, since);
		entries.push({
			...c,
			service: doc.meta.service,
			removeAt,
			due: removeAt !== null && Date.parse(removeAt) <= now,
			removes: removable(doc),
			inReview,
			inPayload
		});
	}
	return entries.sort((a, b) => compareIso(a.confirmedAt, b.confirmedAt));
}

/** The small rows that say whether a review's revision was confirmed (review summaries). */
export interface RetentionSummary {
	id: string;
	status: 'draft' | 'finished';
	revision: number;
	finishedAt: string | null;
	exportedAt: string | null;
}

/**
 * Which stored copies could hold notes that are due now, judged from the small rows
 * alone (outbox rows and review summaries), so the pass at every start reads no
 * document while nothing can be due, and afterwards only those that may be. A
 * superset of planRetention's due entries: it cannot see which still hold notes.
 */
export function dueCandidates(input: {
	outbox: RetentionOutbox[];
	summaries: RetentionSummary[];
	days: number | null;
	since: number;
	now: number;
}): { reviewIds: string[]; payloads: [string, number][] } {
	const { outbox, summaries, days, since, now } = input;
	const none = { reviewIds: [], payloads: [] };
	if (days === null) return none;
	const cutoff = now - days * DAY_MS;
	if (since > cutoff) return none;
	const confirmedBy = (at: string | null) => at !== null && Date.parse(at) <= cutoff;
	const uploaded = outbox.filter((o) => o.status === 'uploaded' && confirmedBy(o.uploadedAt));
	const queued = new Set(outbox.map((o) => `${o.reviewId}#${o.revision}`));
	const exported = summaries.filter(
		(r) =>
			r.status === 'finished' &&
			!queued.has(`${r.id}#${r.revision}`) &&
			r.finishedAt !== null &&
			confirmedBy(r.exportedAt) &&
			Date.parse(r.exportedAt!) >= Date.parse(r.finishedAt)
	);
	return {
		reviewIds: [...new Set([...uploaded.map((o) => o.reviewId), ...exported.map((r) => r.id)])],
		payloads: uploaded.map((o) => [o.reviewId, o.revision])
	};
}
