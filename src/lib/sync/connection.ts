import { classifyPing, normalizeBaseUrl, type BaseUrlProblem } from './protocol';
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
	| { kind: 'unreachable' }
	| { kind: 'unavailable'; status: number }
	/** Answers, but not as a laatuarvio.upload/1 receiver (or not for our document format). */
	| { kind: 'incompatible' };

export async function testConnection(transport: Transport, endpoint: string, token: string): Promise<ConnectionResult> {
	const base = normalizeBaseUrl(endpoint);
	if (!base.ok) return { kind: 'invalid-url', reason: base.reason };
	if (token.trim() === '') return { kind: 'no-token' };
	let status: number;
	let bodyText: string;
	try {
		({ status, bodyText } = await transport.get(`${base.url}/ping`, token.trim()));
	} catch {
		return { kind: 'unreachable' };
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
