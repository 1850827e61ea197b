import { describe, expect, it } from 'vitest';
import { Edition, type Item } from '../../../src/lib/instrument/schema';
import { suggest } from '../../../src/lib/scoring/suggest';
import { answer, aRuleText, fixtureEdition } from './helpers';

const edition = Edition.parse(fixtureEdition());
const itemNo = (n: number): Item => edition.items[n - 1]!;
const met = (pattern: (boolean | null)[]) =>
	Object.fromEntries(pattern.map((m, i) => [`5.${i + 1}`, { met: m, evidence: '' }]));

describe('suggest', () => {
	it.each([
		['judgement item', itemNo(2), answer(2, { score: 4 }), { kind: 'none' }],
		['count item, all assessed', itemNo(5), answer(5, { subCriteria: met([true, true, false, true, false]) }), { kind: 'suggested', basis: 'count', score: 3, met: 3, of: 5 }],
		['count item, some unassessed', itemNo(5), answer(5, { subCriteria: met([true, null, false, true, null]) }), { kind: 'incomplete', basis: 'count', missing: ['5.2', '5.5'] }],
		['count item, a sub-criterion absent from the answer', itemNo(5), answer(5, { subCriteria: met([true, true, true, true]) }), { kind: 'incomplete', basis: 'count', missing: ['5.5'] }],
		['count item, no answer yet', itemNo(5), undefined, { kind: 'incomplete', basis: 'count', missing: ['5.1', '5.2', '5.3', '5.4', '5.5'] }],
		['figure item, nothing entered', itemNo(1), answer(1), { kind: 'incomplete', basis: 'figures', missing: ['clients', 'ftes'] }],
		['figure item, no answer yet', itemNo(1), undefined, { kind: 'incomplete', basis: 'figures', missing: ['clients', 'ftes'] }],
		['figure item, invalid', itemNo(1), answer(1, { figures: { clients: 10, ftes: [0] } }), { kind: 'invalid', basis: 'figures', field: 'ftes[0]', reason: aRuleText }]
	])('%s', (_, item, given, expected) => {
		expect(suggest(item, given)).toEqual(expected);
	});

	it('figure item, complete: the rule outcome with basis "figures"', () => {
		expect(suggest(itemNo(1), answer(1, { figures: { clients: 46, ftes: [1, 1] } }))).toMatchObject({
			kind: 'suggested',
			basis: 'figures',
			score: 4,
			measure: { value: 23 },
			band: '21 – 25 asiakasta',
			gap: null,
			assumptions: []
		});
	});

	it.each(['no-such-rule', 'toString', '__proto__', 'constructor'])('an unknown rule id (%s) suggests nothing and does not throw', (rule) => {
		const item: Item = { ...itemNo(1), suggestion: { kind: 'figures', rule } };
		expect(suggest(item, answer(1, { figures: { clients: 10, ftes: [1] } }))).toEqual({ kind: 'none' });
	});
});
