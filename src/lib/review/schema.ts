import * as z from 'zod/mini';
import { LevelId, Score, SectionId, SubCriterionId } from '../instrument/ids';
import { VisitPlan } from '../visit/plan-schema';
import { SheetRecords } from '../records/schema';

/**
 * The review document: the single source for the app's types, the validation of
 * everything read from IndexedDB, an imported file or the network, the published
 * JSON Schema (static/schema/laatuarvio.review-2.schema.json) and the reference receiver.
 *
 * `format` names the document format version. A breaking change adds a new
 * literal and a named migration in ./migrate.ts; the receiver accepts every
 * format it lists. Format 1 (no ratings, no consensus) is still read: ./migrate.ts.
 */
export const FORMAT = 'laatuarvio.review/2';
export const FORMAT_1 = 'laatuarvio.review/1';

/** Free text fields are bounded so a hostile or runaway file cannot fill the disk. */
export const LIMITS = { shortText: 200, longText: 20_000, notesPerItem: 200, listLength: 200 } as const;
const Short = z.string().check(z.maxLength(LIMITS.shortText));
const Long = z.string().check(z.maxLength(LIMITS.longText));
const IsoDateTime = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();
/*
 * Field types used in several places are built once: every zod schema object costs time when the
 * module is evaluated, which the item screen's cold open waits for (issue 15). Sharing one changes
 * nothing in what is accepted, and the published JSON Schema inlines each use as before.
 */
/** An entry's id within its list (a note, a session, an action). */
const EntryId = z.string().check(z.minLength(1), z.maxLength(64));
/** A criterion's number in the edition. */
const ItemNumber = z.int().check(z.gte(1), z.lte(99));
/** A figure's key, a chosen option, a plan entry's id. */
const Key = z.string().check(z.maxLength(64));
const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.shortText));
const Names = z.array(Short).check(z.maxLength(10));
const Count = z.int();

export const NoteSource = z.enum(['interview', 'observation', 'documents']);
export type NoteSource = z.infer<typeof NoteSource>;

/** An interview or observation note for one item. `role` is a role, never a person's name. */
export const Note = z.object({
	id: EntryId,
	source: NoteSource,
	role: Short,
	text: Long,
	createdAt: IsoDateTime
});
export type Note = z.infer<typeof Note>;

export const SubCriterionAnswer = z.object({
	/** null = not yet assessed. */
	met: z.nullable(z.boolean()),
	evidence: Long
});
export type SubCriterionAnswer = z.infer<typeof SubCriterionAnswer>;

/**
 * A raw figure as entered: a number, a yes/no condition, a chosen option, a list
 * of numbers (one per coach or per client record), or rows of named numbers.
 * Empty input cells are null. The figure rules in src/lib/scoring/figures own the keys.
 */
const Cell = z.nullable(z.number().check(z.gte(-1e9), z.lte(1e9)));
export const FigureValue = z.union([
	Cell,
	z.boolean(),
	Key,
	z.array(Cell).check(z.maxLength(LIMITS.listLength)),
	z.array(z.record(Key, Cell)).check(z.maxLength(LIMITS.listLength))
]);
export type FigureValue = z.infer<typeof FigureValue>;

/*
 * ── Report additions (issue 12) ─────────────────────────────────────────────
 * The justification of a score that differs from its suggestion, and the action
 * plan gathered from the recommendations. Kept together so a new format can
 * carry them over as one piece. Both default, so documents written before them
 * (and senders that do not know them) still parse.
 */

/** Why the chosen score differs from the suggestion; the report prints it beside both. */
export const Justification = z._default(Long, '');

export const ActionPriority = z.enum(['high', 'medium', 'low']);
export type ActionPriority = z.infer<typeof ActionPriority>;

/** One thing the service is asked to do, tied to the criterion whose recommendation it came from. */
export const ActionPlanEntry = z.object({
	id: EntryId,
	/** The criterion's number in the edition. */
	item: ItemNumber,
	text: Long,
	priority: ActionPriority,
	targetDate: z.nullable(IsoDate)
});
export type ActionPlanEntry = z.infer<typeof ActionPlanEntry>;

export const ActionPlan = z._default(z.array(ActionPlanEntry).check(z.maxLength(LIMITS.listLength)), []);

/* ── end of report additions ─────────────────────────────────────────────── */

