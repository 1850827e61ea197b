/**
 * How bytes reach the receiver. The uploader only sees this interface, so unit
 * tests swap in ./fake-transport.ts and never open a socket.
 *
 * A transport either returns the reply (any status) or throws when no reply
 * arrived at all: offline, DNS, TLS, reset, or the timeout below.
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
		const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
		if (body !== undefined) headers['Content-Type'] = 'application/json';
		const response = await fetchImpl(url, {
			method,
			headers,
			body,
			// The token is the only credential: no cookies to a third-party receiver, no cached replies.
			credentials: 'omit',
			cache: 'no-store',
			redirect: 'follow',
			signal: AbortSignal.timeout(timeoutMs)
		});
		// Reading the body is part of the exchange: a connection cut mid-body throws here, as it should.
		const bodyText = await response.text();
		return { status: response.status, headers: response.headers, bodyText };
	}
	return {
		put: (url, token, body) => send('PUT', url, token, body),
		get: (url, token) => send('GET', url, token)
	};
}
