/**
 * The receiver's base URL as the reviewer typed it, checked before anything is
 * sent to it. Plain http would carry the bearer token and the review in the
 * clear, so it is allowed only for a receiver on the same machine.
 */
export type BaseUrlProblem =
	| 'empty'
	| 'invalid'
	| 'unsupported-scheme'
	| 'insecure'
	| 'has-credentials'
	| 'has-query'
	| 'has-fragment';

export type BaseUrlResult = { ok: true; url: string } | { ok: false; reason: BaseUrlProblem };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export function normalizeBaseUrl(input: string): BaseUrlResult {
	const text = input.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { ok: false, reason: 'invalid' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'unsupported-scheme' };
	if (url.hostname === '') return { ok: false, reason: 'invalid' };
	if (url.username !== '' || url.password !== '') return { ok: false, reason: 'has-credentials' };
	// URL drops a bare "?" or "#", so look at the raw text: paths are appended to the base verbatim.
	if (url.search !== '' || text.includes('?')) return { ok: false, reason: 'has-query' };
	if (url.hash !== '' || text.includes('#')) return { ok: false, reason: 'has-fragment' };
	if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, reason: 'insecure' };
	return { ok: true, url: url.href.replace(/\/+$/, '') };
}

/** The idempotency key of an upload is its path: one (review, revision) is stored at most once. */
export function revisionPath(reviewId: string, revision: number): string {
	if (!Number.isSafeInteger(revision) || revision < 1) throw new RangeError('revision must be a positive integer');
	return `/reviews/${encodeURIComponent(reviewId)}/revisions/${revision}`;
}
