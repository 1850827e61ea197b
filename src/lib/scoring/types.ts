import type { Score } from '../instrument/schema';
import type { FigureValue } from '../review/schema';

/**
 * Text that the rule itself supplies (labels, units, bands, refusals), in Finnish: the form is
 * Finnish and every build carries Finnish. Its Swedish and English are in `texts/sv.ts` and
 * `texts/en.ts`, keyed by this Finnish, and load with the UI language (texts/README.md). A text
 * with a number in it is a template and the number: `{n}` is written per language when shown.
 */
export type RuleText = string | { fi: string; n: number };

/** One raw figure the reviewer enters for a figure item. The UI renders these generically. */
export type FigureField =
	| { key: string; kind: 'number'; label: RuleText; unit?: RuleText; min?: number; max?: number; step?: number; help?: RuleText }
	/** one number per coach, per client record, …; itemLabel names one entry ("Valmentaja", "Asiakas") */
	| { key: string; kind: 'list'; label: RuleText; itemLabel: RuleText; unit?: RuleText; min?: number; max?: number; step?: number; help?: RuleText }
	/** rows of named numbers, e.g. per coach: contacts per week and job-seeking clients */
	| { key: string; kind: 'rows'; label: RuleText; itemLabel: RuleText; columns: { key: string; label: RuleText; unit?: RuleText; min?: number; max?: number; step?: number }[]; help?: RuleText }
	| { key: string; kind: 'choice'; label: RuleText; options: { value: string; label: RuleText }[]; help?: RuleText }
	| { key: string; kind: 'boolean'; label: RuleText; help?: RuleText };

export type Figures = Record<string, FigureValue>;

/** The measure a figure rule computed, e.g. 23.5 clients per full-time coach. */
export type Measure = { value: number; label: RuleText; unit: RuleText };

/** A figure that fell between two of the form's bands (or on an overlap), and the documented decision. */
export type BandGap = { text: RuleText; decision: RuleText };

export type FigureOutcome =
	| { kind: 'incomplete'; missing: string[] }
	| { kind: 'invalid'; field: string; reason: RuleText }
	| {
			kind: 'suggested';
			score: Score;
			measure: Measure;
			/** The band the measure fell in, as the form words it ("21–25 asiakasta"). */
			band: RuleText;
			/** Set when the measure fell in a gap or overlap of the form's bands. */
			gap: BandGap | null;
			/** Qualitative conditions the suggestion assumed (e.g. 17's tracking-form review). */
			assumptions: RuleText[];
	  };

export interface FigureRule {
	id: string;
	inputs: FigureField[];
	evaluate(figures: Figures): FigureOutcome;
	/**
	 * Whether the form asks for this input given what is entered so far. Absent: every
	 * input is always asked. A follow-up question is shown only once the answers
	 * before it make it matter; what was entered for it is kept, not cleared.
	 */
	asks?(key: string, figures: Figures): boolean;
}

/** What the workspace and the report show next to the reviewer's own score. */
export type SuggestionResult =
	| { kind: 'none' } // judgement item
	| { kind: 'incomplete'; basis: 'count' | 'figures'; missing: string[] }
	| { kind: 'invalid'; basis: 'figures'; field: string; reason: RuleText }
	| { kind: 'suggested'; basis: 'count'; score: Score; met: number; of: number }
	| ({ basis: 'figures' } & Extract<FigureOutcome, { kind: 'suggested' }>);
