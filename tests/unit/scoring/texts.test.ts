import { describe, expect, it } from 'vitest';
import * as svModule from 'virtual:laatuarvio-locale/sv';
import * as enModule from 'virtual:laatuarvio-locale/en';
import { localeModule } from '../../../scripts/i18n/compact-messages';
import { figureRules } from '../../../src/lib/scoring/figures/index';
import { REASON, UNIT } from '../../../src/lib/scoring/figures/text';
import en from '../../../src/lib/scoring/texts/en';
import { translate, type RuleTexts } from '../../../src/lib/scoring/texts/index';
import sv from '../../../src/lib/scoring/texts/sv';
import type { FigureField, FigureOutcome, Figures, RuleText } from '../../../src/lib/scoring/types';
import type { FigureValue } from '../../../src/lib/review/schema';
import { pick } from '../../../src/lib/ui/workspace/localize';

/**
 * The rules write their words (labels, units, help, options, bands, gaps, assumptions, refusals)
 * in Finnish; Swedish and English are tables keyed by that Finnish (src/lib/scoring/texts). What
 * the type `t(fi, sv, en)` used to guarantee is checked here: every text a rule can show has both,
 * neither a copy of the Finnish, and no table keeps a text no rule shows any more. Band texts are
 * private to each rule, so they are reached the way the UI reaches them: by evaluating the rule
 * over a sweep of figures, junk included, and collecting every text the outcomes carry.
 */

const TABLES: [string, RuleTexts][] = [
	['sv', sv],
	['en', en]
];

/** A text may stay untranslated only when it is pure symbols and numbers ("%"). */
const symbolsOnly = (s: string) => /^[\d\s%.,–-]*$/.test(s);
const finnish = (text: RuleText) => (typeof text === 'string' ? text : text.fi);

function fieldTexts(field: FigureField): RuleText[] {
	const all: (RuleText | undefined)[] = [field.label, field.help];
	if (field.kind === 'number' || field.kind === 'list') all.push(field.unit);
	if (field.kind === 'list' || field.kind === 'rows') all.push(field.itemLabel);
	if (field.kind === 'rows') for (const c of field.columns) all.push(c.label, c.unit);
	if (field.kind === 'choice') for (const o of field.options) all.push(o.label);
	return all.filter((x) => x !== undefined);
}

function outcomeTexts(o: FigureOutcome): RuleText[] {
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

/** Every text each rule can show: its fields' and those of every outcome the sweep reaches. */
const shown = new Map<string, Set<string>>();
const bandsReached = new Map<string, number>();
for (const [id, rule] of Object.entries(figureRules)) {
	const texts = new Set(rule.inputs.flatMap(fieldTexts).map(finnish));
	const bands = new Set<string>();
	for (const figures of sweep(rule.inputs)) {
		const outcome = rule.evaluate(figures);
		if (outcome.kind === 'suggested') bands.add(finnish(outcome.band));
		for (const text of outcomeTexts(outcome)) texts.add(finnish(text));
	}
	shown.set(id, texts);
	bandsReached.set(id, bands.size);
}
const shared = [...Object.values(UNIT), ...Object.values(REASON).map((r) => finnish(typeof r === 'function' ? r(1) : r))];
const everyText = new Set([...shared, ...[...shown.values()].flatMap((s) => [...s])]);

function expectTranslated(fi: string, where: string) {
	if (symbolsOnly(fi)) return;
	for (const [language, table] of TABLES) {
		expect(Object.hasOwn(table, fi), `${where}: no ${language} for "${fi}"`).toBe(true);
		expect(table[fi], `${where} (${language})`).toMatch(/\S/);
		expect(table[fi], `${where}: the ${language} is a copy of the Finnish`).not.toBe(fi);
	}
}

describe('the scoring rules in Swedish and English', () => {
	it.each(Object.keys(figureRules))('%s: the sweep reaches every band of the form', (id) => {
		expect(bandsReached.get(id)).toBe(BANDS[id]);
	});

	it.each(Object.keys(figureRules))('%s: every field, band, gap, assumption and refusal has Swedish and English', (id) => {
		for (const fi of shown.get(id)!) expectTranslated(fi, id);
	});

	it('every unit and refusal reason has Swedish and English', () => {
		for (const fi of shared) expectTranslated(fi, 'UNIT/REASON');
	});

	it.each(TABLES)('the %s table holds only texts some rule can show (none left over from an edited Finnish)', (_, table) => {
		expect(Object.keys(table).filter((fi) => !everyText.has(fi))).toEqual([]);
	});

	it.each(TABLES)('the %s table keeps every {n} of the Finnish, and adds none', (_, table) => {
		for (const [fi, words] of Object.entries(table)) expect(words.includes('{n}'), fi).toBe(fi.includes('{n}'));
	});

	it('the tables travel in their language’s module, never in the precached code', () => {
		expect(svModule.ruleTexts).toBe(sv);
		expect(enModule.ruleTexts).toBe(en);
		const code = localeModule('sv', ['fi', 'sv'], [], '/registry.js', { ruleTexts: '/app/src/lib/scoring/texts/<locale>.ts' });
		expect(code).toContain('export { default as ruleTexts } from "/app/src/lib/scoring/texts/sv.ts";');
	});
});

describe('showing a rule text', () => {
	it.each([
		[1, 'Luku voi olla enintään 1.', 'Talet får vara högst 1.', 'The number can be at most 1.'],
		[0.5, 'Luku voi olla enintään 0,5.', 'Talet får vara högst 0,5.', 'The number can be at most 0.5.'],
		[37.5, 'Luku voi olla enintään 37,5.', 'Talet får vara högst 37,5.', 'The number can be at most 37.5.']
	])('the limit %s is written with the decimal comma in Finnish and Swedish', (n, fi, svText, enText) => {
		expect([pick(REASON.max(n), 'fi'), pick(REASON.max(n), 'sv'), pick(REASON.max(n), 'en')]).toEqual([fi, svText, enText]);
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

	const table = { Työaika: 'Arbetstid', 'Enintään {n}.': 'Högst {n}.' };
	const format = (n: number) => `<${n}>`;
	it.each([
		['a text in the table', 'Työaika', table, 'Arbetstid'],
		['no table (Finnish, or a language not loaded)', 'Työaika', undefined, 'Työaika'],
		['a text the table lacks', 'Työviikko', table, 'Työviikko'],
		['a text named like an Object method', 'constructor', table, 'constructor'],
		['a template in the table', { fi: 'Enintään {n}.', n: 2.5 }, table, 'Högst <2.5>.'],
		['a template the table lacks', { fi: 'Vähintään {n}.', n: 3 }, table, 'Vähintään <3>.'],
		['a template with no table', { fi: 'Enintään {n}.', n: 3 }, undefined, 'Enintään <3>.']
	] as const)('translate: %s', (_, text, tableOrNone, expected) => {
		expect(translate(text, tableOrNone, format)).toBe(expected);
	});
});
