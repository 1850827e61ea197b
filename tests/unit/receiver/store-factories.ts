import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { migrate, SCHEMA_VERSION } from '../../../server/storage/migrations';
import { openPostgresStore } from '../../../server/storage/postgres';
import { migratePostgres, PG_SCHEMA_VERSION } from '../../../server/storage/postgres-migrations';
import { openSqliteStore } from '../../../server/storage/sqlite';
import type { NewRevision, ReviewStore } from '../../../server/storage/types';

/**
 * How the contract suite gets a fresh store of each kind, and reads the truth
 * behind it (row counts, schema version) over its own connection, not the store's.
 */
export type StoreFactory = {
	expectedVersion: number;
	setUp(): Promise<void>;
	open(): Promise<ReviewStore>;
	rowCount(): Promise<number>;
	schemaVersion(): Promise<number>;
	setSchemaVersion(version: number): Promise<void>;
	/** A database as a schema-1 receiver (before the derived columns) left it, holding these revisions. */
	seedVersion1(rows: readonly NewRevision[]): Promise<void>;
	/** Back to an empty database between tests. */
	reset(): Promise<void>;
	tearDown(): Promise<void>;
};

export function sqliteStoreFactory(): StoreFactory {
	let dir = '';
	let path = '';
	const query = <T>(run: (db: Database.Database) => T): T => {
		const db = new Database(path);
		try {
			return run(db);
		} finally {
			db.close();
		}
	};
	const fresh = () => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
		path = join(dir, 'r.sqlite');
	};
	return {
		expectedVersion: SCHEMA_VERSION,
		async setUp() {
			fresh();
		},
		async open() {
			return openSqliteStore(path);
		},
		async rowCount() {
			return query((db) => (db.prepare('SELECT COUNT(*) AS n FROM revisions').get() as { n: number }).n);
		},
		async schemaVersion() {
			return query((db) => (db.prepare('SELECT version FROM schema_version').get() as { version: number }).version);
		},
		async setSchemaVersion(version) {
			query((db) => db.prepare('UPDATE schema_version SET version = ?').run(version));
		},
		async seedVersion1(rows) {
			query((db) => {
				migrate(db, 1);
				// Schema 1's insert, as that receiver wrote it: fourteen columns in table order.
				const insert = db.prepare('INSERT INTO revisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
				for (const r of rows) {
					insert.run(r.reviewId, r.revision, r.hash, r.documentJson, r.clientTotals && JSON.stringify(r.clientTotals), JSON.stringify(r.serverTotals),
						r.totalsMatch ? 1 : 0, r.summary.service, r.summary.organisation, r.summary.startDate, r.serverTotals.total, r.serverTotals.level, r.receiptId, r.storedAt);
				}
			});
		},
		async reset() {
			fresh();
		},
		async tearDown() {
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** A database of its own per run, created on the server TEST_POSTGRES_URL points at, dropped afterwards. */
export function postgresStoreFactory(serverUrl: string): StoreFactory {
	const name = `contract_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
	return {
		expectedVersion: PG_SCHEMA_VERSION,
		async setUp() {
			await admin.unsafe(`CREATE DATABASE ${name}`);
		},
		async open() {
			// A long lock wait: the suite is about exactly-once under contention, not about the 503 budget.
			return openPostgresStore(url.toString(), { lockTimeoutMs: 20_000 });
		},
		async rowCount() {
			const [row] = await sql<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM revisions`;
			return row!.n;
		},
		async schemaVersion() {
			const [row] = await sql<{ version: number }[]>`SELECT version FROM schema_version`;
			return row!.version;
		},
		async setSchemaVersion(version) {
			await sql`UPDATE schema_version SET version = ${version}`;
		},
		async seedVersion1(rows) {
			await migratePostgres(sql, 1);
			for (const r of rows) {
				await sql`INSERT INTO revisions (review_id, revision, hash, document, client_totals, server_totals, totals_match,
					service, organisation, start_date, total, level, receipt_id, stored_at)
					VALUES (${r.reviewId}, ${r.revision}, ${r.hash}, ${r.documentJson}::text::jsonb, ${r.clientTotals && JSON.stringify(r.clientTotals)}::text::jsonb,
					${JSON.stringify(r.serverTotals)}::text::jsonb, ${r.totalsMatch}, ${r.summary.service}, ${r.summary.organisation},
					${r.summary.startDate}, ${r.serverTotals.total}, ${r.serverTotals.level}, ${r.receiptId}, ${r.storedAt})`;
			}
		},
		async reset() {
			await sql`DROP TABLE IF EXISTS revisions, schema_version`;
		},
		async tearDown() {
			await sql.end();
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}

/** A revision as the upload route would pass it; override what a test is about. */
export const totals = (total: number) => ({ sections: [], total, scored: 25, items: 25, level: 'good' as const });
export function revision(overrides: Partial<NewRevision> = {}): NewRevision {
	return {
		reviewId: 'r1',
		revision: 1,
		hash: 'h1',
		documentJson: '{"id":"r1","note":"ä \\"quoted\\" <b>"}',
		clientTotals: totals(100),
		serverTotals: totals(100),
		totalsMatch: true,
		summary: { service: 's', organisation: 'o', startDate: '2026-03-02' },
		derived: { edition: 'fi-2021-11-01', endDate: null, itemScores: Array(25).fill(4), agreement: null, personalData: { identityCodes: 0, possiblyPersonal: 0 } },
		receiptId: randomUUID(),
		storedAt: '2026-03-03T12:00:00.000Z',
		...overrides
	};
}
