import { checkToken, classifyPing, normalizeBaseUrl, REFUSED_REDIRECT, type BaseUrlProblem } from './protocol';
import type { Transport } from './transport';

/**
 * "Test connection" on the settings screen: GET {base}/ping with the token,
 * through the same transport the uploads use, so it tests what uploads will meet.
 */
export type ConnectionResult =
	| { kind: 'ok'; receiver: string; canWrite: boolean }
	| { kind: 'invalid-url'; reason: BaseUrlProblem }
	| { kind: 'no-token' }
	| { kind: 'wrong-token' }
	/** The token holds a character a bearer token cannot (checkToken says which). */
	| { kind: 'bad-token' }
	/** The address answers with a redirect, which is never followed: the reviewer must set the final address. */
	| { kind: 'redirects' }
	| { kind: 'unreachable' }
	| { kind: 'unavailable'; status: number }
	/** Answers, but not as a laatuarvio.upload/1 receiver (or not for our document format). */
	| { kind: 'incompatible' };

export async function testConnection(transport: Transport, endpoint: string, token: string): Promise<ConnectionResult> {
	const base = normalizeBaseUrl(endpoint);
	if (!base.ok) return { kind: 'invalid-url', reason: base.reason };
	if (token.trim() === '') return { kind: 'no-token' };
	if (!checkToken(token.trim()).ok) return { kind: 'bad-token' };
	let status: number;
	let bodyText: string;
	try {
		({ status, bodyText } = await transport.get(`${base.url}/ping`, token.trim()));
	} catch (error) {
		return { kind: error instanceof Error && error.name === REFUSED_REDIRECT ? 'redirects' : 'unreachable' };
	}
	const ping = classifyPing(status, bodyText);
	switch (ping.kind) {
		case 'ok':
			if (!ping.acceptsFormat) return { kind: 'incompatible' };
			return { kind: 'ok', receiver: `${ping.ping.receiver.name} ${ping.ping.receiver.version}`, canWrite: ping.canWrite };
		case 'unauthorized':
			return { kind: 'wrong-token' };
		case 'unavailable':
			return { kind: 'unavailable', status: ping.status };
		case 'bad-reply':
			return { kind: 'incompatible' };
	}
}
