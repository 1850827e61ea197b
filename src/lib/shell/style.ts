import { isInert } from './record';

/**
 * Which of the page's style rules a kept frame carries (./README.md). The page's script
 * parses the frame's style before the frame can be shown, and the first style pass builds
 * its rule sets (issue 15: the item screen's frame carried 19 KB of style for 7.5 KB of
 * markup, most of it other screens' and states' rules). So only rules that can match
 * something on the screen now are kept, judged generously: a rule wrongly kept costs a few
 * bytes, a rule wrongly dropped draws the frame unstyled.
 */

/** The shape of CSSOM rules this reads (structural, so that tables can test it without a DOM). */
export type RuleLike = {
	cssText: string;
	selectorText?: string;
	conditionText?: string;
	cssRules?: ArrayLike<RuleLike>;
};

const MARK = '\u0000';
/** A pseudo-class or pseudo-element with an argument holding no parentheses: replaced innermost first. */
const PSEUDO_CALL = /::?[\w-]+\([^()]*\)/g;
const PSEUDO = /::?[\w-]+/g;

/**
 * A selector that matches at least whatever `selector` matches, with every state taken out:
 * each pseudo-class and pseudo-element (with its argument) becomes `:is(*)`, which matches any
 * element. So `label:has(input:checked)` becomes `label:is(*)`, true of any label, checked or
 * not, and `.a:not(.b)::before` becomes `.a:is(*):is(*)`. Null for a selector this does not
 * take apart safely (a quoted attribute value or an escape could hold a colon): such a rule is kept.
 */
export function broadSelector(selector: string): string | null {
	if (/["'\\]/.test(selector)) return null;
	let s = selector;
	for (let prev = ''; prev !== s; ) {
		prev = s;
		s = s.replace(PSEUDO_CALL, MARK);
	}
	if (/[()]/.test(s)) return null;
	return s.replace(PSEUDO, MARK).replaceAll(MARK, ':is(*)');
}

/**
 * The rules, as text, that a frame needs: a style rule whose broadened selector matches
 * something (`present`, given the page's document, or true when it cannot tell); a `@media` or
 * `@supports` block with the rules inside it that are needed (left out when none is); any other
 * rule (`@keyframes`, `@font-face`, `@layer`…) whole. A rule that would fetch is never kept.
 */
export function neededRules(rules: ArrayLike<RuleLike>, present: (selector: string) => boolean): string[] {
	const out: string[] = [];
	const keep = (text: string) => {
		if (isInert(text)) out.push(text);
	};
	for (const rule of Array.from(rules)) {
		if (typeof rule.selectorText === 'string') {
			const broad = broadSelector(rule.selectorText);
			if (broad === null || present(broad)) keep(rule.cssText);
			continue;
		}
		const block = /^@(media|supports)\b/i.exec(rule.cssText);
		if (block && typeof rule.conditionText === 'string' && rule.cssRules) {
			// Each rule inside is judged (and checked for fetching) on its own.
			const inner = neededRules(rule.cssRules, present);
			if (inner.length > 0) keep(`@${block[1]!.toLowerCase()} ${rule.conditionText} {\n${inner.join('\n')}\n}`);
			continue;
		}
		keep(rule.cssText);
	}
	return out;
}

/** `present` for a document: a selector it cannot parse counts as present, so its rule is kept. */
export const presentIn =
	(doc: Pick<Document, 'querySelector'>) =>
	(selector: string): boolean => {
		try {
			return doc.querySelector(selector) !== null;
		} catch {
			return true;
		}
	};

/**
 * The rules of the page's own stylesheets as text: the screen's (kit links them as the app
 * loads its code). The root layout's are in index.html already (kit's inlineStyleThreshold, in
 * svelte.config.js), behind disabled links, and are left out. Only rules that can match
 * something in the page now, and none that would fetch (`neededRules`): a frame never asks the
 * network for anything, and the page's script parses less before it can show the frame.
 */
export function screenStyle(doc: Document): string {
	const rules: string[] = [];
	const present = presentIn(doc);
	for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
		const sheet = link.sheet;
		if (!sheet || link.disabled || new URL(link.href, doc.location.href).origin !== doc.location.origin) continue;
		try {
			rules.push(...neededRules(sheet.cssRules, present));
		} catch {
			// A sheet whose rules cannot be read is left out; the frame is then drawn with fewer styles.
		}
	}
	return rules.join('\n');
}
