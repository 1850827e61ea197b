import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkFailure } from '../../../src/lib/sync/protocol';
import { fetchTransport } from '../../../src/lib/sync/transport';

/**
 * fetchTransport over real HTTP. A redirecting stub stands in for a receiver behind a
 * moved address; its target would accept anything with a receipt-looking 201.
 */
type Seen = { path: string; authorization: string | undefined };
let server: Server;
let base: string;
const seen: Seen[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
		req.resume();
		if (req.url?.startsWith('/moved')) {
			res.writeHead(Number(req.url.split('/')[2]), { location: `${base}/target` }).end();
			return;
		}
		res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve)); // any free port: no clash with other runs
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('fetchTransport', () => {
	it.each([301, 302, 303, 307, 308])('never follows a %i: nothing reaches the target, and the refusal is a settings problem', async (status) => {
		seen.length = 0;
		const transport = fetchTransport(5_000);
		const error = await transport.put(`${base}/moved/${status}`, 'dev-token', '{}').then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(Error);
		expect(networkFailure(error)).toMatchObject({ kind: 'misconfigured', problem: 'redirect' });
		expect(seen.map((s) => s.path)).toEqual([`/moved/${status}`]);
	});

	it('refuses a token with an invisible character before anything is sent, as a settings problem', async () => {
		seen.length = 0;
		const error = await fetchTransport(5_000).put(`${base}/ok`, 'dev\u200Btoken', '{}').then(
			() => null,
			(e: unknown) => e
		);
		expect(networkFailure(error)).toMatchObject({ kind: 'misconfigured', problem: 'bad-token' });
		expect(String((error as Error).message)).not.toContain('dev');
		expect(seen).toEqual([]);
	});

	it('sends a good token as a bearer credential and returns the reply', async () => {
		seen.length = 0;
		const reply = await fetchTransport(5_000).put(`${base}/ok`, 'dev-token', '{}');
		expect(reply.status).toBe(201);
		expect(seen).toEqual([{ path: '/ok', authorization: 'Bearer dev-token' }]);
	});

	it('treats a TypeError from header construction as the token\'s fault, not the network\'s', async () => {
		// A fetch whose Headers would refuse the value: the transport never gets as far as calling it.
		let called = false;
		const transport = fetchTransport(5_000, (async () => {
			called = true;
			throw new TypeError('Failed to fetch');
		}) as typeof fetch);
		const error = await transport.get(`${base}/ok`, 'tok\u0100en').catch((e: unknown) => e);
		expect(networkFailure(error)).toMatchObject({ kind: 'misconfigured', problem: 'bad-token' });
		expect(called).toBe(false);
	});
});
