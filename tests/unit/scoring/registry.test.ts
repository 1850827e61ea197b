import { describe, expect, it } from 'vitest';
import { figureRule, figureRules } from '../../../src/lib/scoring/figures/index';
import type { FigureField, FigureOutcome, Figures } from '../../../src/lib/scoring/types';
import { aRuleText } from './helpers';

const rules = Object.entries(figureRules);

/** Every piece of text a field hands to the UI. */
function texts(field: FigureField) {
	const all = [field.label, field.help];
	if (field.kind === 'number' || field.kind === 'list') all.push(field.unit);
	if (field.kind === 'list' || field.kind === 'rows') all.push(field.itemLabel);
	if (field.kind === 'rows') for (const c of field.columns) all.push(c.label, c.unit);
	if (field.kind === 'choice') for (const o of field.options) all.push(o.label);
	return all.filter((x) => x !== undefined);
}

/** Hostile or stale figures: wrong types everywhere, nested junk, numbers far out of range. */
const junk: Figures[] = [
	{},
	Object.fromEntries(['clients', 'ftes', 'coaches', 'days', 'employed', 'jobs', 'contacts', 'started'].map((k) => [k, 'x'])),
	Object.fromEntries(['clients', 'ftes', 'coaches', 'days', 'employed', 'jobs', 'contacts', 'started'].map((k) => [k, [{ a: 1 }]])),
	Object.fromEntries(['clients', 'caseload', 'employed', 'jobs', 'contacts', 'started'].map((k) => [k, 1e9]))
];

describe('the figure rule registry', () => {
	it('holds exactly the rules the form needs, each under its own id', () => {
		expect(Object.keys(figureRules).sort()).toEqual(
			[
				'caseload',
				'coaching-time',
				'community-time',
				'competitive-jobs',
				'employer-contacts',
				'employer-variety',
				'first-employer-contact',
				'follow-along-duration',
				'job-variety',
				'preference-based-contacts',
				'team-referrals'
			].sort()
		);
		for (const [id, rule] of rules) expect(rule.id).toBe(id);
	});

	it('finds nothing for ids that are only inherited object keys', () => {
		expect(figureRule('toString')).toBeUndefined();
		expect(figureRule('__proto__')).toBeUndefined();
		expect(figureRule('caseload')?.id).toBe('caseload');
	});

	it.each(rules)('%s: input keys are unique and every text is in all three languages', (_, rule) => {
		const keys = rule.inputs.map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const field of rule.inputs) for (const text of texts(field)) expect(text).toEqual(aRuleText);
	});

	it.each(rules)('%s: with nothing entered, asks only for fields it declares', (_, rule) => {
		const outcome = rule.evaluate({});
		expect(outcome.kind).toBe('incomplete');
		const declared = new Set(rule.inputs.map((f) => f.key));
		if (outcome.kind === 'incomplete') for (const m of outcome.missing) expect(declared).toContain(m.split('[')[0]);
	});

	it.each(rules)('%s: never throws on junk, and answers with one of its three outcomes', (_, rule) => {
		for (const figures of junk) {
			let outcome: FigureOutcome | undefined;
			expect(() => (outcome = rule.evaluate(figures))).not.toThrow();
			expect(['incomplete', 'invalid', 'suggested']).toContain(outcome?.kind);
			if (outcome?.kind === 'invalid') expect(declaredBase(rule.inputs, outcome.field)).toBe(true);
		}
	});
});

const declaredBase = (inputs: FigureField[], field: string) => inputs.some((f) => f.key === field.split('[')[0]);
