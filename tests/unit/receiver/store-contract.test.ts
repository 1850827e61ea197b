import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { acceptDocument } from '../../../server/accept';
import { canonicalJson, sha256Hex } from '../../../server/canonical';
import type { NewRevision, ReviewStore } from '../../../server/storage/types';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { buildFinishedReview } from '../../fixtures/review-builder';
import { pairReview } from './pair-review';
import { postgresStoreFactory, revision, sqliteStoreFactory, totals, type StoreFactory } from './store-factories';

/** A revision as the upload route builds it from a real document, derived figures included. */
function revisionOf(doc: ReviewDocument, storedAt: string): NewRevision {
	const verdict = acceptDocument(doc, { reviewId: doc.id, revision: doc.revision });
	if (!verdict.ok) throw new Error(verdict.message);
	const documentJson = canonicalJson(doc);
	return {
		reviewId: doc.id, revision: doc.revision, hash: sha256Hex(documentJson), documentJson, clientTotals: doc.totals,
		serverTotals: verdict.serverTotals, totalsMatch: verdict.totalsMatch, derived: verdict.derived, receiptId: randomUUID(), storedAt,
		summary: { service: doc.meta.service, organisation: doc.meta.organisation, startDate: doc.meta.startDate }
	};
}

/**
 * ONE suite of what every ReviewStore must do, run against SQLite and against a
 * real PostgreSQL (TEST_POSTGRES_URL, set by scripts/test-all.sh, which starts a
 * throw-away cluster). Under CI a missing PostgreSQL is a failure, not a skip.
 */
// Contention cases run 50 transactions; a loaded 2-core machine needs more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const postgresUrl = process.env.TEST_POSTGRES_URL;
if (!postgresUrl && process.env.CI) throw new Error('TEST_POSTGRES_URL is not set: scripts/test-all.sh starts PostgreSQL');

const factories: [string, () => StoreFactory | null][] = [
	['SQLite', () => sqliteStoreFactory()],
	['PostgreSQL', () => (postgresUrl ? postgresStoreFactory(postgresUrl) : null)]
];

