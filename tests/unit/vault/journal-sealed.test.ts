import { describe, expect, it } from 'vitest';
import { createLock } from '../../../src/lib/db/vault/crypto';
import { Journal } from '../../../src/lib/state/journal';
import { openSealedJournal, SEALED_MARK } from '../../../src/lib/state/journal-sealed';

/** localStorage as a Map, with the key()/length the opener walks. */
function memoryStorage() {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (k: string) => map.get(k) ?? null,
		setItem: (k: string, v: string) => void map.set(k, v),
		removeItem: (k: string) => void map.delete(k),
		key: (i: number) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		}
	};
}

const NOTE = 'PLANTED-NOTE asiakkaan tilanne';
const target = { kind: 'conclusions' } as const;

describe('the sealed journal', () => {
	it('keeps no clear text in storage, and a reopened journal (the reload) replays the entry', async () => {
		const { key } = await createLock('pitkä salalause', 1_000);
		const backing = memoryStorage();
		const sealed = await openSealedJournal(backing, key);
		new Journal(sealed, 'r1').record(target, NOTE, { revision: 1, base: '' });
		await sealed.settled();
		const stored = backing.map.get('laatuarvio.journal.r1') ?? '';
		expect(stored.startsWith(SEALED_MARK)).toBe(true);
		expect([...backing.map.values()].join()).not.toContain('PLANTED');
		const reopened = await openSealedJournal(backing, key);
		expect(new Journal(reopened, 'r1').entries()['conclusions']?.value).toBe(NOTE);
	});

	it('reads synchronously right after a write, before the seal lands', async () => {
		const { key } = await createLock('pitkä salalause', 1_000);
		const sealed = await openSealedJournal(memoryStorage(), key);
		const journal = new Journal(sealed, 'r1');
		journal.record(target, 'a', { revision: 1, base: '' });
		expect(journal.entries()['conclusions']?.value).toBe('a');
	});

	it('lands the newest of several fast keystrokes, never an older one after it', async () => {
		const { key } = await createLock('pitkä salalause', 1_000);
		const backing = memoryStorage();
		const sealed = await openSealedJournal(backing, key);
		const journal = new Journal(sealed, 'r1');
		for (const value of ['t', 'ty', 'työ', 'työh', 'työhö']) journal.record(target, value, { revision: 1, base: '' });
		await sealed.settled();
		const reopened = await openSealedJournal(backing, key);
		expect(new Journal(reopened, 'r1').entries()['conclusions']?.value).toBe('työhö');
	});

	it('seals clear entries left from before the lock, and a removal is not undone by a late seal', async () => {
		const { key } = await createLock('pitkä salalause', 1_000);
		const backing = memoryStorage();
		new Journal(backing, 'old').record(target, NOTE, { revision: 1, base: '' });
		const sealed = await openSealedJournal(backing, key);
		expect(backing.map.get('laatuarvio.journal.old')?.startsWith(SEALED_MARK)).toBe(true);
		const journal = new Journal(sealed, 'old');
		journal.record(target, 'x', { revision: 1, base: '' });
		journal.settle(target, 'x');
		await sealed.settled();
		expect(backing.map.has('laatuarvio.journal.old')).toBe(false);
	});

	it('does not open under another key, and writes clear again when the lock goes off', async () => {
		const a = await createLock('pitkä salalause', 1_000);
		const b = await createLock('pitkä salalause', 1_000);
		const backing = memoryStorage();
		const sealed = await openSealedJournal(backing, a.key);
		new Journal(sealed, 'r1').record(target, NOTE, { revision: 1, base: '' });
		await sealed.settled();
		expect(new Journal(await openSealedJournal(backing, b.key), 'r1').entries()).toEqual({});
		await sealed.writeClear();
		expect(new Journal(backing, 'r1').entries()['conclusions']?.value).toBe(NOTE);
	});
});
