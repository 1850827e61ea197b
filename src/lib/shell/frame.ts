import { Dexie } from 'dexie';
import { vaultState, watchVault } from '$lib/db/vault/current';
import { STORAGE_KEY as LOCALE_KEY } from '$lib/i18n/locale.svelte';
import { FRAME_INDEX, FRAME_MAX_CHARS, FRAME_PREFIX, FRAME_VERSION, frameKey, frameOwner, touchIndex, type FrameRecord } from './record';

/**
 * The app's side of the "last frame" (./README.md): keeping a screen's markup once it is drawn,
 * forgetting it when what it shows may have changed, and taking the boot script's copy away
 * when the live screen is ready.
 */

/** The app's root element (src/app.html), whose content the boot script's copy stands in for. */
const APP_ROOT = 'app';
/** The copy the boot script put in the page, and the attribute that hides the app meanwhile. */
const SHOWN_ID = 'laatuarvio-frame';
/** The frame's own style rules (record.style), which go with it. */
const STYLE_ID = 'laatuarvio-frame-style';
const SHOWN_ATTR = 'data-frame';
const LIST_PATH = '/';
/** Tables whose rows the list shows: any write to them makes a kept list untrue. */
const LIST_TABLES = /^idb:\/\/[^/]+\/(reviews|summaries|outbox)\//;

let generation = 0;
let watching = false;

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null; // storage blocked by the browser's settings: no frames, nothing else changes
	}
}

/**
 * Follows writes and the lock, once per tab: a write to the reviews (in this tab or another:
 * Dexie tells every tab) forgets the list's frame; a lock turned on forgets every frame, so that
 * no review's name stays in clear storage.
 */
export function watchFrames(): void {
	if (watching) return;
	watching = true;
	Dexie.on('storagemutated', (parts) => {
		if (!Object.keys(parts).some((k) => LIST_TABLES.test(k))) return;
		generation++;
		forgetFrame(LIST_PATH);
	});
	watchVault((s) => {
		if (s.kind !== 'off') forgetAllFrames();
	});
}

/** A mark to pass to `keepFrame`: a frame drawn from data read before a later write is not kept. */
export const frameGeneration = () => generation;

/**
 * Keeps the screen now in the page as the frame of `path`. Only with the lock off, only from a
 * built app (its entry's URL names the build), and, given `since`, only if nothing was written
 * since then (a list drawn from data read before a write is not kept).
 * A full or blocked storage keeps nothing and says nothing: the frame is a speed-up, not data.
 */
export async function keepFrame(path: string, since?: number): Promise<void> {
	// Loaded when first needed (the browser is idle by then): drawing the first screen never waits for it.
	const [{ snapshotMarkup }, { screenStyle }] = await Promise.all([import('./snapshot'), import('./style')]);
	const store = storage();
	const root = document.getElementById(APP_ROOT);
	const build = document.querySelector('link[href*="/entry/app."]')?.getAttribute('href') ?? null;
	// The screen may have changed while the browser was busy: only the screen of `path` is kept as its frame.
	if (location.pathname !== path) return;
	if (!store || !root || !build || !frameOwner(path) || (since !== undefined && since !== generation) || vaultState().kind !== 'off') return;
	const record: FrameRecord = {
		v: FRAME_VERSION,
		build,
		chosen: store.getItem(LOCALE_KEY),
		nav: navigator.language,
		style: screenStyle(document),
		html: snapshotMarkup(root)
	};
	if (record.html.length + record.style.length > FRAME_MAX_CHARS) return forgetFrame(path);
	try {
		const { index, evict } = touchIndex(store.getItem(FRAME_INDEX), path);
		for (const p of evict) store.removeItem(frameKey(p));
		store.setItem(frameKey(path), JSON.stringify(record));
		store.setItem(FRAME_INDEX, JSON.stringify(index));
	} catch {
		store.removeItem(frameKey(path));
	}
}

const pending = new Map<string, () => void>();

/**
 * `keepFrame` when the browser is idle (at most 2 s on), once per path: a list that updates
 * three times in a row is copied once, and the copy never delays a tap or a frame.
 */
export function keepFrameSoon(path: string, since?: number): void {
	pending.get(path)?.();
	const run = () => {
		pending.delete(path);
		void keepFrame(path, since);
	};
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(run, { timeout: 2000 });
		pending.set(path, () => cancelIdleCallback(handle));
	} else {
		const handle = setTimeout(run, 200);
		pending.set(path, () => clearTimeout(handle));
	}
}

export function forgetFrame(path: string): void {
	storage()?.removeItem(frameKey(path));
}

export function forgetAllFrames(): void {
	const store = storage();
	if (!store) return;
	const keys: string[] = [];
	for (let i = 0; i < store.length; i++) {
		const k = store.key(i);
		if (k?.startsWith(FRAME_PREFIX)) keys.push(k);
	}
	for (const k of keys) store.removeItem(k);
	store.removeItem(FRAME_INDEX);
}

/** Radios chosen in the frame before the app ran, by name: the live screen applies them (`takeEarlyChoice`). */
const early = new Map<string, string>();

/**
 * Takes the kept frame away and shows the app, in the same task as the live screen's first
 * render, so both are never seen together. A radio chosen in the frame meanwhile is kept for
 * the screen to apply through its own write path; focus inside the frame moves to the element
 * with the same id in the live screen, if there is one.
 */
export function dropFrame(): void {
	if (typeof document === 'undefined') return;
	const shown = document.getElementById(SHOWN_ID);
	document.documentElement.removeAttribute(SHOWN_ATTR);
	// By now the live screen's own stylesheets are in: kit loads a screen's CSS before drawing it.
	document.getElementById(STYLE_ID)?.remove();
	if (!shown) return;
	for (const input of shown.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) early.set(input.name, input.value);
	const focused = shown.contains(document.activeElement) ? document.activeElement?.id : undefined;
	shown.remove();
	if (focused) document.getElementById(focused)?.focus();
}

/**
 * The value of the radio `name` chosen in the frame before the app ran, once; null if none.
 * Also one the page's script set aside when it gave up on a slow start after 15 s and took the
 * frame away itself (`window.__laatuarvioEarly`, src/app.html).
 */
export function takeEarlyChoice(name: string): string | null {
	const late = (globalThis as { __laatuarvioEarly?: Record<string, unknown> }).__laatuarvioEarly;
	const set = late?.[name];
	if (late) delete late[name];
	const value = early.get(name) ?? (typeof set === 'string' ? set : null);
	early.delete(name);
	return value;
}
