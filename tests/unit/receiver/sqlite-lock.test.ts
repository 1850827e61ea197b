import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { pathOf, startReceiver, type Receiver } from './harness';

/**
 * Another PROCESS holding SQLite's write lock (a backup script, a second
 * receiver, sqlite3 at a prompt). It prints "locked", then commits when told.
 */
async function holdWriteLock(dbPath: string): Promise<{ release(): Promise<void>; child: ChildProcess }> {
	const script = `
		const Database = require('better-sqlite3');
		const db = new Database(process.argv[1]);
		db.exec('BEGIN IMMEDIATE');
		process.stdout.write('locked\\n');
		process.stdin.once('data', () => { db.exec('COMMIT'); db.close(); process.exit(0); });`;
	const child = spawn(process.execPath, ['-e', script, dbPath], { stdio: ['pipe', 'pipe', 'inherit'] });
	const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
	expect(chunk.toString()).toContain('locked');
	return {
		child,
		async release() {
			child.stdin!.write('go\n');
			await once(child, 'exit');
		}
	};
}

let receiver: Receiver | null = null;
let holder: Awaited<ReturnType<typeof holdWriteLock>> | null = null;
afterEach(async () => {
	if (holder && holder.child.exitCode === null) await holder.release();
	await receiver?.close();
	receiver = holder = null;
});

const BUSY_WAIT_MS = 2500;

describe('a write lock held by another process', { timeout: 20_000 }, () => {
	it('answers health checks promptly while a PUT waits, then refuses the PUT with 503 + Retry-After', async () => {
		receiver = await startReceiver({}, { busyWaitMs: BUSY_WAIT_MS });
		holder = await holdWriteLock(receiver.dbPath);
		const doc = buildFreshReview();
		const started = performance.now();
		let putAnswered = false;
		const put = receiver.put(pathOf(doc), doc).then(async (r) => {
			putAnswered = true;
			return { response: r, ms: performance.now() - started, body: await r.json() };
		});
		await new Promise((resolve) => setTimeout(resolve, 50)); // the PUT is now waiting for the lock
		const healthStarted = performance.now();
		const health = await fetch(`${receiver.origin}/healthz`);
		const healthMs = performance.now() - healthStarted;
		const ping = await receiver.get('/ping');
		const answeredWhileWaiting = !putAnswered;
		const { response, ms, body } = await put;

		expect(health.status).toBe(200);
		expect(ping.status).toBe(200);
		// Before the fix SQLite's own busy wait held the event loop: health took the whole wait.
		expect(answeredWhileWaiting).toBe(true);
		expect(healthMs).toBeLessThan(1000);
		expect(response.status).toBe(503);
		expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
		expect(ErrorBody.parse(body).error.code).toBe('unavailable');
		expect(ms).toBeGreaterThanOrEqual(BUSY_WAIT_MS - 50);

		await holder.release();
		expect((await receiver.put(pathOf(doc), doc)).status).toBe(201);
		expect(receiver.rowCount()).toBe(1);
	});

	it('stores the PUT once the lock is released within the wait', async () => {
		receiver = await startReceiver({}, { busyWaitMs: 3000 });
		holder = await holdWriteLock(receiver.dbPath);
		const doc = buildFreshReview();
		const put = receiver.put(pathOf(doc), doc);
		await new Promise((resolve) => setTimeout(resolve, 200));
		await holder.release();
		expect((await put).status).toBe(201);
		expect(receiver.rowCount()).toBe(1);
	});

});
