import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { database, openAppDatabase, useDatabase } from '../../../src/lib/db/database';
import { parseStored } from '../../../src/lib/db/read-review';
import type { ReviewRow } from '../../../src/lib/db/types';
import { keyringOf } from '../../../src/lib/db/vault/keyring';
import * as migrate from '../../../src/lib/review/migrate';
import { buildFreshReview } from '../../fixtures/review-builder';

// Counts the parses parseStored makes; each still runs the real parse.
vi.mock('../../../src/lib/review/migrate', async (original) => {
	const real = await original<typeof import('../../../src/lib/review/migrate')>();
	return { ...real, parseAnyFormat: vi.fn(real.parseAnyFormat) };
});
const parse = vi.mocked(migrate.parseAnyFormat);

/** A row as IndexedDB gives it back: a fresh copy every read. */
function rowOf(doc: unknown, revision = (doc as { revision: number }).revision): ReviewRow {
	const id = (doc as { id: string }).id;
	return structuredClone({ id, status: 'finished', revision, updatedAt: '', serviceKey: '', summary: {}, doc, exportedAt: null, importedAt: null, copyOf: null }) as unknown as ReviewRow;
}

const base = () => buildFreshReview({ revision: 2 });
type Read = (doc: ReturnType<typeof base>) => unknown;

describe('parseStored: a revision read again is parsed once; anything else is parsed (and judged) again', () => {
	beforeEach(() => {
		useDatabase(openAppDatabase(`read-review-${crypto.randomUUID()}`));
		parse.mockClear();
	});
	afterEach(() => {
		database().close();
		useDatabase(null);
	});

	it.each<[string, number, 'ready' | 'corrupt', Read]>([
		['the same revision with the same content', 1, 'ready', (d) => d],
		['a new revision', 2, 'ready', (d) => ({ ...d, revision: 3 })],
		['the same revision rewritten in place (another tool)', 2, 'ready', (d) => ({ ...d, conclusions: 'muutettu' })],
		['the same revision damaged in place', 2, 'corrupt', (d) => ({ ...d, items: 'rikki' })],
		['the same revision with a number made NaN in place', 2, 'corrupt', (d) => ({ ...d, items: d.items.map((i, n) => (n === 0 ? { ...i, score: NaN } : i)) })]
	])('read, then %s: %s parses in all, %s', (_, parses, kind, second) => {
		const doc = base();
		expect(parseStored(rowOf(doc)).kind).toBe('ready');
		const again = second(doc);
		const loaded = parseStored(rowOf(again, (again as { revision: number }).revision));
		expect(parse).toHaveBeenCalledTimes(parses);
		expect(loaded.kind).toBe(kind);
		if (loaded.kind === 'ready') expect(loaded.doc.conclusions).toBe((again as { conclusions: string }).conclusions);
	});

	it('a damaged row is reported as corrupt on every read, and a good read after it is parsed', () => {
		const doc = base();
		const damaged = rowOf({ ...doc, meta: null });
		expect([parseStored(damaged).kind, parseStored(structuredClone(damaged)).kind]).toEqual(['corrupt', 'corrupt']);
		expect(parseStored(rowOf(doc)).kind).toBe('ready');
		expect(parse).toHaveBeenCalledTimes(3);
	});

	it('the reused parse is the document of the row read now, with the row read now', () => {
		const doc = base();
		const first = parseStored(rowOf(doc));
		const row = rowOf(doc);
		const second = parseStored(row);
		expect(second.kind === 'ready' && second.row).toBe(row);
		expect(second.kind === 'ready' && first.kind === 'ready' && second.doc).toEqual(first.kind === 'ready' && first.doc);
	});

	it('keeps nothing across a change of the lock: locked, the next read after unlocking parses again', () => {
		const doc = base();
		parseStored(rowOf(doc));
		const ring = keyringOf(database());
		ring.set({ kind: 'locked' });
		ring.set({ kind: 'off' });
		expect(parseStored(rowOf(doc)).kind).toBe('ready');
		expect(parse).toHaveBeenCalledTimes(2);
	});
});
