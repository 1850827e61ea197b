import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { holdsClearContent, isSealedRow, isSealedTable, openRow, openRowFromMemory, sealRow, type SealedTable } from './codec';
import type { Keyring } from './keyring';

/**
 * Encryption at rest as a Dexie DBCore middleware: every put/add to a sealed
 * table is sealed on its way down and every row read is opened on its way up,
 * so the write path (review-rows.ts, outbox.ts, settings.ts, writes.ts) and
 * every reader keep working on clear documents without knowing about the lock.
 *
 * - Lock off: rows pass through untouched (not even a promise is added).
 * - Unlocked: content is sealed with the in-memory data key.
 * - Locked: rows are read as stored (sealed: no `doc`, token null; readers turn
 *   that into a 'locked' state), and a write that would store clear content is
 *   refused with a LockedError, so nothing clear lands while the lock is on.
 *
 * WebCrypto is asynchronous and an IndexedDB transaction commits as soon as it
 * has no request pending, so while a row is sealed or opened the transaction is
 * kept alive by small reads (`whileAlive`), the same trick as Dexie.waitFor.
 */

export class LockedError extends Error {
	readonly kind = 'locked';
	constructor() {
		super('locked');
		this.name = 'LockedError';
	}
}

/** Keeps an IndexedDB transaction active until `work` settles, then continues inside a request callback. */
function whileAlive<T>(trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
	const idb = trans as unknown as IDBTransaction;
	if (typeof idb.objectStore !== 'function') return work;
	let settled: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
	work.then(
		(value) => (settled = { ok: true, value }),
		(error: unknown) => (settled = { ok: false, error })
	);
	const store = idb.objectStore(idb.objectStoreNames[0] ?? '');
	return new Promise<T>((resolve, reject) => {
		const spin = () => {
			// A key no row has: the cheapest request there is.
			const request = store.get('\uffff\uffffkeepalive');
			request.onsuccess = () => {
				if (!settled) return spin();
				if (settled.ok) resolve(settled.value);
				else reject(settled.error);
			};
			request.onerror = () => reject(request.error);
		};
		spin();
	});
}

const writing = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'readwrite';

function vaultTable(down: DBCoreTable, table: SealedTable, ring: Keyring): DBCoreTable {
	const openAll = async (trans: DBCoreTransaction, rows: unknown[]): Promise<unknown[]> => {
		const key = ring.key;
		const opened = ring.opened;
		if (!key || !opened) {
			// Locked: a read-write transaction reads a row to change it, which it cannot do
			// with the content sealed; refuse it whole rather than let it write around the seal.
			if (ring.locked && writing(trans) && rows.some((r) => isSealedRow(table, r))) throw new LockedError();
			return rows;
		}
		// Rows this tab sealed or opened a moment ago (the document the last tap wrote) open
		// from memory: no trip to WebCrypto, so no spinning to keep the transaction alive.
		const known = rows.map((r) => (r && typeof r === 'object' ? openRowFromMemory(table, r as Record<string, unknown>, opened) : r));
		if (known.every((r, i) => r !== undefined || rows[i] === undefined)) return known;
		return whileAlive(
			trans,
			Promise.all(rows.map((r, i) => known[i] ?? (r && typeof r === 'object' ? openRow(table, r as Record<string, unknown>, key, opened) : r)))
		);
	};
	return {
		...down,
		async mutate(req) {
			if ((req.type !== 'put' && req.type !== 'add') || ring.state.kind === 'off') return down.mutate(req);
			const key = ring.key;
			const opened = ring.opened;
			if (!key || !opened) {
				if (req.values.some((v) => holdsClearContent(table, v))) throw new LockedError();
				return down.mutate(req);
			}
			const values = await whileAlive(req.trans, Promise.all(req.values.map((v) => sealRow(table, v, key, opened))));
			return down.mutate({ ...req, values });
		},
		async get(req) {
			if (ring.state.kind === 'off') return down.get(req);
			const row = await down.get(req);
			return row ? (await openAll(req.trans, [row]))[0] : row;
		},
		async getMany(req) {
			if (ring.state.kind === 'off') return down.getMany(req);
			return openAll(req.trans, await down.getMany(req));
		},
		async query(req) {
			const res = await down.query(req);
			if (!req.values || ring.state.kind === 'off') return res;
			return { ...res, result: await openAll(req.trans, res.result) };
		}
		// openCursor is passed down as it is: a cursor's value is read synchronously, so rows
		// walked with a cursor (Collection.each/filter) come up sealed. The app reads the
		// sealed tables with get/getMany/toArray only; the version-2 upgrade's cursor ran
		// before any row could be sealed.
	};
}

export function vaultMiddleware(ring: Keyring): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'vault',
		create(down) {
			return {
				...down,
				table(name) {
					const table = down.table(name);
					return isSealedTable(name) ? vaultTable(table, name, ring) : table;
				}
			};
		}
	};
}
