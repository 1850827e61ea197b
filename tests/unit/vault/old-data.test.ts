import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { database, openAppDatabase, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { claimNextDue } from '../../../src/lib/db/outbox';
import { reviewRows } from '../../../src/lib/db/reads';
import { readSettings } from '../../../src/lib/db/settings';
import { lockNow, turnLockOff, turnLockOn, unlock } from '../../../src/lib/db/vault/lock';
import { UPGRADE_CASES, loadFixture, type Dump } from '../../support/upgrades';
import { rawStores } from './support';

/**
 * The lock over rows real old builds wrote (the upgrade harness's fixtures:
 * drafts, finished, queued, uploaded with receipt, failed, payloads, settings):
 * nothing is lost or changed by turning it on, reading while unlocked, and
 * turning it off. No Dexie version is added: sealed rows keep every indexed
 * column, so the schema stays version 2.
 */
afterEach(() => {
	database().close();
	useDatabase(null);
});

const raw = (name: string): Promise<Dump> => rawStores(name);

describe.each(UPGRADE_CASES)('the lock over $fixture', ({ fixture, from }) => {
	it('seals every document and the token, reads them back unchanged, and turns off to the same rows', async () => {
		const { stores } = loadFixture(fixture);
		const name = `lock-old-${crypto.randomUUID()}`;
		const old = openDatabase(name, from);
		await old.open();
		await old.transaction('rw', old.tables, async () => {
			for (const [store, rows] of Object.entries(stores)) await old.table(store).bulkAdd(rows);
		});
		old.close();
		useDatabase(openAppDatabase(name));
		await database().open();
		const upgraded = await raw(name);
		const token = (await readSettings('sync')).token;

		await turnLockOn('vanha data salalause', 5, 1_000);
		const sealed = await raw(name);
		for (const store of ['reviews', 'payloads'] as const) {
			expect(sealed[store]).toHaveLength(upgraded[store]?.length ?? 0);
			for (const row of sealed[store] ?? []) expect(row).not.toHaveProperty('doc');
		}
		expect(sealed.summaries).toEqual(upgraded.summaries);
		expect(sealed.outbox).toEqual(upgraded.outbox);
		if (token) expect(JSON.stringify(sealed.settings)).not.toContain(token);

		lockNow();
		expect(await unlock('vanha data salalause')).toEqual({ kind: 'done' });
		const docs = (await reviewRows()).map((r) => JSON.stringify(r.doc)).sort();
		expect(docs).toEqual(((upgraded.reviews ?? []) as { doc: unknown }[]).map((r) => JSON.stringify(r.doc)).sort());
		expect((await readSettings('sync')).token).toBe(token);
		const claimed = await claimNextDue(Date.now());
		if (claimed) {
			// A retry after the lock must carry the frozen bytes, or the receiver answers 409.
			const frozen = (upgraded.payloads as { reviewId: string; revision: number; doc: unknown }[]).find((p) => p.reviewId === claimed.reviewId && p.revision === claimed.revision);
			expect(JSON.stringify(claimed.doc)).toBe(JSON.stringify(frozen?.doc));
		}

		expect(await turnLockOff('vanha data salalause')).toEqual({ kind: 'done' });
		const after = await raw(name);
		expect(after.reviews).toEqual(upgraded.reviews);
		expect(after.payloads).toEqual(upgraded.payloads);
		expect(after.settings).toEqual(upgraded.settings);
	});
});
