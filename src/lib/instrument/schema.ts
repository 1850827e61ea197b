import * as z from 'zod/mini';
import { LevelId, Score, SectionId, SubCriterionId } from './ids';

/**
 * The shape of one edition of the quality criteria. An edition is data: a later
 * edition is added as another file in ./editions and registered in ./index.ts,
 * with no change to screens, scoring or the receiver.
 */

// The value types a review refers to live in ./ids.ts, so that reading a review does not build this file.
export { LevelId, Score, SectionId, SubCriterionId } from './ids';

const Text = z.string().check(z.minLength(1), z.maxLength(5000));

export const Anchor = z.object({ score: Score, text: Text });
export type Anchor = z.infer<typeof Anchor>;

export const SubCriterion = z.object({ id: SubCriterionId, text: Text });
export type SubCriterion = z.infer<typeof SubCriterion>;

/**
 * How a score can be suggested for an item. The suggestion never sets the score;
 * the reviewer's choice is the score.
 * - judgement: anchors only.
 * - count: scoreByMet[n] is the score when n sub-criteria are met (length = sub-criteria + 1).
 * - figures: the reviewer enters raw figures; `rule` names a rule in src/lib/scoring/figures.
 */
export const Suggestion = z.discriminatedUnion('kind', [
	z.object({ kind: z.literal('judgement') }),
	z.object({ kind: z.literal('count'), scoreByMet: z.array(Score) }),
	z.object({ kind: z.literal('figures'), rule: z.string().check(z.minLength(1)) })
]);
export type Suggestion = z.infer<typeof Suggestion>;

export const Item = z.object({
	number: z.int().check(z.gte(1), z.lte(99)),
	section: SectionId,
	title: Text,
	description: Text,
	/** The form's "Huomaa" remarks and other guidance printed with the item. */
	remarks: z.optional(z.array(Text)),
	/** Lead-in sentence printed before the numbered sub-criteria, if any. */
	subCriteriaIntro: z.optional(Text),
	subCriteria: z.array(SubCriterion),
	anchors: z.array(Anchor).check(z.length(5)),
	suggestion: Suggestion
});
export type Item = z.infer<typeof Item>;

export const Section = z.object({ id: SectionId, title: Text });
export type Section = z.infer<typeof Section>;

/** Inclusive total-score range of a level band. */
export const LevelBand = z.object({
	id: LevelId,
	min: z.int(),
	max: z.int(),
	label: Text
});
export type LevelBand = z.infer<typeof LevelBand>;

export const Edition = z
	.object({
		id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
		/** The date printed on the form (ISO). */
		date: z.iso.date(),
		title: Text,
		language: z.literal('fi'),
		/** The form's own instruction to the assessor ("Ohje: …"). */
		instruction: Text,
		sections: z.array(Section),
		items: z.array(Item),
		levels: z.array(LevelBand)
	})
	.check(
		z.refine((e) => e.items.every((it, i) => it.number === i + 1), 'items must be numbered 1..n in order'),
		z.refine(
			(e) => e.items.every((it) => e.sections.some((s) => s.id === it.section)),
			'every item belongs to a listed section'
		),
		z.refine(
			(e) =>
				e.items.every(
					(it) =>
						it.anchors.every((a, i) => a.score === i + 1) &&
						(it.suggestion.kind !== 'count' || it.suggestion.scoreByMet.length === it.subCriteria.length + 1) &&
						it.subCriteria.every((s) => s.id.startsWith(`${it.number}.`))
				),
			'anchors are 1..5 in order; count maps cover 0..n sub-criteria; sub-criteria carry their item number'
		)
	);
export type Edition = z.infer<typeof Edition>;
