import { clip, ErrorBody, Receipt, type Issue } from './messages';

/**
 * What the outbox should do with one upload attempt, decided from the reply
 * alone. The reply is untrusted: a 2xx counts as stored only if its body parses
 * as a Receipt for the request that was sent, and a captive portal's HTML page
 * must never mark a review uploaded.
 */
export type UploadOutcome =
	/** Mark uploaded; the review stays on the device. */
	| { kind: 'stored'; receipt: Receipt }
	/** 400/413/415/422: the document itself was refused; retrying cannot help. */
	| { kind: 'rejected'; status: number; message: string; issues: Issue[] }
	/** 401/403: pause the whole queue until the credentials change. */
	| { kind: 'unauthorized'; status: 401 | 403; message: string }
	/** 409: stop this entry; never overwrite what the receiver holds. */
	| { kind: 'conflict'; message: string; latestRevision: number | null }
	/** Transient: 5xx, 429, or no reply at all. retryAfterMs is the server's wish, if it stated one. */
	| { kind: 'retry'; reason: 'server' | 'rate-limited' | 'network'; status: number; retryAfterMs: number | null; message: string }
	/** The endpoint does not speak this protocol: pause the entry with this message. */
	| { kind: 'bad-reply'; status: number; message: string };

export interface ReplyHeaders {
	get(name: string): string | null;
}

/** Pass the request's own id and revision so a receipt for some other upload is not taken as proof. */
export type ExpectedReceipt = { reviewId: string; revision: number };

const REJECTING = new Set([400, 413, 415, 422]);

export function classifyReply(
	status: number,
	headers: ReplyHeaders,
	bodyText: string,
	now: number,
	expected?: ExpectedReceipt
): UploadOutcome {
	const json = parseJson(bodyText);
	if (status === 200 || status === 201) return storedOrBadReply(status, json, expected);
	if (status >= 500 && status <= 599) {
		return retry('server', status, headers, now, errorOf(json)?.message ?? `server error (HTTP ${status})`);
	}
	if (status === 429) return retry('rate-limited', status, headers, now, errorOf(json)?.message ?? 'rate limited');
	// Gateways in front of a receiver answer these with their own pages; the meaning is the same either way.
	if (status === 401 || status === 403) {
		const fallback = status === 401 ? 'credentials refused' : 'not allowed to upload';
		return { kind: 'unauthorized', status, message: errorOf(json)?.message ?? fallback };
	}
	const error = errorOf(json);
	if (status === 413 && !error) return { kind: 'rejected', status, message: 'review too large for the receiver', issues: [] };
	if (REJECTING.has(status) && error) {
		return { kind: 'rejected', status, message: error.message, issues: error.issues ?? [] };
	}
	if (status === 409 && error) {
		return { kind: 'conflict', message: error.message, latestRevision: error.latestRevision ?? null };
	}
	return badReply(status, json === undefined ? 'reply is not JSON' : 'unexpected reply');
}

/** A fetch that threw: offline, DNS, TLS, reset connection or our own timeout. */
export function networkFailure(error: unknown): UploadOutcome {
	// Only the error's name: messages can echo URLs or headers, and nothing secret may reach the UI or logs.
	const name = error instanceof Error ? error.name : '';
	const timedOut = name === 'AbortError' || name === 'TimeoutError';
	return {
		kind: 'retry',
		reason: 'network',
		status: 0,
		retryAfterMs: null,
		message: timedOut ? 'no reply in time' : 'network failure'
	};
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | null {
	if (value === null) return null;
	const text = value.trim();
	if (/^\d+$/.test(text)) return Number(text) * 1000;
	// A bare number that is not delta-seconds ("1.5", "-3") is malformed, not a date.
	if (/^[-+\d.\s]+$/.test(text)) return null;
	const at = Date.parse(text);
	return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function storedOrBadReply(status: number, json: unknown, expected: ExpectedReceipt | undefined): UploadOutcome {
	const parsed = Receipt.safeParse(json);
	if (!parsed.success) return badReply(status, json === undefined ? 'reply is not JSON' : 'reply is not a receipt');
	const receipt = parsed.data;
	if (expected && (receipt.reviewId !== expected.reviewId || receipt.revision !== expected.revision)) {
		return badReply(status, 'receipt is for another review or revision');
	}
	return { kind: 'stored', receipt };
}

function retry(
	reason: 'server' | 'rate-limited',
	status: number,
	headers: ReplyHeaders,
	now: number,
	message: string
): UploadOutcome {
	return { kind: 'retry', reason, status, retryAfterMs: parseRetryAfter(headers.get('retry-after'), now), message: clip(message) };
}

function badReply(status: number, why: string): UploadOutcome {
	return { kind: 'bad-reply', status, message: `endpoint does not speak the upload protocol: ${why} (HTTP ${status})` };
}

function errorOf(json: unknown): { message: string; issues?: Issue[]; latestRevision?: number } | null {
	const parsed = ErrorBody.safeParse(json);
	if (!parsed.success) return null;
	const { message, issues, latestRevision } = parsed.data.error;
	return { message: clip(message), issues: issues?.slice(0, 100).map((i) => ({ path: clip(i.path), message: clip(i.message) })), latestRevision };
}

function parseJson(text: string): unknown {
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
