import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBody, Ping } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, READ_TOKEN, startReceiver, WRITE_TOKEN, type Receiver } from './harness';

let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());

describe('bearer tokens', () => {
	it.each([
		['no token', null],
		['a wrong token', 'not-the-token'],
		['a token that extends a real one', `${WRITE_TOKEN}x`]
	])('answers %s with 401 and stores nothing', async (_name, token) => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), doc, { token });
		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toBe('Bearer');
		expect(ErrorBody.parse(await response.json()).error.code).toBe('unauthorized');
		expect(receiver.rowCount()).toBe(0);
	});

	it('answers a read-only token with 403 on upload', async () => {
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), doc, { token: READ_TOKEN });
		expect(response.status).toBe(403);
		expect(ErrorBody.parse(await response.json()).error.code).toBe('forbidden');
	});

	it('lets a read-only token read', async () => {
		expect((await receiver.get('/reviews', READ_TOKEN)).status).toBe(200);
	});

	it('refuses the listing without a token', async () => {
		expect((await receiver.get('/reviews', null)).status).toBe(401);
	});
});

describe('GET /ping', () => {
	it('names the protocol and formats for a writing token', async () => {
		const response = await receiver.get('/ping');
		expect(response.status).toBe(200);
		expect(Ping.parse(await response.json())).toMatchObject({
			protocol: 'laatuarvio.upload/1',
			formats: ['laatuarvio.review/2', 'laatuarvio.review/1'],
			authenticated: true,
			canWrite: true
		});
	});

	it('tells a read-only token it cannot write', async () => {
		expect(Ping.parse(await (await receiver.get('/ping', READ_TOKEN)).json()).canWrite).toBe(false);
	});

	it('answers a bad token with 401', async () => {
		expect((await receiver.get('/ping', 'wrong')).status).toBe(401);
	});
});

describe('rate limit', () => {
	it('answers 429 with Retry-After once a token has spent its window', async () => {
		const limited = await startReceiver({ rateLimit: { max: 2, windowMs: 60_000 } });
		try {
			expect((await limited.get('/ping')).status).toBe(200);
			expect((await limited.get('/ping')).status).toBe(200);
			const third = await limited.get('/ping');
			expect(third.status).toBe(429);
			expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(59);
			expect((await limited.get('/ping', READ_TOKEN)).status).toBe(200); // another token has its own budget
		} finally {
			await limited.close();
		}
	});
});

describe('GET /healthz', () => {
	it('answers without a token and outside the API', async () => {
		const response = await fetch(`${receiver.origin}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ ok: true });
	});
});
