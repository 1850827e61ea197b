import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

let receiver: Receiver;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());
beforeEach(async () => {
	expect((await fetch(`${receiver.origin}/__reset`, { method: 'POST' })).status).toBe(200);
});

function arm(plan: Record<string, unknown>) {
	return fetch(`${receiver.origin}/__faults`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(plan)
	});
}

async function attempts(): Promise<{ status: number | null; fault: string | null; ms: number }[]> {
	return ((await (await fetch(`${receiver.origin}/__faults/log`)).json()) as { attempts: [] }).attempts;
}

describe('fault injection', () => {
	it('fails the next N uploads, then stores', async () => {
		expect((await arm({ mode: 'fail', count: 2, status: 502 })).status).toBe(200);
		const doc = buildFreshReview();
		const statuses = [];
		for (let i = 0; i < 3; i++) statuses.push((await receiver.put(pathOf(doc), doc)).status);
		expect(statuses).toEqual([502, 502, 201]);
		expect((await attempts()).map((a) => a.status)).toEqual([502, 502, 201]);
	});

	it('stores, drops the reply, and keeps one copy when the client retries', async () => {
		await arm({ mode: 'drop-after-commit', count: 1 });
		const doc = buildFreshReview();
		await expect(receiver.put(pathOf(doc), doc)).rejects.toThrow();
		expect(receiver.rowCount()).toBe(1);
		const retry = await receiver.put(pathOf(doc), doc);
		expect(retry.status).toBe(200);
		expect(((await retry.json()) as { duplicate: boolean }).duplicate).toBe(true);
		expect(receiver.rowCount()).toBe(1);
		expect((await attempts()).map((a) => [a.fault, a.status])).toEqual([
			['drop-after-commit', null],
			[null, 200]
		]);
	});

	it('rate-limits with a Retry-After in seconds', async () => {
		await arm({ mode: 'rate-limit', count: 1, retryAfterSeconds: 7 });
		const doc = buildFreshReview();
		const response = await receiver.put(pathOf(doc), doc);
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('7');
		expect(receiver.rowCount()).toBe(0);
	});

	it('closes the connection without a reply and stores nothing', async () => {
		await arm({ mode: 'close', count: 1 });
		const doc = buildFreshReview();
		await expect(receiver.put(pathOf(doc), doc)).rejects.toThrow();
		expect(receiver.rowCount()).toBe(0);
		expect(await attempts()).toMatchObject([{ fault: 'close', status: null }]);
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
	});

	it('delays an upload by the given time', async () => {
		await arm({ mode: 'delay', count: 1, delayMs: 300 });
		const doc = buildFreshReview();
		const started = performance.now();
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
		expect(performance.now() - started).toBeGreaterThanOrEqual(290);
		expect((await attempts())[0]!.ms).toBeGreaterThanOrEqual(290);
	});

	it('leaves reads alone and logs only uploads', async () => {
		await arm({ mode: 'fail', count: 1 });
		expect((await receiver.get('/ping')).status).toBe(200);
		expect(await attempts()).toEqual([]);
	});

	it('a plan for one review leaves uploads of other reviews alone', async () => {
		const target = buildFreshReview();
		const other = buildFreshReview();
		await arm({ mode: 'fail', count: 1, status: 503, reviewId: target.id });
		expect((await receiver.put(pathOf(other), other)).status).toBe(201);
		expect((await receiver.put(pathOf(target), target)).status).toBe(503);
		expect((await receiver.put(pathOf(target), target)).status).toBe(201);
		expect((await attempts()).map((a) => a.fault)).toEqual([null, 'fail', null]);
	});

	it('plans for two reviews stay armed side by side, as two parallel tests arm them', async () => {
		const a = buildFreshReview();
		const b = buildFreshReview();
		await arm({ mode: 'fail', count: 1, status: 502, reviewId: a.id });
		await arm({ mode: 'fail', count: 1, status: 503, reviewId: b.id });
		expect((await receiver.put(pathOf(b), b)).status).toBe(503);
		expect((await receiver.put(pathOf(a), a)).status).toBe(502);
		expect((await receiver.put(pathOf(a), a)).status).toBe(201);
	});

	it('clears a plan on DELETE /__faults', async () => {
		await arm({ mode: 'fail', count: 5 });
		await fetch(`${receiver.origin}/__faults`, { method: 'DELETE' });
		const doc = buildFreshReview();
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
	});

	it('empties the store on POST /__reset', async () => {
		const doc = buildFreshReview();
		await receiver.put(pathOf(doc), doc);
		await fetch(`${receiver.origin}/__reset`, { method: 'POST' });
		expect(receiver.rowCount()).toBe(0);
		expect(await attempts()).toEqual([]);
	});

	it('refuses a plan it does not understand', async () => {
		expect((await arm({ mode: 'explode', count: 1 })).status).toBe(400);
	});

	it('does not exist unless constructed', async () => {
		const plain = await startReceiver({ faults: null });
		try {
			expect((await fetch(`${plain.origin}/__faults/log`)).status).toBe(404);
			expect((await fetch(`${plain.origin}/__reset`, { method: 'POST' })).status).toBe(404);
		} finally {
			await plain.close();
		}
	});
});
