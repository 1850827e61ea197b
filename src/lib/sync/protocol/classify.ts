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
	/** 409 revision-mismatch (or any other 409): stop this entry; never overwrite what the receiver holds. */
	| { kind: 'conflict'; message: string; latestRevision: number | null }
	/** 409 newer-revision: a later revision is stored, so this one never will be. Settled, not failed. */
	| { kind: 'superseded'; message: string; latestRevision: number | null }
	/**
	 * The connection settings, not the review, are wrong: the endpoint redirects (a 3xx is never
	 * followed: the token and the review would go where the reviewer did not send them), or the
	 * token cannot be sent. Pause the whole queue until the settings change.
	 */
	| { kind: 'misconfigured'; problem: ConnectionProblem; status: number; message: string }
	/** Transient: 5xx, 429, or no reply at all. retryAfterMs is the server's wish, if it stated one. */
	| { kind: 'retry'; reason: 'server' | 'rate-limited' | 'network'; status: number; retryAfterMs: number | null; message: string }
	/** The endpoint does not speak this protocol: pause the entry with this message. */
	| { kind: 'bad-reply'; status: number; message: string };

export type ConnectionProblem = 'redirect' | 'bad-token';

/**
 * Error names a transport throws when it refused to complete an exchange for a reason
 * the settings can fix. Names, not classes, so this module stays free of the transport.
 */
export const REFUSED_REDIRECT = 'RefusedRedirect';
export const UNSENDABLE_TOKEN = 'UnsendableToken';

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
	if (status >= 300 && status <= 399) return misconfigured('redirect', status);
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
		const kind = error.code === 'newer-revision' ? 'superseded' : 'conflict';
		return { kind, message: error.message, latestRevision: error.latestRevision ?? null };
	}
	return badReply(status, json === undefined ? 'reply is not JSON' : 'unexpected reply');
}

/**
 * A transport that threw: offline, DNS, TLS, reset connection or our own timeout, unless
 * it refused a redirect or a token it cannot send (the settings' fault, not the network's).
 */
export function networkFailure(error: unknown): UploadOutcome {
	// Only the error's name: messages can echo URLs or headers, and nothing secret may reach the UI or logs.
	const name = error instanceof Error ? error.name : '';
	if (name === REFUSED_REDIRECT) return misconfigured('redirect', 0);
	if (name === UNSENDABLE_TOKEN) return misconfigured('bad-token', 0);
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

function misconfigured(problem: ConnectionProblem, status: number): UploadOutcome {
	const message = problem === 'redirect' ? 'endpoint redirects; set the final address' : 'token contains a character that cannot be sent';
	return { kind: 'misconfigured', problem, status, message };
}

function badReply(status: number, why: string): UploadOutcome {
	return { kind: 'bad-reply', status, message: `endpoint does not speak the upload protocol: ${why} (HTTP ${status})` };
}

function errorOf(json: unknown): { code: string; message: string; issues?: Issue[]; latestRevision?: number } | null {
	const parsed = ErrorBody.safeParse(json);
	if (!parsed.success) return null;
	const { code, message, issues, latestRevision } = parsed.data.error;
	return { code, message: clip(message), issues: issues?.slice(0, 100).map((i) => ({ path: clip(i.path), message: clip(i.message) })), latestRevision };
}

function parseJson(text: string): unknown {
	if (text.trim() === '') return undefined;
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
