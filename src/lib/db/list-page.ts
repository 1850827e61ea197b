import { DB_NAME } from './database';
import { outboxByReview } from './list-state';
import type { ListEntry } from './reads';
import type { OutboxRow, SummaryRow } from './types';

/**
 * The reviews list's first page, read straight from IndexedDB while the app's code is still
 * loading (issue 15). Dexie's own reads wait for its open and its ready checks (the schema, the
 * summaries' repair over every key, the lock row); this read starts as soon as the list's module
 * runs, in parallel with them, and reads only what the first screen shows: `limit` summaries by
 * the `updatedAt` index, newest first, their outbox rows, and how many summaries there are. The
 * list draws it and then follows Dexie's live query, which corrects it within one read.
 *
 * Null whenever it cannot be sure it reads what the app would: a database not created yet or
 * awaiting an upgrade (no summaries store), a lock row present (rows may be sealed: only the
 * vault may read them, and the lock gate draws nothing then), a row that is not a summary, or any
 * error. Null only means "draw when Dexie has read": never a wrong list.
 */
export type ListPage = { entries: ListEntry[]; total: number };

const STORES = ['settings', 'summaries', 'outbox'] as const;

export function readListPage(limit: number, name = DB_NAME): Promise<ListPage | null> {
	return new Promise<ListPage | null>((resolve) => {
		try {
			if (typeof indexedDB === 'undefined') return resolve(null);
			const open = indexedDB.open(name);
			// No database yet: abort, so the app's own open creates it at its version.
			open.onupgradeneeded = () => open.transaction?.abort();
			open.onerror = (e) => (e.preventDefault(), resolve(null));
			open.onblocked = () => resolve(null);
			open.onsuccess = () => {
				const db = open.result;
				// Never hold up Dexie's upgrade (another tab's newer build): let go at once.
				db.onversionchange = () => db.close();
				try {
					if (!STORES.every((s) => db.objectStoreNames.contains(s))) return resolve(null);
					readPage(db.transaction([...STORES], 'readonly'), limit).then(resolve, () => resolve(null));
				} catch {
					resolve(null);
				} finally {
					db.close(); // takes effect once the transaction is done
				}
			};
		} catch {
			resolve(null);
		}
	});
}

const request = <T>(r: IDBRequest<T>) =>
	new Promise<T>((resolve, reject) => {
		r.onsuccess = () => resolve(r.result);
		r.onerror = (e) => (e.preventDefault(), reject(r.error));
	});

type WithRecords = IDBIndex & {
	getAllRecords?: (options: { direction: IDBCursorDirection; count: number }) => IDBRequest<{ value: unknown }[]>;
};

/**
 * The newest `limit` values of an index. One request where the browser has `getAllRecords`
 * (Chromium 141+): a cursor's steps are one task each, and while the app's scripts are still
 * being evaluated every step waits for the main thread (20 steps took ≈ 1.5 s at 4× CPU).
 */
async function newest<T>(index: WithRecords, limit: number): Promise<T[]> {
	if (limit <= 0) return [];
	if (typeof index.getAllRecords === 'function') {
		const records = await request(index.getAllRecords({ direction: 'prev', count: limit }));
		return records.map((r) => r.value as T);
	}
	return new Promise((resolve, reject) => {
		const rows: T[] = [];
		const cursor = index.openCursor(null, 'prev');
		cursor.onerror = (e) => (e.preventDefault(), reject(cursor.error));
		cursor.onsuccess = () => {
			const at = cursor.result;
			if (at) rows.push(at.value as T);
			if (!at || rows.length >= limit) resolve(rows);
			else at.continue();
		};
	});
}

/** A stored row this build can draw; anything else (a sealed row, a foreign shape) means "not sure". */
function isSummary(row: unknown): row is SummaryRow {
	const r = row as Partial<SummaryRow> | null;
	return (
		!!r &&
		typeof r.id === 'string' &&
		typeof r.service === 'string' &&
		typeof r.updatedAt === 'string' &&
		typeof r.revision === 'number' &&
		Array.isArray(r.reviewers)
	);
}

async function readPage(tx: IDBTransaction, limit: number): Promise<ListPage | null> {
	const [locks, total, rows] = await Promise.all([
		request(tx.objectStore('settings').count('lock')),
		request(tx.objectStore('summaries').count()),
		newest<unknown>(tx.objectStore('summaries').index('updatedAt'), limit)
	]);
	if (locks > 0 || !rows.every(isSummary)) return null;
	const byId = tx.objectStore('outbox').index('reviewId');
	const outbox = (await Promise.all(rows.map((s) => request(byId.getAll(s.id))))).flat() as OutboxRow[];
	const byReview = outboxByReview(outbox);
	return { entries: rows.map((summary) => ({ summary, outbox: byReview.get(summary.id) ?? [] })), total };
}
