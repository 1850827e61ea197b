/**
 * A screen's markup as it may be kept (./README.md): a copy of the app's root element in
 * which the screens' marks have been applied:
 * - `data-frame-omit`: taken out (what changes without a write, such as the upload badge;
 *   what acts only in the live app, such as the search box; what depends on the review's data);
 * - `data-frame-blank`: emptied but as tall as it is now (a review's name, the notes pane),
 *   so the live screen takes its place without the page jumping;
 * - `data-frame-strip="a b"`: those classes taken off (a chosen anchor's mark).
 * Form controls lose their state: checked, values and a <select>'s choice come from the live
 * screen, never from a stored copy. Text a reviewer types is never in it: text boxes hold it
 * in their `value` property, which markup does not carry, and the panes that print notes are
 * blanked.
 */
export const OMIT = 'data-frame-omit';
export const BLANK = 'data-frame-blank';
export const STRIP = 'data-frame-strip';

export function snapshotMarkup(root: Element): string {
	const live = [...root.querySelectorAll(`[${BLANK}]`)].map((el) => el.getBoundingClientRect().height);
	const copy = root.cloneNode(true) as Element;
	copy.querySelectorAll(`[${BLANK}]`).forEach((el, i) => {
		el.replaceChildren();
		const h = live[i] ?? 0;
		if (h > 0 && el instanceof HTMLElement) el.style.minHeight = `${Math.round(h)}px`;
	});
	// Kit's route announcer is the live app's: a copy would be a second live region.
	for (const el of copy.querySelectorAll(`[${OMIT}], script, template, #svelte-announcer`)) el.remove();
	for (const el of copy.querySelectorAll(`[${STRIP}]`)) {
		for (const name of (el.getAttribute(STRIP) ?? '').split(/\s+/)) if (name) el.classList.remove(name);
	}
	for (const el of copy.querySelectorAll('input')) {
		el.removeAttribute('checked');
		if (el.type !== 'radio' && el.type !== 'checkbox') el.removeAttribute('value');
	}
	for (const el of copy.querySelectorAll('option')) el.removeAttribute('selected');
	for (const el of copy.querySelectorAll('[aria-pressed]')) el.setAttribute('aria-pressed', 'false');
	// Svelte's empty anchor comments mean nothing outside the app.
	return copy.innerHTML.replace(/<!---->/g, '');
}
