import * as z from 'zod/mini';

/**
 * The client-record sheet as stored in the review document (`visit.records`).
 * The single source of the row type: compute.ts reads `z.infer` of these, so what
 * is stored is exactly what the figures are computed from. A row is a running
 * number, dates and business facts — never a name or an identity code.
 * Bounds keep a hostile file from filling the disk; dates that parse as ISO but do
 * not exist are still caught by compute.ts ('bad-date').
 */
const Business = z.string().check(z.maxLength(200));
const Day = z.iso.date();

export const SheetJob = z.object({
	/** Job type in the reviewer's words ("siivooja"); the same type counts once for item 19. */
	type: Business,
	/** Employer (a business); the same employer counts once for item 20. */
	employer: Business,
	competitive: z.nullable(z.boolean()),
	permanent: z.nullable(z.boolean()),
	/** YYYY-MM-DD; null while not known. */
	start: z.nullable(Day)
});
export type SheetJob = z.infer<typeof SheetJob>;

export const SheetRecord = z.object({
	/** Running number on the sheet: 1, 2, 3 … */
	n: z.int().check(z.gte(1), z.lte(9999)),
	/** YYYY-MM-DD: entered the service. */
	serviceStart: z.nullable(Day),
	/** YYYY-MM-DD: first face-to-face meeting with an employer; null: none yet. */
	firstEmployerContact: z.nullable(Day),
	jobs: z.array(SheetJob).check(z.maxLength(50)),
	/** YYYY-MM-DD of each face-to-face follow-along meeting after a job started. */
	followAlong: z.array(Day).check(z.maxLength(200))
});
export type SheetRecord = z.infer<typeof SheetRecord>;

/** Defaults to an empty sheet, so documents written before it keep parsing. */
export const SheetRecords = z._default(z.array(SheetRecord).check(z.maxLength(200)), []);
