import { dueCandidates, planRetention, withoutNotes, type RetentionEntry } from '../privacy/retention';
import { toCurrent } from '../review/migrate';
import { database } from './database';
import { putReviewRow, reviewTables } from './review-rows';
import { toWriteError } from './errors';
import { readSettings } from './settings';
import { rowFor } from './writes';

/**
 * Retention of working notes (the rule is src/lib/privacy/retention.ts): the
 * plan for the settings screen, and the one verb that removes notes. The verb
 * plans and writes in ONE transaction over what is stored at that moment, so an
 * upload, a reopen or an import that lands in between can never have its notes
 * removed on the strength of an older plan. Outbox rows and receipts are never
 * changed; a payload is rewritten only when its row is `uploaded`.
 */

async function planNow(now: number): Promise<RetentionEntry[]> {
	const db = database();
	const [settings, reviews, outbox, payloads] = await Promise.all([
		readSettings('retention'),
		db.reviews.toArray(),
		db.outbox.toArray(),
		db.payloads.toArray()
	]);
	const since = settings.since === null ? null : Date.parse(settings.since);
	return planRetention({ reviews, outbox, payloads, days: settings.days, since, now });
}

/**
 * The due entries only, reading just the documents the small rows say could be due:
 * the pass at every start must not read a thousand documents to find nothing.
 */
async function planDue(now: number): Promise<RetentionEntry[]> {
	const db = database();
	const [settings, outbox, summaries] = await Promise.all([readSettings('retention'), db.outbox.toArray(), db.summaries.toArray()]);
	const since = settings.since === null ? now : Date.parse(settings.since);
	const wanted = dueCandidates({ outbox, summaries, days: settings.days, since, now });
	if (wanted.reviewIds.length === 0 && wanted.payloads.length === 0) return [];
	const [reviews, payloads] = await Promise.all([db.reviews.bulkGet(wanted.reviewIds), db.payloads.bulkGet(wanted.payloads)]);
	const present = <T>(rows: (T | undefined)[]) => rows.filter((r): r is T => r !== undefined);
	return planRetention({ reviews: present(reviews), outbox, payloads: present(payloads), days: settings.days, since, now }).filter((e) => e.due);
}

/** What retention will remove, and when (read-only). */
export function readRetentionPlan(now: number = Date.now()): Promise<RetentionEntry[]> {
	const db = database();
	return db.transaction('r', db.reviews, db.outbox, db.payloads, db.settings, () => planNow(now));
}

/**
 * Removes the notes of every confirmed revision that is due (`due`), or of every
 * confirmed revision now (`all`, after the reviewer confirmed "remove now").
 * Returns how many revisions lost their notes.
 */
export function removeConfirmedNotes(which: 'due' | 'all', now: number = Date.now()): Promise<number> {
	const db = database();
	return guarded(() =>
		db.transaction('rw', [...reviewTables(db), db.outbox, db.payloads, db.settings], async () => {
			// The first pass on a device starts the rule's clock: nothing is due before now + days.
			if ((await readSettings('retention')).since === null) {
				await db.settings.put({ ...(await readSettings('retention')), since: new Date(now).toISOString() });
			}
			const entries = which === 'all' ? await planNow(now) : await planDue(now);
			for (const e of entries) {
				const row = e.inReview ? await db.reviews.get(e.reviewId) : undefined;
				if (row && row.status === 'finished' && row.revision === e.revision) {
					await putReviewRow(db, rowFor(withoutNotes(toCurrent(row.doc)), row));
				}
				const payload = e.inPayload ? await db.payloads.get([e.reviewId, e.revision]) : undefined;
				const outbox = await db.outbox.get([e.reviewId, e.revision]);
				if (payload && outbox?.status === 'uploaded') {
					await db.payloads.put({ ...payload, doc: withoutNotes(toCurrent(payload.doc)) });
				}
			}
			return entries.length;
		})
	);
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toWriteError(error);
	}
}
