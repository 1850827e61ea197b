import { compareIso } from '../review/order';
import { visitPlan as fi20211101 } from '../instrument/editions/fi-2021-11-01/visit-plan';
import type { ReviewDocument } from '../review/schema';
import type { VisitPlan } from './plan-schema';

/** The plan each edition proposes, by edition id: a new edition brings its own. */
const proposals: Record<string, VisitPlan> = { 'fi-2021-11-01': fi20211101 };

const EMPTY: VisitPlan = { documents: [], interviews: [], agenda: [] };

export const proposalFor = (edition: string): VisitPlan => proposals[edition] ?? EMPTY;

/** The plan in force: the reviewer's edited copy, else the edition's proposal. */
export const planOf = (doc: Pick<ReviewDocument, 'edition' | 'visit'>): VisitPlan => doc.visit.plan ?? proposalFor(doc.edition);

/** Agenda entries of one day in clock order (an entry without a time last). */
export const agendaDay = (plan: VisitPlan, day: 1 | 2) =>
	plan.agenda.filter((e) => e.day === day).sort((a, b) => compareIso(a.time || '99', b.time || '99'));
