import type { Edition, Item } from '../../../src/lib/instrument/schema';
import type { ItemAnswer } from '../../../src/lib/review/schema';
import type { FigureOutcome, FigureRule, Figures } from '../../../src/lib/scoring/types';

/** What a band-edge row checks: the computed measure, the score, and whether a gap was flagged. */
export function placed(rule: FigureRule, figures: Figures) {
	const o: FigureOutcome = rule.evaluate(figures);
	if (o.kind !== 'suggested') return o;
	return { score: o.score, value: o.measure.value, gap: o.gap !== null };
}

/** Part and whole whose percentage is exactly p (one decimal at most): 64.9 → 649 of 1000. */
export const ofThousand = (p: number) => ({ part: Math.round(p * 10), whole: 1000 });

/**
 * A text a rule hands to the UI: Finnish words, or a Finnish template and its number. That its
 * Swedish and English exist is checked once for every text a rule can show (texts.test.ts).
 */
export const aRuleText = {
	asymmetricMatch: (x: unknown): boolean =>
		(typeof x === 'string' && /\S/.test(x)) || (typeof x === 'object' && x !== null && 'fi' in x && typeof x.fi === 'string' && 'n' in x && typeof x.n === 'number'),
	toString: () => 'aRuleText',
	toAsymmetricMatcher: () => 'aRuleText'
};

export function answer(number: number, patch: Partial<ItemAnswer> = {}): ItemAnswer {
	return { number, score: null, subCriteria: {}, figures: {}, notes: [], strengths: '', recommendations: '', justification: '', ...patch };
}

const anchors = [1, 2, 3, 4, 5].map((score) => ({ score, text: `Ankkuri ${score}` }));

function item(number: number, section: Item['section'], suggestion: Item['suggestion'], subs = 0): Item {
	const subCriteria = Array.from({ length: subs }, (_, i) => ({ id: `${number}.${i + 1}`, text: `Osakriteeri ${i + 1}` }));
	return { number, section, title: `Kohta ${number}`, description: 'Kuvaus', subCriteria, anchors, suggestion };
}

/**
 * A 25-item edition shaped like the real one but independent of it: item 1 is
 * scored from figures (caseload), item 5 by count (0–1 met → 1 … 5 → 5), the rest by judgement.
 */
export function fixtureEdition(): Edition {
	const section = (n: number): Item['section'] => (n <= 3 ? 'staffing' : n <= 11 ? 'organisation' : 'content');
	const items = Array.from({ length: 25 }, (_, i) => {
		const n = i + 1;
		if (n === 1) return item(n, section(n), { kind: 'figures', rule: 'caseload' });
		if (n === 5) return item(n, section(n), { kind: 'count', scoreByMet: [1, 1, 2, 3, 4, 5] }, 5);
		return item(n, section(n), { kind: 'judgement' });
	});
	return {
		id: 'fixture',
		date: '2021-11-01',
		title: 'Testilomake',
		language: 'fi',
		instruction: 'Ohje',
		sections: [
			{ id: 'staffing', title: 'Palvelun henkilöstö' },
			{ id: 'organisation', title: 'Palvelun järjestäminen' },
			{ id: 'content', title: 'Palvelun sisältö' }
		],
		items,
		levels: [
			{ id: 'exemplary', min: 115, max: 125, label: 'Esimerkillinen taso' },
			{ id: 'good', min: 100, max: 114, label: 'Hyvä taso' },
			{ id: 'fair', min: 74, max: 99, label: 'Kohtalainen taso' },
			{ id: 'not-supported-employment', min: 25, max: 73, label: 'Palvelu ei ole tuettua työllistymistä' }
		]
	};
}
