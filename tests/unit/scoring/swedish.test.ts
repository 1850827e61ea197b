import { describe, expect, it } from 'vitest';
import { figureRules } from '../../../src/lib/scoring/figures/index';
import { REASON, UNIT } from '../../../src/lib/scoring/figures/text';
import type { FigureField, FigureOutcome, Figures, Localized } from '../../../src/lib/scoring/types';
import type { FigureValue } from '../../../src/lib/review/schema';
import { pick } from '../../../src/lib/ui/workspace/localize';

/**
 * The rules' own words (labels, units, help, options, bands, gaps, assumptions,
 * refusals) are shown to Swedish users in Swedish. Band texts are private to each
 * rule, so they are reached the way the UI reaches them: by evaluating the rule over
 * a sweep of figures, junk included, and collecting every text the outcomes carry.
 */

/** A text may be the same in Finnish and Swedish only when it is pure symbols and numbers ("%"). */
const symbolsOnly = (s: string) => /^[\d\s%.,–-]*$/.test(s);

function expectSwedish(text: Localized, where: string) {
	for (const lang of ['fi', 'sv', 'en'] as const) expect(text[lang], `${where} (${lang})`).toMatch(/\S/);
	if (!symbolsOnly(text.fi)) expect(text.sv, `${where}: Swedish is a copy of the Finnish`).not.toBe(text.fi);
}

function fieldTexts(field: FigureField): Localized[] {
	const all: (Localized | undefined)[] = [field.label, field.help];
	if (field.kind === 'number' || field.kind === 'list') all.push(field.unit);
	if (field.kind === 'list' || field.kind === 'rows') all.push(field.itemLabel);
	if (field.kind === 'rows') for (const c of field.columns) all.push(c.label, c.unit);
	if (field.kind === 'choice') for (const o of field.options) all.push(o.label);
	return all.filter((x) => x !== undefined);
}

function outcomeTexts(o: FigureOutcome): Localized[] {
	if (o.kind === 'invalid') return [o.reason];
	if (o.kind === 'incomplete') return [];
	return [o.band, o.measure.label, o.measure.unit, ...o.assumptions, ...(o.gap ? [o.gap.text, o.gap.decision] : [])];
}

/** Numbers that land on and beside every printed band edge, plus junk that each refusal answers. */
const NUMBERS = [0, 0.5, 1, 2, 3, 4, 5, 6, 9, 10, 20, 25, 30, 40, 49, 50, 59, 60, 64, 65, 69, 70, 74, 75, 84, 85, 89, 90, 94, 95, 96, 100, 150, 270, 300];
const JUNK_NUMBERS: unknown[] = [-1, 1.5, 'x'];

/** Candidate values for one field; rows get one row, or that row beside an all-zero row. */
function candidates(field: FigureField): unknown[] {
	const numbers = [...NUMBERS, ...JUNK_NUMBERS];
	switch (field.kind) {
		case 'number':
			return numbers;
		case 'list':
			return [...numbers.map((n) => [n]), 'x'];
		case 'boolean':
			return [true, false, 'x'];
		case 'choice':
			return [...field.options.map((o) => o.value), 'nope'];
		case 'rows': {
			const [a, b] = field.columns.map((c) => c.key);
			const zero = Object.fromEntries(field.columns.map((c) => [c.key, 0]));
			const rows: unknown[] = ['x', ['x']];
			for (const x of numbers) for (const y of NUMBERS) rows.push([{ [a!]: x, [b!]: y }], [{ [a!]: x, [b!]: y }, zero]);
			return rows;
		}
	}
}

function* sweep(inputs: readonly FigureField[], at = 0, figures: Record<string, unknown> = {}): Generator<Figures> {
	if (at === inputs.length) {
		yield figures as Figures;
		return;
	}
	const field = inputs[at]!;
	for (const value of candidates(field)) yield* sweep(inputs, at + 1, { ...figures, [field.key]: value as FigureValue });
}

/** Distinct band texts each rule can reach: the form's anchors, so a missed one means the sweep is too thin. */
const BANDS: Record<string, number> = {
	caseload: 5,
	'coaching-time': 5,
	'community-time': 5,
	'competitive-jobs': 6,
	'employer-contacts': 5,
	'employer-variety': 5,
	'first-employer-contact': 5,
	'follow-along-duration': 3,
	'job-variety': 5,
	'preference-based-contacts': 5,
	'team-referrals': 7
};

describe('the scoring rules in Swedish', () => {
	it.each(Object.entries(figureRules))('%s: every field text has Swedish that is not the Finnish', (id, rule) => {
		for (const field of rule.inputs) for (const text of fieldTexts(field)) expectSwedish(text, `${id}.${field.key}`);
	});

	it.each(Object.entries(figureRules))('%s: every band, gap, assumption and refusal it can give has Swedish', (id, rule) => {
		const texts = new Map<string, Localized>();
		const bands = new Set<string>();
		for (const figures of sweep(rule.inputs)) {
			const outcome = rule.evaluate(figures);
			if (outcome.kind === 'suggested') bands.add(outcome.band.fi);
			for (const text of outcomeTexts(outcome)) texts.set(`${text.fi}|${text.sv}|${text.en}`, text);
		}
		expect(bands.size).toBe(BANDS[id]);
		for (const text of texts.values()) expectSwedish(text, `${id}: ${text.fi}`);
	});

	it('every unit and refusal reason has Swedish', () => {
		for (const [key, text] of Object.entries(UNIT)) expectSwedish(text, `UNIT.${key}`);
		for (const [key, reason] of Object.entries(REASON)) expectSwedish(typeof reason === 'function' ? reason(1) : reason, `REASON.${key}`);
	});

	it.each([
		[1, 'Luku voi olla enintään 1.', 'Talet får vara högst 1.', 'The number can be at most 1.'],
		[0.5, 'Luku voi olla enintään 0,5.', 'Talet får vara högst 0,5.', 'The number can be at most 0.5.'],
		[37.5, 'Luku voi olla enintään 37,5.', 'Talet får vara högst 37,5.', 'The number can be at most 37.5.']
	])('the limit %s is written with the decimal comma in Finnish and Swedish', (n, fi, sv, en) => {
		expect(REASON.max(n)).toEqual({ fi, sv, en });
	});

	it.each([
		['sv', 'Talet måste vara ett heltal.'],
		['sv-FI', 'Talet måste vara ett heltal.'],
		['fi', 'Luvun on oltava kokonaisluku.'],
		['en', 'The number must be a whole number.'],
		['en-GB', 'The number must be a whole number.'],
		['de', 'Luvun on oltava kokonaisluku.'],
		[null, 'Luvun on oltava kokonaisluku.'],
		[undefined, 'Luvun on oltava kokonaisluku.']
	])('pick() shows the %s user the text in their language (Finnish otherwise)', (locale, expected) => {
		expect(pick(REASON.whole, locale)).toBe(expected);
	});
});
