import * as z from 'zod/mini';
import { parseJson, type DecodeFailure } from '../exchange/decode';
import { summarizeIssues, type Issue } from '../exchange/files';
import { Rating, ReviewDocument } from '../review/schema';
import { hashRating } from './lock';

/**
 * The two files that pass between two tablets with no network.
 *
 * A join file hands reviewer B the review as A set it up: id, edition, service and the
 * reviewers, plus the shared visit plan — never a score, a judgement or a note.
 * A rating file carries one reviewer's locked rating back, for the same review and edition.
 */
export const JOIN_KIND = 'laatuarvio.join';
export const RATING_KIND = 'laatuarvio.rating';

export const JoinFile = z.object({
	kind: z.literal(JOIN_KIND),
	version: z.literal(1),
	review: z.pick(ReviewDocument, { id: true, edition: true, meta: true, visit: true, createdAt: true }),
	reviewers: z.tuple([Rating.shape.reviewer, Rating.shape.reviewer])
});
export type JoinFile = z.infer<typeof JoinFile>;

export const RatingFile = z.object({
	kind: z.literal(RATING_KIND),
	version: z.literal(1),
	reviewId: z.uuid(),
	edition: ReviewDocument.shape.edition,
	rating: Rating
});
export type RatingFile = z.infer<typeof RatingFile>;

export function joinFileOf(doc: ReviewDocument): JoinFile {
	const [a, b] = doc.ratings;
	if (!a || !b) throw new Error('a join file needs two reviewers');
	const { id, edition, meta, visit, createdAt } = doc;
	return { kind: JOIN_KIND, version: 1, review: { id, edition, meta, visit, createdAt }, reviewers: [a.reviewer, b.reviewer] };
}

export function ratingFileOf(doc: ReviewDocument, reviewer: string): RatingFile {
	const rating = doc.ratings.find((r) => r.reviewer === reviewer);
	if (!rating || rating.lockedAt === null) throw new Error('only a locked rating is shared');
	return { kind: RATING_KIND, version: 1, reviewId: doc.id, edition: doc.edition, rating };
}

export type FileFailure = DecodeFailure | { kind: 'wrong-kind'; expected: string };

type Read<T> = { ok: true; file: T } | ({ ok: false } & FileFailure);

function read<T>(text: string, kind: string, schema: z.ZodMiniType<T>): Read<T> {
	const json = parseJson(text);
	if (!json.ok) return json;
	const value = json.value as { kind?: unknown; version?: unknown } | null;
	if (typeof value !== 'object' || value === null || value.kind !== kind) return { ok: false, kind: 'wrong-kind', expected: kind };
	if (value.version !== 1) return { ok: false, kind: 'unsupported-version', found: String(value.version).slice(0, 40) };
	const parsed = schema.safeParse(value);
	if (!parsed.success) return { ok: false, kind: 'invalid', issues: summarizeIssues(parsed.error) };
	return { ok: true, file: parsed.data };
}

export const readJoinFile = (text: string): Read<JoinFile> => read(text, JOIN_KIND, JoinFile);
export const readRatingFile = (text: string): Read<RatingFile> => read(text, RATING_KIND, RatingFile);

export type JoinCheck = { ok: true } | { ok: false; kind: 'exists' | 'unknown-edition' };

/** B may join only a review this tablet does not have yet. */
export function checkJoin(file: JoinFile, existingIds: ReadonlySet<string>, knownEdition: (id: string) => boolean): JoinCheck {
	if (existingIds.has(file.review.id)) return { ok: false, kind: 'exists' };
	if (!knownEdition(file.review.edition)) return { ok: false, kind: 'unknown-edition' };
	return { ok: true };
}

export type RatingCheck =
	| { ok: true; replaces: 'open' }
	/** The reviewer already has a locked rating here: ask whether to replace it. */
	| { ok: true; replaces: 'locked' }
	| { ok: false; kind: 'other-review' | 'other-edition' | 'not-pair' | 'unknown-reviewer' | 'not-locked' | 'tampered' | 'identical' };

/** Whether a rating file may go into this review, and what it would replace. */
export async function checkRating(doc: ReviewDocument, file: RatingFile): Promise<RatingCheck> {
	if (file.reviewId !== doc.id) return { ok: false, kind: 'other-review' };
	if (file.edition !== doc.edition) return { ok: false, kind: 'other-edition' };
	if (doc.ratings.length !== 2) return { ok: false, kind: 'not-pair' };
	const current = doc.ratings.find((r) => r.reviewer === file.rating.reviewer);
	if (!current) return { ok: false, kind: 'unknown-reviewer' };
	const { lockedAt, hash } = file.rating;
	if (lockedAt === null || hash === null) return { ok: false, kind: 'not-locked' };
	if ((await hashRating(file.rating)) !== hash) return { ok: false, kind: 'tampered' };
	if (current.hash === hash) return { ok: false, kind: 'identical' };
	return { ok: true, replaces: current.lockedAt === null ? 'open' : 'locked' };
}

export type { Issue };
