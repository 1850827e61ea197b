import { FORMAT } from '../../review/schema';
import { Ping } from './messages';

/** What "test connection" tells the reviewer, decided from GET {base}/ping. */
export type PingOutcome =
	| { kind: 'ok'; ping: Ping; acceptsFormat: boolean; canWrite: boolean }
	| { kind: 'unauthorized'; status: 401 | 403 }
	| { kind: 'unavailable'; status: number }
	| { kind: 'bad-reply'; status: number; message: string };

export function classifyPing(status: number, bodyText: string): PingOutcome {
	if (status === 401 || status === 403) return { kind: 'unauthorized', status };
	if (status === 429 || (status >= 500 && status <= 599)) return { kind: 'unavailable', status };
	if (status !== 200) return { kind: 'bad-reply', status, message: `unexpected status (HTTP ${status})` };
	let json: unknown;
	try {
		json = JSON.parse(bodyText);
	} catch {
		return { kind: 'bad-reply', status, message: 'reply is not JSON' };
	}
	const parsed = Ping.safeParse(json);
	if (!parsed.success) return { kind: 'bad-reply', status, message: 'reply is not a laatuarvio.upload/1 ping' };
	const ping = parsed.data;
	// A receiver that omits canWrite predates the field; only an upload can tell, so assume yes.
	return { kind: 'ok', ping, acceptsFormat: ping.formats.includes(FORMAT), canWrite: ping.canWrite ?? true };
}
