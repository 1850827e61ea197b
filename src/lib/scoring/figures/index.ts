import type { FigureField, FigureRule, Figures } from '../types';
import { caseload } from './caseload';
import { coachingTime } from './coaching-time';
import { communityTime } from './community-time';
import { competitiveJobs } from './competitive-jobs';
import { employerContacts } from './employer-contacts';
import { firstEmployerContact } from './first-employer-contact';
import { followAlongDuration } from './follow-along-duration';
import { preferenceBasedContacts } from './preference-based-contacts';
import { teamReferrals } from './team-referrals';
import { employerVariety, jobVariety } from './variety';

/**
 * Every figure rule by id. An edition names a rule by this id
 * (`suggestion: { kind: 'figures', rule }`); the ids are part of stored data, so
 * a rule is never renamed — a changed rule gets a new id.
 */
const rules: FigureRule[] = [
	caseload, // item 1
	coachingTime, // 2
	teamReferrals, // 4
	firstEmployerContact, // 15
	preferenceBasedContacts, // 16
	employerContacts, // 17
	jobVariety, // 19
	employerVariety, // 20
	competitiveJobs, // 21
	followAlongDuration, // 23
	communityTime // 24
];

export const figureRules: Readonly<Record<string, FigureRule>> = Object.freeze(
	Object.fromEntries(rules.map((rule) => [rule.id, rule]))
);

/** Own keys only, so an id like "toString" or "__proto__" finds nothing. */
export function figureRule(id: string): FigureRule | undefined {
	return Object.hasOwn(figureRules, id) ? figureRules[id] : undefined;
}

/** The inputs the form asks for now, in the rule's order (see `FigureRule.asks`). */
export function askedInputs(rule: FigureRule, figures: Figures): FigureField[] {
	return rule.asks ? rule.inputs.filter((f) => rule.asks!(f.key, figures)) : rule.inputs;
}
