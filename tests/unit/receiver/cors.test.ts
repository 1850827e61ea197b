import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, startReceiver, WRITE_TOKEN, type Receiver } from './harness';

let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());

function preflight(origin: string) {
	return fetch(`${receiver.base}/reviews/3f1c2a9e-7b4d-4c8e-9a2f-5d6e7f809a1b/revisions/1`, {
		method: 'OPTIONS',
		headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' }
	});
}

describe('CORS', () => {
	it('allows a preflight PUT with Authorization from the app origin', async () => {
		const response = await preflight(APP_ORIGIN);
		expect(response.status).toBe(204);
		expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(response.headers.get('access-control-allow-methods')).toContain('PUT');
		expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
	});

	it('gives no permission to another origin', async () => {
		const response = await preflight('https://evil.example.com');
		expect(response.headers.get('access-control-allow-origin')).toBeNull();
	});

	it('lets the app read Retry-After on an actual reply', async () => {
		const response = await fetch(`${receiver.base}/ping`, { headers: { origin: APP_ORIGIN, authorization: `Bearer ${WRITE_TOKEN}` } });
		expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
		expect(response.headers.get('access-control-expose-headers')).toContain('Retry-After');
	});

	it('keeps CORS headers on a 401 so the app can tell a bad token from a network failure', async () => {
		const response = await fetch(`${receiver.base}/ping`, { headers: { origin: APP_ORIGIN } });
		expect(response.status).toBe(401);
		expect(response.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
	});
});
