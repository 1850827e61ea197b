import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { keyringOf } from '../../../src/lib/db/vault/keyring';
import { rememberList, rememberedList } from '../../../src/lib/ui/home/list-memory';

/** The list's memory (src/lib/ui/home/list-memory.ts) outlives the route, but not the lock. */

beforeEach(() => useDatabase(openDatabase(`memory-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('the remembered list', () => {
	it('keeps the last list drawn, replaced whole by the next', () => {
		const first = { entries: [], total: 3, complete: false };
		const second = { entries: [], total: 4, complete: true };
		rememberList(first);
		expect(rememberedList()).toBe(first);
		rememberList(second);
		expect(rememberedList()).toBe(second);
	});

	it('is forgotten when the device locks: a locked tab keeps no review names for the list', () => {
		rememberList({ entries: [], total: 1, complete: true });
		keyringOf(database()).set({ kind: 'locked' });
		expect(rememberedList()).toBeNull();
	});
});