export const ItemAnswer = z.object({
	number: ItemNumber,
	/** The reviewer's chosen score; null while unscored. The suggestion never writes here. */
	score: z.nullable(Score),
	subCriteria: z.record(SubCriterionId, SubCriterionAnswer),
	figures: z.record(Key, FigureValue),
	notes: z.array(Note).check(z.maxLength(LIMITS.notesPerItem)),
	strengths: Long,
	recommendations: Long,
	justification: Justification
});
export type ItemAnswer = z.infer<typeof ItemAnswer>;

export const ReviewType = z.enum(['external', 'self']);
export type ReviewType = z.infer<typeof ReviewType>;

export const ReviewMeta = z.object({
	service: Name,
	organisation: Short,
	place: Short,
	reviewers: Names,
	startDate: IsoDate,
	endDate: z.nullable(IsoDate),
	reviewType: ReviewType
});
export type ReviewMeta = z.infer<typeof ReviewMeta>;

export const Interview = z.object({
	id: EntryId,
	role: Short,
	when: Short
});
export type Interview = z.infer<typeof Interview>;

/*
 * ── Visit sessions and plan (issue 11) ──────────────────────────────────────
 * A session is one interview, observation or document check. Its notes are written
 * during it and tagged to the criteria (and sub-criteria) they are evidence for;
 * each item screen shows the notes tagged to it, one stored note read from both
 * places. Everything here defaults, so documents written before sessions (and
 * senders that do not know them) still parse; an old `interviews` entry is read as
 * an interview session (src/lib/review/migrate.ts, `migrateVisit`).
 */

export const SessionKind = NoteSource;
export type SessionKind = NoteSource;

/** A criterion a note is evidence for, and which of its sub-criteria (none = the criterion as a whole). */
export const NoteTag = z.object({
	item: ItemNumber,
	subCriteria: z._default(z.array(SubCriterionId).check(z.maxLength(20)), [])
});
export type NoteTag = z.infer<typeof NoteTag>;

export const SessionNote = z.object({
	id: EntryId,
	text: Long,
	tags: z.array(NoteTag).check(z.maxLength(99)),
	createdAt: IsoDateTime
});
export type SessionNote = z.infer<typeof SessionNote>;

/** "14:05"; null while not set. */
const SessionTime = z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)));

export const Session = z.object({
	id: EntryId,
	kind: SessionKind,
	/** A role (team leader, client, …), never a person's name. */
	role: Short,
	date: z.nullable(IsoDate),
	time: SessionTime,
	/** How long it took; null while not known. */
	minutes: z.nullable(z.int().check(z.gte(1), z.lte(1440))),
	/** The time as typed in an older version (a migrated interview); '' for new sessions. */
	when: z._default(Short, ''),
	notes: z.array(SessionNote).check(z.maxLength(LIMITS.notesPerItem))
});
export type Session = z.infer<typeof Session>;

export const Sessions = z._default(z.array(Session).check(z.maxLength(LIMITS.listLength)), []);
/** The reviewer's edited visit plan; null = the edition's proposal, untouched. */
export const StoredVisitPlan = z._default(z.nullable(VisitPlan), null);
/** Ids of the plan entries ticked off during the visit. */
export const PlanDone = z._default(z.array(Key).check(z.maxLength(200)), []);

/* ── end of visit sessions and plan ──────────────────────────────────────── */

/*
 * ── Client-record sheet (issue 11 part 3) ───────────────────────────────────
 * Numbered rows of dates and facts (src/lib/records/schema.ts) from which items
 * 15, 19, 20, 21 and 23 get their figures. Defaults to [], so format-1 and older
 * format-2 documents, and senders that do not know it, keep parsing.
 */
export const ClientRecords = SheetRecords;
/* ── end of client-record sheet ──────────────────────────────────────────── */

/** Review-level notes: who was interviewed, what was checked, the visit schedule. */
export const Visit = z.object({
	/** Read only from older documents: migrated to `sessions` on read, always empty after. */
	interviews: z.array(Interview).check(z.maxLength(LIMITS.listLength)),
	documentsChecked: Long,
	schedule: Long,
	sessions: Sessions,
	plan: StoredVisitPlan,
	planDone: PlanDone,
	records: ClientRecords
});
export type Visit = z.infer<typeof Visit>;

export const Totals = z.object({
	sections: z.array(z.object({ id: SectionId, score: Count, max: Count, scored: Count, items: Count })),
	total: Count,
	scored: Count,
	items: Count,
	/** null until every item is scored. */
	level: z.nullable(LevelId)
});
export type Totals = z.infer<typeof Totals>;

