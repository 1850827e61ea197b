import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../server/storage/migrations';
import { openSqliteStore } from '../../../server/storage/sqlite';
import { revision } from './store-factories';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDb(): string {
	const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
	dirs.push(dir);
	return join(dir, 'r.sqlite');
}

// What every store must do is in store-contract.test.ts; here only what is SQLite's own.
describe('SQLite review store', () => {
	it('creates its tables and records the schema version on open', async () => {
		const path = tempDb();
		await openSqliteStore(path).close();
		const db = new Database(path, { readonly: true });
		expect(db.prepare('SELECT version FROM schema_version').all()).toEqual([{ version: SCHEMA_VERSION }]);
		expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
		db.close();
	});

	it('keeps what it stored across a reopen and does not migrate twice', async () => {
		const path = tempDb();
		const first = openSqliteStore(path);
		await first.putRevision(revision());
		await first.close();
		const again = openSqliteStore(path);
		expect((await again.list()).map((r) => r.reviewId)).toEqual(['r1']);
		await again.close();
	});

	it('refuses a database written by a newer receiver', async () => {
		const path = tempDb();
		await openSqliteStore(path).close();
		const db = new Database(path);
		db.prepare('UPDATE schema_version SET version = ?').run(SCHEMA_VERSION + 1);
		db.close();
		expect(() => openSqliteStore(path)).toThrow(/newer/);
	});

	it('stores one copy when two connections to one file put the same revision', async () => {
		const path = tempDb();
		const a = openSqliteStore(path);
		const b = openSqliteStore(path);
		const results = await Promise.all([a.putRevision(revision({ receiptId: 'a' })), b.putRevision(revision({ receiptId: 'b' }))]);
		expect(results.map((r) => r.kind).sort()).toEqual(['duplicate', 'stored']);
		await a.close();
		await b.close();
	});
});
