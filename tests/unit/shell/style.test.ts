import { describe, expect, it } from 'vitest';
import { broadSelector, neededRules, presentIn, type RuleLike } from '$lib/shell/style';

describe('broadSelector: every state taken out, so the result matches at least what the selector matches', () => {
	it.each([
		['a plain class', '.a', '.a'],
		['a compound and a combinator', 'main > .a.b li', 'main > .a.b li'],
		['a state on hover', '.a:hover', '.a:is(*)'],
		['a pseudo-element', '.a::before', '.a:is(*)'],
		['a checked radio inside a label', 'label:has(input:checked)', 'label:is(*)'],
		["Svelte's scoping", '.warning-box.svelte-x p:where(.svelte-x)', '.warning-box.svelte-x p:is(*)'],
		['nested arguments, innermost first', '.a:not(:has(.b:focus-visible))', '.a:is(*)'],
		['a state standing alone after a combinator', '.a > :first-child', '.a > :is(*)'],
		['the root', ':root', ':is(*)'],
		['an argument with a formula', 'li:nth-child(2n + 1)', 'li:is(*)'],
		['a list, each part broadened', '.a:hover, .b::after', '.a:is(*), .b:is(*)'],
		['an attribute without quotes', '[data-frame] #app', '[data-frame] #app'],
		['an empty selector stays empty', '', '']
	])('%s', (_, selector, broad) => {
		expect(broadSelector(selector)).toBe(broad);
	});

	it.each([
		['a quoted attribute value (it could hold a colon)', '[data-testid="score-bar"]'],
		['a single-quoted value', "a[href^='http:']"],
		['an escaped character', '.sm\\:hidden'],
		['an unbalanced parenthesis', '.a:not(.b'],
		['a stray parenthesis', '.a)']
	])('%s: not taken apart (the rule is kept)', (_, selector) => {
		expect(broadSelector(selector)).toBeNull();
	});
});

const style = (selectorText: string, body = 'color: red;'): RuleLike => ({ selectorText, cssText: `${selectorText} { ${body} }` });
const media = (conditionText: string, rules: RuleLike[]): RuleLike => ({
	conditionText,
	cssRules: rules,
	cssText: `@media ${conditionText} { ${rules.map((r) => r.cssText).join(' ')} }`
});
/** A page that has `.here`, a label and `main`, and nothing else (a list matches when any part does). */
const present = (selector: string) => selector.split(',').some((part) => /^\s*(\.here|label|main)\b/.test(part));

describe('neededRules: what a frame carries', () => {
	it.each<[string, RuleLike[], string[]]>([
		['a rule for something on the screen is kept', [style('.here')], ['.here { color: red; }']],
		['a rule for nothing on the screen is left out', [style('.gone')], []],
		['a rule for a state of something on the screen is kept', [style('label:has(input:checked)')], ['label:has(input:checked) { color: red; }']],
		['a list is kept when any part matches', [style('.gone, .here')], ['.gone, .here { color: red; }']],
		['a quoted selector is kept unjudged', [style('.gone[data-x="y"]')], ['.gone[data-x="y"] { color: red; }']],
		['a rule that fetches is left out even when it matches', [style('.here', 'background: url(/x.png);')], []],
		['a rule with a CSS escape is left out (an escape can spell url)', [style('.here', 'content: "\\201C";')], []],
		['a media block keeps only the rules it needs', [media('(width >= 40rem)', [style('.here'), style('.gone')])], ['@media (width >= 40rem) {\n.here { color: red; }\n}']],
		['a media block that needs nothing is left out', [media('print', [style('.gone')])], []],
		['a media block drops a fetching rule and keeps the rest', [media('screen', [style('.here', 'background: url(/x.png);'), style('main')])], ['@media screen {\nmain { color: red; }\n}']],
		['another at-rule is kept whole', [{ cssText: '@keyframes spin { to { rotate: 1turn; } }' }], ['@keyframes spin { to { rotate: 1turn; } }']],
		['another at-rule that fetches is left out', [{ cssText: '@font-face { src: url(/f.woff2); }' }], []],
		['@import is never kept', [{ cssText: '@import "/x.css";' }], []],
		['order is kept', [style('main'), style('.gone'), style('.here')], ['main { color: red; }', '.here { color: red; }']]
	])('%s', (_, rules, kept) => {
		expect(neededRules(rules, present)).toEqual(kept);
	});
});

describe('presentIn: a selector the document cannot judge counts as present', () => {
	const rejects = (): Element | null => {
		throw new SyntaxError('not a selector');
	};
	it.each<[string, () => Element | null, boolean]>([
		['found', () => ({}) as Element, true],
		['not found', () => null, false],
		['a selector the browser rejects', rejects, true]
	])('%s', (_, querySelector, answer) => {
		expect(presentIn({ querySelector } as unknown as Document)('.x')).toBe(answer);
	});
});