// ---- format 2: two reviewers, one review (issue 10) ------------------------------------
// Kept in one block so other additions to the document merge beside it.

/** One reviewer's own answer for one item: score, sub-criterion judgements with evidence, notes. */
export const RatingItem = z.object({
	number: ItemNumber,
	score: z.nullable(Score),
	subCriteria: z.record(SubCriterionId, SubCriterionAnswer),
	notes: Long
});
export type RatingItem = z.infer<typeof RatingItem>;

/** SHA-256 (lower-case hex) of the locked content, src/lib/consensus/lock.ts. */
const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/**
 * One reviewer's independent rating. `lockedAt` and `hash` are both null while it is
 * open and both set once it is locked; a change after locking no longer matches the hash.
 */
export const Rating = z.object({
	reviewer: Name,
	items: z.array(RatingItem).check(z.maxLength(99)),
	lockedAt: z.nullable(IsoDateTime),
	hash: z.nullable(Sha256)
});
export type Rating = z.infer<typeof Rating>;

/** The agreed score of one item; the same score is written to `items[].score`, the one result field. */
export const ConsensusItem = z.object({
	number: ItemNumber,
	score: Score,
	agreedBy: Names,
	agreedAt: IsoDateTime,
	/** Required (non-empty) when the agreed score differs from both ratings: src/lib/consensus/rules.ts. */
	reason: Long
});
export type ConsensusItem = z.infer<typeof ConsensusItem>;

// ---- end of format 2 block ---------------------------------------------------------------

export const ReviewDocument = z.object({
	format: z.literal(FORMAT),
	id: z.uuid(),
	revision: z.int().check(z.gte(1)),
	/** The instrument edition the review is scored on, e.g. "fi-2021-11-01". */
	edition: z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(64)),
	meta: ReviewMeta,
	visit: Visit,
	items: z.array(ItemAnswer).check(z.maxLength(99)),
	/** The overall written conclusions for the report. */
	conclusions: Long,
	/** What the service is asked to do next, in the reviewer's order (see src/lib/report/action-plan.ts). */
	actionPlan: ActionPlan,
	/** Totals as the client computed them at finish (the receiver recomputes and stores both). */
	totals: z.nullable(Totals),
	createdAt: IsoDateTime,
	updatedAt: IsoDateTime,
	finishedAt: z.nullable(IsoDateTime),
	/**
	 * Format 2. Empty for a review with one reviewer: `items` are that reviewer's rating and
	 * the result, as in format 1. Two entries when two reviewers rate independently; then
	 * `items[].score` holds the agreed score and `consensus` says who agreed it, when and why.
	 */
	ratings: z.array(Rating).check(z.maxLength(2)),
	consensus: z.array(ConsensusItem).check(z.maxLength(99))
});
export type ReviewDocument = z.infer<typeof ReviewDocument>;

/** Finished, in either format: finishedAt and totals set, every item scored. */
type Finishable = Pick<ReviewDocument, 'finishedAt' | 'totals' | 'items'>;
const finishedChecks = [
	z.refine<Finishable>((d) => d.finishedAt !== null, { message: 'review is not finished', path: ['finishedAt'] }),
	z.refine<Finishable>((d) => d.totals !== null, { message: 'totals missing', path: ['totals'] }),
	z.refine<Finishable>((d) => d.items.length > 0 && d.items.every((i) => i.score !== null), {
		message: 'every item must be scored',
		path: ['items']
	})
];

/** What may leave the device: a finished review, every item scored, and with two reviewers, agreed. */
export const FinishedReviewDocument = ReviewDocument.check(
	...finishedChecks,
	z.refine((d) => d.ratings.every((r) => r.lockedAt !== null && r.hash !== null), {
		message: 'every rating must be locked',
		path: ['ratings']
	}),
	z.refine((d) => d.ratings.length === 0 || d.items.every((i) => d.consensus.some((c) => c.number === i.number && c.score === i.score)), {
		message: 'every item needs an agreed score equal to its score',
		path: ['consensus']
	})
);

/** Format 1 as it was published: format 2 without ratings and consensus. Read through ./migrate.ts. */
export const ReviewDocumentV1 = z.extend(z.omit(ReviewDocument, { ratings: true, consensus: true }), {
	format: z.literal(FORMAT_1)
});
export type ReviewDocumentV1 = z.infer<typeof ReviewDocumentV1>;

/** A finished format-1 review, as older clients upload it and as old outbox payloads hold it. */
export const FinishedReviewDocumentV1 = ReviewDocumentV1.check(...finishedChecks);
