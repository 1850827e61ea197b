import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database } from '../../../src/lib/db/database';
import { saveSettings } from '../../../src/lib/db/settings';
import { throttledTable } from '../../../src/lib/db/table-watch';
import type { OutboxRow } from '../../../src/lib/db/types';
import { closeDatabase, enqueue, freshDatabase } from './seed';

/**
 * The outbox watch the badge, the queue screen, the list and the scheduler share
 * (src/lib/db/table-watch.ts): while a queue drains it re-reads the outbox at most
 * once per interval, not after every commit, and still ends on the latest rows.
 */
beforeEach(async () => {
	freshDatabase();
	// Opening the database counts as a change to every table (Dexie says so once, on open).
	await database().open();
});
afterEach(closeDatabase);

const MS = 60;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function watched() {
	let reads = 0;
	const values: OutboxRow[][] = [];
	const watch = throttledTable(
		'outbox',
		() => ((reads += 1), database().outbox.orderBy('enqueuedAt').toArray()),
		MS
	);
	const subscription = watch.subscribe((rows) => values.push(rows));
	return {
		subscription,
		values,
		get reads() {
			return reads;
		}
	};
}

describe('throttledTable', () => {
	it('passes the rows on at once when subscribed', async () => {
		await enqueue();
		const w = watched();
		await expect.poll(() => w.values.length).toBe(1);
		expect(w.values[0]).toHaveLength(1);
		w.subscription.unsubscribe();
	});

	it('reads a few times for 30 quick commits, and the last value holds all of them', async () => {
		const w = watched();
		await expect.poll(() => w.values.length).toBe(1);
		const start = Date.now();
		for (let i = 0; i < 30; i++) await enqueue();
		const elapsed = Date.now() - start;
		await expect.poll(() => w.values.at(-1)?.length).toBe(30);
		await sleep(MS * 2);
		// One read per interval the commits spanned, plus the first and a trailing one: never one per commit.
		expect(w.reads).toBeLessThanOrEqual(Math.ceil(elapsed / MS) + 3);
		expect(w.reads).toBeLessThan(30);
		expect(w.values.at(-1)).toHaveLength(30);
		w.subscription.unsubscribe();
	});

	it('does not read again for a commit to another table', async () => {
		const w = watched();
		await expect.poll(() => w.values.length).toBe(1);
		await saveSettings('profile', { name: 'A', organisation: 'B' });
		await sleep(MS * 3);
		expect(w.reads).toBe(1);
		w.subscription.unsubscribe();
	});

	it('reads nothing more after unsubscribing', async () => {
		const w = watched();
		await expect.poll(() => w.values.length).toBe(1);
		w.subscription.unsubscribe();
		await enqueue();
		await sleep(MS * 3);
		expect(w.reads).toBe(1);
		expect(w.values).toHaveLength(1);
	});
});
