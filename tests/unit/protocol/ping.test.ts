import { describe, expect, it } from 'vitest';
import { classifyPing } from '../../../src/lib/sync/protocol';

const ping = {
	protocol: 'laatuarvio.upload/1',
	formats: ['laatuarvio.review/2', 'laatuarvio.review/1'],
	authenticated: true,
	receiver: { name: 'r', version: '1' }
};
const json = (value: unknown) => JSON.stringify(value);

describe('classifyPing', () => {
	it.each([
		['a receiver of formats 2 and 1', 200, json(ping), { kind: 'ok', acceptsFormat: true, canWrite: true }],
		['a read-only token', 200, json({ ...ping, canWrite: false }), { kind: 'ok', canWrite: false }],
		['a receiver of format 1 only', 200, json({ ...ping, formats: ['laatuarvio.review/1'] }), { kind: 'ok', acceptsFormat: false }],
		['a receiver of format 2 only', 200, json({ ...ping, formats: ['laatuarvio.review/2'] }), { kind: 'ok', acceptsFormat: true }],
		['another protocol', 200, json({ ...ping, protocol: 'laatuarvio.upload/2' }), { kind: 'bad-reply' }],
		['an HTML page', 200, '<html></html>', { kind: 'bad-reply', message: 'reply is not JSON' }],
		['a bad token', 401, '', { kind: 'unauthorized', status: 401 }],
		['a forbidden token', 403, '', { kind: 'unauthorized', status: 403 }],
		['rate limited', 429, '', { kind: 'unavailable', status: 429 }],
		['a gateway error', 502, '<html></html>', { kind: 'unavailable', status: 502 }],
		['not found', 404, '', { kind: 'bad-reply', status: 404 }]
	])('%s', (_name, status, body, expected) => {
		expect(classifyPing(status, body)).toMatchObject(expected);
	});
});
