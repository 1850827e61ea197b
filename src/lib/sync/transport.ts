import { checkToken, REFUSED_REDIRECT, UNSENDABLE_TOKEN } from './protocol';

/**
 * How bytes reach the receiver. The uploader only sees this interface, so unit
 * tests swap in ./fake-transport.ts and never open a socket.
 *
 * A transport either returns the reply (any status) or throws when no reply
 * arrived at all: offline, DNS, TLS, reset, or the timeout below. It also throws,
 * with a name the protocol's `networkFailure` recognises, when it refuses to go on:
 * a token that cannot be sent (before anything is sent) or a redirect (never followed).
 */
export type ReplyHeaders = { get(name: string): string | null };
export type Reply = { status: number; headers: ReplyHeaders; bodyText: string };

export interface Transport {
	put(url: string, token: string, body: string): Promise<Reply>;
	get(url: string, token: string): Promise<Reply>;
}

/** Long enough for a 2 MiB review on a weak mobile link, short enough that a hung server frees the queue. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export function fetchTransport(timeoutMs = DEFAULT_TIMEOUT_MS, fetchImpl: typeof fetch = globalThis.fetch): Transport {
	async function send(method: 'GET' | 'PUT', url: string, token: string, body?: string): Promise<Reply> {
		const headers = requestHeaders(token, body !== undefined);
		const response = await fetchImpl(url, {
			method,
			headers,
			body,
			// The token is the only credential: no cookies to a third-party receiver, no cached replies.
			credentials: 'omit',
			cache: 'no-store',
			// Following a 3xx would send the token and the review to an address the reviewer never set
			// (and take the target's reply as the receiver's). A browser hands back an opaque redirect
			// (type 'opaqueredirect', status 0); Node hands back the 3xx itself.
			redirect: 'manual',
			signal: AbortSignal.timeout(timeoutMs)
		});
		if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status <= 399)) {
			throw refusal(REFUSED_REDIRECT);
		}
		// Reading the body is part of the exchange: a connection cut mid-body throws here, as it should.
		const bodyText = await response.text();
		return { status: response.status, headers: response.headers, bodyText };
	}
	return {
		put: (url, token, body) => send('PUT', url, token, body),
		get: (url, token) => send('GET', url, token)
	};
}

function requestHeaders(token: string, hasBody: boolean): Headers {
	if (!checkToken(token).ok) throw refusal(UNSENDABLE_TOKEN);
	try {
		const headers = new Headers({ Authorization: `Bearer ${token}`, Accept: 'application/json' });
		if (hasBody) headers.set('Content-Type', 'application/json');
		return headers;
	} catch {
		// Header construction throws TypeError for a value it cannot carry: the token's fault, not the network's.
		throw refusal(UNSENDABLE_TOKEN);
	}
}

/** An Error with only a name: its message must not carry the token or the URL. */
function refusal(name: string): Error {
	const error = new Error(name);
	error.name = name;
	return error;
}
