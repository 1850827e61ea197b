import { describe, expect, it } from 'vitest';
import { Journal, replayRule, textHash, type JournalEntry } from '../../../src/lib/state/journal';
import { MemoryStorage } from './support';

const target = { kind: 'item', item: 3, field: 'strengths' } as const;
const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({
	target,
	value: 'typed',
	revision: 2,
	base: textHash('stored'),
	at: 0,
	...over
});

describe('replayRule: what the next open does with a journal entry', () => {
	it.each([
		['a crash: same revision, typed over what is still stored', entry(), 2, false, 'stored', 'apply'],
		['typed over an empty field that is still empty', entry({ base: textHash('') }), 2, false, '', 'apply'],
		['the write landed after all', entry(), 2, false, 'typed', 'settled'],
		['a finished review waits for a reopen', entry(), 2, true, 'stored', 'wait'],
		['the field was removed (a deleted note)', entry(), 2, false, undefined, 'gone'],
		['reopened since: the next revision', entry(), 3, false, 'stored', 'offer'],
		['an import replaced the text', entry(), 2, false, 'imported newer text', 'offer'],
		['another tab changed the text', entry(), 2, false, 'stored!', 'offer'],
		['an entry from before revisions were kept', entry({ revision: undefined, base: undefined }), 1, false, 'stored', 'offer'],
		['an old entry whose text is stored', entry({ revision: undefined, base: undefined }), 1, false, 'typed', 'settled'],
		['reload after this tab\'s own in-flight write committed', entry({ pending: textHash('stored and more') }), 2, false, 'stored and more', 'apply'],
		['the in-flight write of the next revision does not count', entry({ pending: textHash('stored and more') }), 3, false, 'stored and more', 'offer'],
		['another tab wrote something else while this tab\'s write was in flight', entry({ pending: textHash('stored and more') }), 2, false, 'other text', 'offer']
	] as const)('%s', (_, e, revision, finished, stored, rule) => {
		expect(replayRule(e, { revision, finished, stored })).toBe(rule);
	});
});

describe('textHash', () => {
	it.each([
		['', ' '],
		['a', 'b'],
		['ab', 'ba'],
		['Vahvuudet', 'Vahvuudet '],
		['ä'.repeat(1000), 'ä'.repeat(999) + 'a']
	])('tells %j from %j', (a, b) => {
		expect(textHash(a)).toBe(textHash(a));
		expect(textHash(a)).not.toBe(textHash(b));
	});
});

describe('Journal', () => {
	it('records the revision and a hash of the base, never the base text', () => {
		const storage = new MemoryStorage();
		const journal = new Journal(storage, 'r1');
		journal.record(target, 'uusi', { revision: 4, base: 'salainen vanha teksti' });
		const raw = storage.data.get('laatuarvio.journal.r1')!;
		expect(raw).not.toContain('salainen');
		expect(journal.entries()['item:3:strengths']).toMatchObject({ value: 'uusi', revision: 4, base: textHash('salainen vanha teksti') });
	});

	it('discard forgets an entry whatever it holds; settle only the value it carried', () => {
		const storage = new MemoryStorage();
		const journal = new Journal(storage, 'r1');
		journal.record(target, 'ab', { revision: 1, base: '' });
		journal.settle(target, 'a');
		expect(Object.keys(journal.entries())).toEqual(['item:3:strengths']);
		journal.discard(target);
		expect(storage.data.has('laatuarvio.journal.r1')).toBe(false);
	});
});

describe('Journal: a write in flight and its commit', () => {
	it('keeps the in-flight write across later keystrokes, and rebases the entry once it commits', () => {
		const store = new Map<string, string>();
		const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
		const journal = new Journal(storage, 'r1');
		const target = { kind: 'item', item: 3, field: 'strengths' } as const;
		journal.record(target, 'ab', { revision: 1, base: 'a' });
		journal.record(target, 'abc', { revision: 1, base: 'a' });
		journal.writing(target, 'abc'); // the write carries what is journalled at that moment
		journal.record(target, 'abcd', { revision: 1, base: 'a' });
		expect(journal.entries()['item:3:strengths']).toMatchObject({ value: 'abcd', base: textHash('a'), pending: textHash('abc') });
		expect(replayRule(journal.entries()['item:3:strengths']!, { revision: 1, finished: false, stored: 'abc' })).toBe('apply');
		journal.rebase(target, 'abc');
		expect(journal.entries()['item:3:strengths']).toMatchObject({ value: 'abcd', base: textHash('abc') });
		expect(journal.entries()['item:3:strengths']?.pending).toBeUndefined();
	});
});