describe.each(factories)('%s review store', (name, make) => {
	const factory = make();
	if (!factory) {
		it.skip(`${name}: TEST_POSTGRES_URL is not set (npm test starts PostgreSQL)`, () => {});
		return;
	}
	const open: ReviewStore[] = [];
	async function store(): Promise<ReviewStore> {
		const opened = await factory!.open();
		open.push(opened);
		return opened;
	}
	beforeAll(() => factory.setUp());
	afterEach(async () => {
		await Promise.all(open.splice(0).map((s) => s.close()));
		await factory.reset();
	});
	afterAll(() => factory.tearDown());

	it('records its schema version on open and keeps what it stored across a reopen', async () => {
		const first = await store();
		await first.putRevision(revision());
		await first.close();
		open.splice(0);
		expect(await factory.schemaVersion()).toBe(factory.expectedVersion);
		const again = await store();
		expect((await again.list()).map((r) => r.reviewId)).toEqual(['r1']);
		expect(await factory.schemaVersion()).toBe(factory.expectedVersion);
	});

	it('refuses a database written by a newer receiver', async () => {
		await (await store()).close();
		open.splice(0);
		await factory.setSchemaVersion(factory.expectedVersion + 1);
		await expect(factory.open()).rejects.toThrow(/newer/);
	});

	it.each([
		['the same hash', revision({ receiptId: randomUUID() }), 'duplicate'],
		['another hash', revision({ hash: 'h2' }), 'mismatch'],
		['an older revision', revision({ revision: 1, reviewId: 'r2' }), 'newer-exists']
	])('decides a second put with %s', async (_name, second, kind) => {
		const s = await store();
		await s.putRevision(revision());
		await s.putRevision(revision({ reviewId: 'r2', revision: 2 }));
		expect((await s.putRevision(second)).kind).toBe(kind);
	});

	it('gives a duplicate the first receipt, not the one offered', async () => {
		const s = await store();
		const stored = await s.putRevision(revision());
		const again = await s.putRevision(revision({ receiptId: randomUUID(), storedAt: '2030-01-01T00:00:00.000Z' }));
		expect(stored.kind).toBe('stored');
		expect(again.kind === 'duplicate' && again.receipt).toEqual(stored.kind === 'stored' && { ...stored.receipt, duplicate: true });
	});

	it('stores exactly one row and hands out one receipt for 50 concurrent identical puts from two connections', async () => {
		const [a, b] = [await store(), await store()];
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).putRevision(revision({ receiptId: randomUUID() })))
		);
		expect(results.filter((r) => r.kind === 'stored')).toHaveLength(1);
		expect(results.filter((r) => r.kind === 'duplicate')).toHaveLength(49);
		const receipts = new Set(results.map((r) => (r.kind === 'stored' || r.kind === 'duplicate' ? r.receipt.receiptId : null)));
		expect(receipts.size).toBe(1);
		expect(await factory.rowCount()).toBe(1);
	});

	// What two racing puts may answer. Whether the store serialises them is proved where a race
	// can be forced: postgres-store.test.ts holds a newer upload mid-transaction; SQLite's write
	// lock across processes is in sqlite-lock.test.ts.
	it('answers racing older and newer puts consistently: the newer stored, the older stored or refused, the newer latest', async () => {
		const [a, b] = [await store(), await store()];
		const rounds = await Promise.all(
			Array.from({ length: 20 }, async (_, i) => {
				const id = `race-${i}`;
				const [older, newer] = await Promise.all([
					(i % 2 ? a : b).putRevision(revision({ reviewId: id, revision: 1, hash: 'old' })),
					(i % 2 ? b : a).putRevision(revision({ reviewId: id, revision: 2, hash: 'new' }))
				]);
				return { id, older: older.kind, newer: newer.kind };
			})
		);
		for (const round of rounds) {
			expect(round.newer).toBe('stored');
			expect(['stored', 'newer-exists']).toContain(round.older);
			expect((await a.getLatest(round.id))?.receipt.revision).toBe(2);
		}
		expect(await factory.rowCount()).toBe(20 + rounds.filter((r) => r.older === 'stored').length);
	});

	it('reads back the document, totals and receipt it stored', async () => {
		const s = await store();
		const input = revision({ clientTotals: null, totalsMatch: false });
		const stored = await s.putRevision(input);
		const record = await s.getRevision('r1', 1);
		expect(record).toEqual({
			document: JSON.parse(input.documentJson),
			clientTotals: null,
			serverTotals: input.serverTotals,
			receipt: stored.kind === 'stored' ? stored.receipt : null,
			agreement: null,
			personalData: { identityCodes: 0, possiblyPersonal: 0 }
		});
		expect(await s.getRevision('r1', 2)).toBeNull();
		expect(await s.getLatest('nobody')).toBeNull();
	});

	it('lists the latest revision of each review, newest first', async () => {
		const s = await store();
		await s.putRevision(revision({ reviewId: 'a', storedAt: '2026-03-01T00:00:00.000Z' }));
		await s.putRevision(revision({ reviewId: 'a', revision: 2, hash: 'h2', storedAt: '2026-03-05T00:00:00.000Z', serverTotals: totals(90) }));
		await s.putRevision(revision({ reviewId: 'b', storedAt: '2026-03-04T00:00:00.000Z' }));
		const listed = await s.list();
		expect(listed.map((r) => [r.reviewId, r.latestRevision, r.total])).toEqual([
			['a', 2, 90],
			['b', 1, 100]
		]);
		expect(listed[0]).toMatchObject({ service: 's', organisation: 'o', startDate: '2026-03-02', level: 'good' });
		await s.clear();
		expect(await s.list()).toEqual([]);
	});

	it('keeps the figures it was given with the revision, and returns them with the revision and in the listing', async () => {
		const s = await store();
		const doc = await pairReview(buildFinishedReview({ id: randomUUID() }));
		doc.items[0]!.notes.push({ id: 'n-x', source: 'interview', role: 'valmentaja', text: 'Asiakas 131052-308T, puh. 040 123 4567', createdAt: doc.createdAt });
		const input = revisionOf(doc, '2026-11-04T08:00:00.000Z');
		expect(input.derived.personalData).toEqual({ identityCodes: 1, possiblyPersonal: 1 });
		await s.putRevision(input);
		const record = await s.getRevision(doc.id, 1);
		expect(record?.agreement).toEqual(input.derived.agreement);
		expect(record?.agreement?.overall).toEqual({ n: 25, exact: 0.8, withinOne: 1, kappa: { kind: 'value', value: 0 } });
		expect(record?.personalData).toEqual({ identityCodes: 1, possiblyPersonal: 1 });
		const [listed] = await s.list();
		expect(listed).toMatchObject({ edition: 'fi-2021-11-01', endDate: doc.meta.endDate, itemScores: input.derived.itemScores, agreement: input.derived.agreement, personalData: { identityCodes: 1, possiblyPersonal: 1 } });
		expect(listed!.itemScores!.slice(0, 3)).toEqual([4, 4, 3]);
	});

	it('migrates a database written by schema 1: nothing lost, the figures filled in from the stored documents', async () => {
		const single = buildFinishedReview({ id: randomUUID() });
		single.conclusions = 'Yhteyshenkilö: 131052-308T, anna.asiakas@example.fi';
		const pair = await pairReview(buildFinishedReview({ id: randomUUID() }));
		const rows = [revisionOf(single, '2026-10-01T08:00:00.000Z'), revisionOf(pair, '2026-10-02T08:00:00.000Z')];
		await factory.seedVersion1(rows);
		expect(await factory.schemaVersion()).toBe(1);

		const s = await store();
		expect(await factory.schemaVersion()).toBe(factory.expectedVersion);
		expect(await factory.rowCount()).toBe(2);
		for (const row of rows) {
			const record = await s.getRevision(row.reviewId, 1);
			expect(record?.document).toEqual(JSON.parse(row.documentJson));
			expect(record?.receipt).toMatchObject({ receiptId: row.receiptId, storedAt: row.storedAt, serverTotals: row.serverTotals });
			expect(record?.agreement).toEqual(row.derived.agreement);
			expect(record?.personalData).toEqual(row.derived.personalData);
		}
		const listed = await s.list();
		expect(listed.map((r) => r.reviewId)).toEqual([pair.id, single.id]);
		for (const [entry, row] of [[listed[0]!, rows[1]!], [listed[1]!, rows[0]!]] as const) {
			expect(entry).toMatchObject({ edition: row.derived.edition, endDate: row.derived.endDate, itemScores: row.derived.itemScores, agreement: row.derived.agreement, personalData: row.derived.personalData });
		}
		expect(listed[1]!.personalData).toEqual({ identityCodes: 1, possiblyPersonal: 1 });
		expect(listed[0]!.agreement?.overall.exact).toBe(0.8);
		// A revision stored after the migration sits beside the migrated ones.
		expect((await s.putRevision(revision({ reviewId: 'after' }))).kind).toBe('stored');
	});

	it('stores text holding U+0000 (which PostgreSQL jsonb cannot hold) and reads it back unchanged', async () => {
		const s = await store();
		const documentJson = canonicalJson({ id: 'r1', note: 'alku\u0000loppu', nested: [{ text: '\u0000' }] });
		expect(documentJson).toContain('\\u0000');
		const input = revision({ documentJson, hash: sha256Hex(documentJson) });
		expect((await s.putRevision(input)).kind).toBe('stored');
		expect((await s.getRevision('r1', 1))?.document).toEqual({ id: 'r1', note: 'alku\u0000loppu', nested: [{ text: '\u0000' }] });
		expect((await s.getLatest('r1'))?.document).toEqual(JSON.parse(documentJson));
		expect((await s.putRevision({ ...input, receiptId: randomUUID() })).kind).toBe('duplicate');
	});
});
