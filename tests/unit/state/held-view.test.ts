import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { WriteError } from '../../../src/lib/db/errors';
import { setScore } from '../../../src/lib/review/edit';
import type { TextTarget } from '../../../src/lib/review/text-targets';
import { deferred, openSession, recordingWriter } from './support';

/**
 * A score tap's write starts at once, but what its commit changes on screen waits
 * for the tapped mark's paint (`edit(…, showAfter)`, issues 14 and 15): durable
 * early, redrawn late, and nothing else about the single-flight writer changes.
 */
const strengths: TextTarget = { kind: 'item', item: 3, field: 'strengths' };
const scoreOf = (doc: { items: { number: number; score: number | null }[] } | null, n: number) =>
	doc?.items.find((i) => i.number === n)?.score ?? null;
const storedScore = async (id: string, n: number) => scoreOf((await database().reviews.get(id))!.doc, n);
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('a held view: committed at once, shown after the paint', () => {
	it('commits before the paint, but the document, the save state and the edit wait for it', async () => {
		const { session, id } = await openSession();
		const paint = deferred();
		let resolved = false;
		const done = session.edit(setScore(1, 4), paint.gate).then(() => (resolved = true));
		await expect.poll(() => storedScore(id, 1)).toBe(4); // durable without the paint
		await settle(); // the live query has had time to deliver the new document
		expect(scoreOf(session.doc, 1)).toBeNull();
		expect(session.saveState).toEqual({ kind: 'saved', at: null });
		expect(resolved).toBe(false);
		paint.release();
		await done;
		expect(scoreOf(session.doc, 1)).toBe(4);
		expect(session.saveState.kind).toBe('saved');
		expect(session.saveState.kind === 'saved' && session.saveState.at).not.toBeNull();
	});

	it('says "saving" once the mark is painted if the write is still on its way', async () => {
		const writer = recordingWriter();
		const slow = deferred();
		writer.hold(slow.gate);
		const { session, id } = await openSession(writer.write);
		const paint = deferred();
		const done = session.edit(setScore(2, 3), paint.gate);
		await expect.poll(() => writer.calls.length).toBe(1);
		expect(session.saveState.kind).toBe('saved'); // nothing redrawn before the paint
		paint.release();
		await expect.poll(() => session.saveState.kind).toBe('saving');
		slow.release();
		await done;
		expect(session.saveState.kind).toBe('saved');
		expect(await storedScore(id, 2)).toBe(3);
	});

	it('a second tap extends the hold: the first commit is not shown before the second mark is painted', async () => {
		const { session, id } = await openSession();
		const first = deferred();
		const second = deferred();
		const a = session.edit(setScore(1, 2), first.gate);
		const b = session.edit(setScore(1, 5), second.gate);
		await expect.poll(() => storedScore(id, 1)).toBe(2);
		first.release();
		await settle();
		expect(scoreOf(session.doc, 1)).toBeNull();
		second.release();
		await Promise.all([a, b]);
		expect(scoreOf(session.doc, 1)).toBe(5);
		expect(await storedScore(id, 1)).toBe(5);
	});

	it('a failed write reports its error after the paint, and keeps the edit for a retry', async () => {
		const writer = recordingWriter();
		writer.failWith((n) => (n === 1 ? new WriteError({ kind: 'unknown', message: 'x' }) : null));
		const { session, id } = await openSession(writer.write);
		const paint = deferred();
		const done = session.edit(setScore(4, 1), paint.gate);
		await expect.poll(() => writer.calls.length).toBe(1);
		await settle();
		expect(session.saveState.kind).toBe('saved');
		paint.release();
		await done;
		expect(session.saveState.kind).toBe('error');
		await session.retry();
		expect(await storedScore(id, 4)).toBe(1);
	});

	it('a note typed during the hold is journalled at once and written with the next write', async () => {
		const { session, id, storage } = await openSession();
		const paint = deferred();
		const tap = session.edit(setScore(1, 3), paint.gate);
		void session.type(strengths, 'Hyvä');
		expect(storage.journal(id)).not.toEqual({});
		expect(session.text(strengths)).toBe('Hyvä');
		paint.release();
		await tap;
		await session.flush();
		const doc = (await database().reviews.get(id))!.doc;
		expect(doc.items.find((i) => i.number === 3)?.strengths).toBe('Hyvä');
		expect(scoreOf(doc, 1)).toBe(3);
	});

	it('a rejected paint promise still releases the view', async () => {
		const { session } = await openSession();
		const done = session.edit(setScore(5, 2), Promise.reject(new Error('no frame')));
		await done;
		expect(scoreOf(session.doc, 5)).toBe(2);
	});
});
