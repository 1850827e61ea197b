import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildReceiver, type ReceiverOptions } from '../../../server/app';
import { FaultInjector } from '../../../server/faults';
import { openSqliteStore, type SqliteOptions } from '../../../server/storage/sqlite';

export const WRITE_TOKEN = 'test-write-token-7c1e';
export const READ_TOKEN = 'test-read-token-93ab';
export const APP_ORIGIN = 'http://localhost:4173';

/**
 * A real receiver on a random port with a throw-away SQLite file, spoken to
 * over real HTTP with fetch, as the app will.
 */
export async function startReceiver(overrides: Partial<ReceiverOptions> = {}, storeOptions: SqliteOptions = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'receiver-test-'));
	const dbPath = join(dir, 'receiver.sqlite');
	const storage = openSqliteStore(dbPath, storeOptions);
	const faults = new FaultInjector();
	const app = buildReceiver({
		storage,
		tokens: [
			{ token: WRITE_TOKEN, canWrite: true },
			{ token: READ_TOKEN, canWrite: false }
		],
		allowedOrigins: [APP_ORIGIN],
		faults,
		...overrides
	});
	const origin = await app.listen({ port: 0, host: '127.0.0.1' });
	const base = `${origin}/api/v1`;
	const auth = (token: string | null): Record<string, string> => (token === null ? {} : { authorization: `Bearer ${token}` });

	return {
		origin,
		base,
		dbPath,
		faults,
		storage,
		put(path: string, body: unknown, init: { token?: string | null; contentType?: string; raw?: string } = {}) {
			return fetch(`${base}${path}`, {
				method: 'PUT',
				headers: { 'content-type': init.contentType ?? 'application/json', ...auth(init.token === undefined ? WRITE_TOKEN : init.token) },
				body: init.raw ?? JSON.stringify(body)
			});
		},
		get(path: string, token: string | null = WRITE_TOKEN) {
			return fetch(`${base}${path}`, { headers: auth(token) });
		},
		/** Rows in the revisions table, read over a second connection: the truth, not the API's view. */
		rowCount(): number {
			const db = new Database(dbPath, { readonly: true });
			try {
				return (db.prepare('SELECT COUNT(*) AS n FROM revisions').get() as { n: number }).n;
			} finally {
				db.close();
			}
		},
		async close() {
			await app.close();
			await storage.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

export function pathOf(doc: { id: string; revision: number }): string {
	return `/reviews/${doc.id}/revisions/${doc.revision}`;
}
