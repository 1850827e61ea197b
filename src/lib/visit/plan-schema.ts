import * as z from 'zod/mini';

/**
 * The visit plan: what the service is asked to have ready, whom the reviewers
 * meet about which criteria, and a two-day agenda. An edition proposes one
 * (data beside the edition, e.g. src/lib/instrument/editions/fi-2021-11-01/visit-plan.ts);
 * the review stores the reviewer's edited copy in `visit.plan` (null = the proposal as it is).
 *
 * This file imports only zod, so both the instrument data and the review schema can use it.
 */
export const PLAN_LIMITS = { entries: 60, text: 2000, items: 25 } as const;

const EntryId = z.string().check(z.minLength(1), z.maxLength(64));
const PlanText = z.string().check(z.maxLength(PLAN_LIMITS.text));
/** Criteria by their number in the edition; a unit test checks each exists. */
const Criteria = z.array(z.int().check(z.gte(1), z.lte(99))).check(z.maxLength(PLAN_LIMITS.items));
/** "09:30", or "" while the reviewer has not set a time. */
export const ClockTime = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d)?$/));

/** A document to request beforehand, and the criteria it is evidence for. */
export const PlanDocument = z.object({ id: EntryId, text: PlanText, items: Criteria });
export type PlanDocument = z.infer<typeof PlanDocument>;

/** Whom to meet (a role, never a name) and about which criteria. */
export const PlanInterview = z.object({ id: EntryId, text: PlanText, items: Criteria });
export type PlanInterview = z.infer<typeof PlanInterview>;

/** One slot of the agenda: which day of the visit, when, what. */
export const AgendaEntry = z.object({ id: EntryId, day: z.int().check(z.gte(1), z.lte(2)), time: ClockTime, text: PlanText });
export type AgendaEntry = z.infer<typeof AgendaEntry>;

export const VisitPlan = z.object({
	documents: z.array(PlanDocument).check(z.maxLength(PLAN_LIMITS.entries)),
	interviews: z.array(PlanInterview).check(z.maxLength(PLAN_LIMITS.entries)),
	agenda: z.array(AgendaEntry).check(z.maxLength(PLAN_LIMITS.entries))
});
export type VisitPlan = z.infer<typeof VisitPlan>;

export type PlanList = keyof VisitPlan;
export const PLAN_LISTS: readonly PlanList[] = ['documents', 'interviews', 'agenda'];
