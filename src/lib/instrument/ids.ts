import * as z from 'zod/mini';

/**
 * The instrument's small value types that a review document refers to: a score, a
 * section, a level band and a sub-criterion's number. Apart from ./schema.ts (the
 * shape of a whole edition, which re-exports them) so that reading a review builds
 * only these and not the edition's schema, which the app never parses at run time:
 * the editions are typed data, checked by the tests (issue 15).
 */

export const Score = z.int().check(z.gte(1), z.lte(5));
export type Score = z.infer<typeof Score>;

export const SectionId = z.enum(['staffing', 'organisation', 'content']);
export type SectionId = z.infer<typeof SectionId>;

export const LevelId = z.enum(['exemplary', 'good', 'fair', 'not-supported-employment']);
export type LevelId = z.infer<typeof LevelId>;

/** Sub-criterion ids are the form's own numbers, e.g. "5.1". */
export const SubCriterionId = z.string().check(z.regex(/^\d{1,2}\.\d{1,2}$/));
