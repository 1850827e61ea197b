/**
 * The stored "last frame" of a screen (./README.md): what the page's boot script in
 * src/app.html reads from localStorage before any of the app's code has loaded. Pure:
 * the key of a path, the record's shape and its check, and which records to evict.
 *
 * The boot script is plain JavaScript inlined in the page (a module could not run before
 * the app's own modules): it repeats FRAME_PREFIX, FRAME_VERSION and the checks of
 * `usableFrame`; tests/unit/shell/boot-script.test.ts holds the two to the same rules.
 */

export const FRAME_PREFIX = 'laatuarvio.frame:';
/** The paths that have a stored frame, least recently drawn first. */
export const FRAME_INDEX = 'laatuarvio.frames';
/** 2: the screen's stylesheets travel as text in the frame (`style`); 1 named them (`css`). */
export const FRAME_VERSION = 2;
/** Frames kept at most: a review's item screens and the list; older ones are evicted. */
export const FRAME_LIMIT = 12;
/** A screen larger than this (in characters of markup and style) is not kept: the storage is shared with the typing journal. */
export const FRAME_MAX_CHARS = 100_000;

export type FrameRecord = {
	v: typeof FRAME_VERSION;
	/** The app entry's URL (content-hashed): a frame drawn by another build is never shown. */
	build: string;
	/** The stored language choice and the browser's language when drawn: both decide the UI language. */
	chosen: string | null;
	nav: string;
	/**
	 * The rules of the screen's stylesheets that index.html does not hold already, as text: the
	 * frame is drawn styled without waiting for a request. Never anything that could fetch (`FETCHING`): a frame
	 * draws from storage alone (`isInert`).
	 */
	style: string;
	/** The app's markup (inside its root element), with what must not be kept taken out (./snapshot.ts). */
	html: string;
};

export const frameKey = (path: string) => FRAME_PREFIX + path;

/** After the app's root has started, the longest a frame stands in for a screen that has not drawn. */
export const FRAME_GIVE_UP_MS = 5000;

/** The screens that keep a frame: the list, and an item screen of a review. No other path has one. */
export type FrameOwner = 'list' | 'item';

export function frameOwner(path: string): FrameOwner | null {
	if (path === '/') return 'list';
	if (/^\/review\/[^/]+\/item\/\d+$/.test(path)) return 'item';
	return null;
}

/** What the page is as the boot script sees it, to tell whether a frame fits. */
export type PageNow = { build: string | null; chosen: string | null; nav: string };

/** A record parsed from storage, if it is one this page may show; null otherwise (and it is then removed). */
export function usableFrame(raw: string | null, now: PageNow): FrameRecord | null {
	if (raw === null) return null;
	let f: unknown;
	try {
		f = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isRecord(f)) return null;
	if (now.build === null || f.build !== now.build || f.chosen !== now.chosen || f.nav !== now.nav) return null;
	return f;
}

function isRecord(f: unknown): f is FrameRecord {
	if (typeof f !== 'object' || f === null) return false;
	const r = f as Record<string, unknown>;
	return (
		r.v === FRAME_VERSION &&
		typeof r.build === 'string' &&
		(r.chosen === null || typeof r.chosen === 'string') &&
		typeof r.nav === 'string' &&
		typeof r.style === 'string' &&
		isInert(r.style) &&
		typeof r.html === 'string'
	);
}

/**
 * What marks style text that could fetch: `@import`, `url(`, `image-set(` (and its prefixed
 * form), `src(`, and any backslash, since a CSS escape can spell any of those (`\75 rl(` is
 * `url(`). The build's stylesheets hold no backslash; a rule that would need one is left out.
 */
export const FETCHING = /@import|url\(|image-set\(|src\(|\\/i;

/** Style text that fetches nothing: the boot script refuses a frame whose style would (with the same FETCHING). */
export const isInert = (style: string) => !FETCHING.test(style);

/** The index after `path` was drawn (moved to the end), and the paths to evict beyond the limit. */
export function touchIndex(raw: string | null, path: string, limit = FRAME_LIMIT): { index: string[]; evict: string[] } {
	let list: string[] = [];
	try {
		const parsed: unknown = raw === null ? [] : JSON.parse(raw);
		if (Array.isArray(parsed)) list = parsed.filter((p): p is string => typeof p === 'string');
	} catch {
		// A damaged index is rebuilt from this frame on; the frames it lost are found by forgetAll's scan.
	}
	const index = [...list.filter((p) => p !== path), path];
	const evict = index.splice(0, Math.max(0, index.length - limit));
	return { index, evict };
}
