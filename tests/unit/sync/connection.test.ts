import { describe, expect, it } from 'vitest';
import { testConnection } from '../../../src/lib/sync/connection';
import { FakeTransport } from '../../../src/lib/sync/fake-transport';
import type { Reply, Transport } from '../../../src/lib/sync/transport';

const BASE = 'https://kerays.example.fi/api/v1';

function replying(status: number, bodyText: string): Transport {
	const reply: Reply = { status, headers: { get: () => null }, bodyText };
	return { get: async () => reply, put: async () => reply };
}

const throwing: Transport = {
	get: async () => {
		throw new TypeError('Failed to fetch');
	},
	put: async () => {
		throw new TypeError('Failed to fetch');
	}
};

function refusing(name: string): Transport {
	const fail = async (): Promise<Reply> => {
		const error = new Error(name);
		error.name = name;
		throw error;
	};
	return { get: fail, put: fail };
}

describe('testConnection', () => {
	it('refuses to send a token with a character no bearer token may hold', async () => {
		const fake = new FakeTransport({ tokens: { writer: true } });
		expect(await testConnection(fake, BASE, 'wri\u200Bter')).toEqual({ kind: 'bad-token' });
		expect(fake.calls).toEqual([]);
	});

	it('reports a working receiver and whether the token may upload', async () => {
		const fake = new FakeTransport({ tokens: { writer: true, reader: false } });
		expect(await testConnection(fake, `${BASE}/`, 'writer')).toEqual({ kind: 'ok', receiver: 'fake 0', canWrite: true });
		expect(await testConnection(fake, BASE, 'reader')).toMatchObject({ kind: 'ok', canWrite: false });
		expect(fake.calls.map((c) => c.url)).toEqual([`${BASE}/ping`, `${BASE}/ping`]);
	});

	it.each<[string, string, Transport, unknown]>([
		['an insecure address', 'http://kerays.example.fi/api/v1', throwing, { kind: 'invalid-url', reason: 'insecure' }],
		['a blank address', '  ', throwing, { kind: 'invalid-url', reason: 'empty' }],
		['a wrong token', BASE, new FakeTransport({ tokens: { other: true } }), { kind: 'wrong-token' }],
		['no reply', BASE, throwing, { kind: 'unreachable' }],
		['a redirect', BASE, refusing('RefusedRedirect'), { kind: 'redirects' }],
		['a server error', BASE, replying(503, ''), { kind: 'unavailable', status: 503 }],
		['an HTML page', BASE, replying(200, '<!doctype html><p>Hei'), { kind: 'incompatible' }],
		['a 404', BASE, replying(404, '{}'), { kind: 'incompatible' }],
		[
			'a receiver without our format',
			BASE,
			replying(200, JSON.stringify({ protocol: 'laatuarvio.upload/1', formats: ['laatuarvio.review/9'], authenticated: true, receiver: { name: 'x', version: '1' } })),
			{ kind: 'incompatible' }
		]
	])('says so for %s', async (_name, url, transport, expected) => {
		expect(await testConnection(transport, url, 'token')).toEqual(expected);
	});

	it('asks for a token before calling anyone', async () => {
		const fake = new FakeTransport();
		expect(await testConnection(fake, BASE, '  ')).toEqual({ kind: 'no-token' });
		expect(fake.calls).toHaveLength(0);
	});
});
