import { randomBytes, randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { derivedColumns } from '../../../server/storage/derived-columns';
import { openPostgresStore } from '../../../server/storage/postgres';
import { migratePostgres, PG_SCHEMA_VERSION } from '../../../server/storage/postgres-migrations';
import { StoreBusyError, type NewRevision } from '../../../server/storage/types';
import { revision } from './store-factories';

/**
 * What only the PostgreSQL store has: schema 3 (putRevision as one server-side call)
 * opened on a database a schema-2 receiver left, whose rows the new function decides
 * exactly as before (duplicate with the first receipt, mismatch, newer-exists); and the
 * lock wait inside that call still ending in StoreBusyError (503), and an older revision
 * waiting for a newer one held mid-transaction (the race the lock exists for). The contract suite
 * covers schema 1 → latest and exactly-once on both stores.
 */
vi.setConfig({ testTimeout: 30_000 });
const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl && process.env.CI) throw new Error('TEST_POSTGRES_URL is not set: scripts/test-all.sh starts PostgreSQL');

describe.skipIf(!serverUrl)('PostgreSQL store: schema 2 → 3, lock wait', () => {
	const name = `migration_${randomBytes(6).toString('hex')}`;
	const admin = serverUrl ? postgres(serverUrl, { max: 1, onnotice: () => {} }) : null;
	const url = new URL(serverUrl ?? 'postgres://unused/x');
	url.pathname = `/${name}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });

	beforeAll(async () => {
		await admin!.unsafe(`CREATE DATABASE ${name}`);
	});
	afterAll(async () => {
		await sql.end();
		await admin!.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
		await admin!.end();
	});

	/** Schema 2's insert, as that receiver wrote it (four statements in a transaction; the last one shown). */
	async function insertAsSchema2(r: NewRevision, on: postgres.Sql = sql) {
		const d = derivedColumns(r.derived);
		await on`INSERT INTO revisions (review_id, revision, hash, document, client_totals, server_totals, totals_match,
			service, organisation, start_date, total, level, receipt_id, stored_at,
			edition, end_date, item_scores, agreement, identity_codes, possibly_personal)
			VALUES (${r.reviewId}, ${r.revision}, ${r.hash}, ${r.documentJson}::text::jsonb, ${r.clientTotals && JSON.stringify(r.clientTotals)}::text::jsonb,
			${JSON.stringify(r.serverTotals)}::text::jsonb, ${r.totalsMatch}, ${r.summary.service}, ${r.summary.organisation},
			${r.summary.startDate}, ${r.serverTotals.total}, ${r.serverTotals.level}, ${r.receiptId}, ${r.storedAt},
			${d.edition}, ${d.endDate}, ${d.itemScores}::text::jsonb, ${d.agreement}::text::jsonb, ${d.identityCodes}, ${d.possiblyPersonal})`;
	}
	const functionExists = async () =>
		(await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'laatuarvio_put_revision'`)[0]!.n === 1;

	it('adds the upload function, records version 3, and decides the rows schema 2 stored as before', async () => {
		expect(PG_SCHEMA_VERSION).toBe(3);
		await migratePostgres(sql, 2);
		const first = revision({ reviewId: 'kept', revision: 1, hash: 'h-kept', storedAt: '2026-10-01T08:00:00.000Z' });
		const newer = revision({ reviewId: 'later', revision: 2, hash: 'h-later' });
		for (const r of [first, newer]) await insertAsSchema2(r);
		expect(await functionExists()).toBe(false);

		const store = await openPostgresStore(url.toString());
		try {
			expect((await sql<{ version: number }[]>`SELECT version FROM schema_version`)[0]!.version).toBe(3);
			expect(await functionExists()).toBe(true);

			const again = await store.putRevision({ ...first, receiptId: randomUUID(), storedAt: '2030-01-01T00:00:00.000Z' });
			expect(again).toEqual({
				kind: 'duplicate',
				receipt: { receiptId: first.receiptId, reviewId: 'kept', revision: 1, storedAt: first.storedAt, duplicate: true, serverTotals: first.serverTotals, totalsMatch: true }
			});
			expect(await store.putRevision({ ...first, hash: 'other', receiptId: randomUUID() })).toEqual({ kind: 'mismatch' });
			expect(await store.putRevision(revision({ reviewId: 'later', revision: 1, hash: 'h-old' }))).toEqual({ kind: 'newer-exists', latestRevision: 2 });
			const next = revision({ reviewId: 'later', revision: 3, hash: 'h-3' });
			expect(await store.putRevision(next)).toMatchObject({ kind: 'stored', receipt: { receiptId: next.receiptId, revision: 3, duplicate: false } });
			expect((await store.getRevision('later', 3))?.receipt).toEqual({
				receiptId: next.receiptId, reviewId: 'later', revision: 3, storedAt: next.storedAt, duplicate: false, serverTotals: next.serverTotals, totalsMatch: true
			});
			expect((await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM revisions`)[0]!.n).toBe(3);
		} finally {
			await store.close();
		}
	});

	it('opens a database already at version 3 without migrating it again', async () => {
		const store = await openPostgresStore(url.toString());
		await store.close();
		expect((await sql<{ version: number }[]>`SELECT version FROM schema_version`)[0]!.version).toBe(3);
		expect(await functionExists()).toBe(true);
	});

	it('answers busy when another upload of the review holds its lock past the wait budget, and stores nothing', async () => {
		const store = await openPostgresStore(url.toString(), { lockTimeoutMs: 150 });
		const holder = postgres(url.toString(), { max: 1, onnotice: () => {} });
		try {
			const waiting = holder.begin(async (tx) => {
				await tx`SELECT pg_advisory_xact_lock(hashtextextended(${'held'}, 0))`;
				await expect(store.putRevision(revision({ reviewId: 'held' }))).rejects.toBeInstanceOf(StoreBusyError);
			});
			await waiting;
			expect((await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM revisions WHERE review_id = 'held'`)[0]!.n).toBe(0);
			// Once the lock is free, the same upload stores.
			expect((await store.putRevision(revision({ reviewId: 'held' }))).kind).toBe('stored');
		} finally {
			await holder.end();
			await store.close();
		}
	});

	// The contract suite's race of two puts cannot tell a locked store from an unlocked one:
	// both usually end with the newer stored. Here the newer upload is held mid-transaction
	// (its row inserted, not committed), so without the function's lock the older one would
	// not see it and would land after it.
	it('makes an older revision wait while a newer one of the review is being stored, then answers newer-exists', async () => {
		const store = await openPostgresStore(url.toString(), { lockTimeoutMs: 10_000 });
		const holder = postgres(url.toString(), { max: 1, onnotice: () => {} });
		try {
			let older: ReturnType<typeof store.putRevision> | undefined;
			let settled = false;
			await holder.begin(async (tx) => {
				await tx`SELECT pg_advisory_xact_lock(hashtextextended(${'racing'}, 0))`;
				await insertAsSchema2(revision({ reviewId: 'racing', revision: 2, hash: 'h-new' }), tx as unknown as postgres.Sql);
				older = store.putRevision(revision({ reviewId: 'racing', revision: 1, hash: 'h-old' }));
				void older.finally(() => (settled = true)).catch(() => {});
				await new Promise((r) => setTimeout(r, 400));
				expect(settled).toBe(false);
			});
			expect(await older).toEqual({ kind: 'newer-exists', latestRevision: 2 });
			const rows = await sql<{ revision: number }[]>`SELECT revision FROM revisions WHERE review_id = 'racing'`;
			expect(rows.map((r) => r.revision)).toEqual([2]);
		} finally {
			await holder.end();
			await store.close();
		}
	});
});
