import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { WriteError } from '../../../src/lib/db/errors';
import { editReview } from '../../../src/lib/db/writes';
import { addNote, setScore } from '../../../src/lib/review/edit';
import type { TextTarget } from '../../../src/lib/review/text-targets';
import { deferred, MemoryStorage, openSession, recordingWriter } from './support';

const strengths: TextTarget = { kind: 'item', item: 3, field: 'strengths' };
const evidence: TextTarget = { kind: 'evidence', item: 13, sub: '13.2' };
const stored = async (id: string) => (await database().reviews.get(id))!.doc;

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('the single-flight writer', () => {
	it('folds edits made while a write is in flight into one next write, in order', async () => {
		const writer = recordingWriter();
		const { session, id } = await openSession(writer.write);
		const first = deferred();
		writer.hold(first.gate);

		const a = session.edit(setScore(1, 2));
		await expect.poll(() => writer.calls.length).toBe(1);
		void session.edit(setScore(1, 4));
		void session.edit(setScore(2, 5));
		void session.type(strengths, 'Vahva tiimi');
		first.release();
		await a;
		await session.flush();

		expect(writer.calls).toHaveLength(2);
		const doc = await stored(id);
		expect(doc.items.find((i) => i.number === 1)?.score).toBe(4);
		expect(doc.items.find((i) => i.number === 2)?.score).toBe(5);
		expect(doc.items.find((i) => i.number === 3)?.strengths).toBe('Vahva tiimi');
		expect(session.saveState.kind).toBe('saved');
	});

	it('keeps showing the newest typed text while an older write is in flight and the document changes', async () => {
		const writer = recordingWriter();
		const { session, id } = await openSession(writer.write);
		const first = deferred();
		writer.hold(first.gate);

		void session.type(evidence, 'Haastattelussa');
		await expect.poll(() => writer.calls.length).toBe(1);
		// Another tab commits meanwhile; the live document re-emits without the typed text.
		await editReview(id, setScore(20, 3));
		await expect.poll(() => session.doc?.items.find((i) => i.number === 20)?.score).toBe(3);
		expect(session.text(evidence)).toBe('Haastattelussa');

		first.release();
		await session.flush();
		await expect.poll(() => session.doc?.items.find((i) => i.number === 13)?.subCriteria['13.2']?.evidence).toBe('Haastattelussa');
		expect(session.text(evidence)).toBe('Haastattelussa');
	});
});

describe('the typing journal', () => {
	it('is settled only when a commit carried exactly the journalled value', async () => {
		const writer = recordingWriter();
		const { session, id, storage } = await openSession(writer.write);
		const first = deferred();
		const second = deferred();
		writer.hold(first.gate);
		writer.hold(second.gate);

		void session.type(strengths, 'a');
		await expect.poll(() => writer.calls.length).toBe(1);
		void session.type(strengths, 'ab');
		first.release();
		// The first write committed "a"; the journal must still hold the newer "ab".
		await expect.poll(() => writer.calls.length).toBe(2);
		expect((await stored(id)).items.find((i) => i.number === 3)?.strengths).toBe('a');
		expect(storage.journal(id)['item:3:strengths']?.value).toBe('ab');
		second.release();
		await session.flush();
		expect(storage.journal(id)).toEqual({});
	});

	it('keeps the entry when the stored value differs from what was typed', async () => {
		const storage = new MemoryStorage();
		// A writer that commits, but something else wins the field in the same write.
		const overwrite = (id: string) =>
			editReview(id, (doc) => ({
				...doc,
				items: doc.items.map((i) => (i.number === 3 ? { ...i, strengths: 'muuta' } : i))
			}));
		const { session, id } = await openSession((rid, edit) => editReview(rid, edit).then(() => overwrite(rid)), storage);
		await session.type(strengths, 'kirjoitettu');
		expect(storage.journal(id)['item:3:strengths']?.value).toBe('kirjoitettu');
	});

	it('replays journalled text after a crash that lost the write', async () => {
		const storage = new MemoryStorage();
		const never = new Promise<never>(() => {});
		const crashed = await openSession(() => never, storage);
		void crashed.session.type(evidence, 'Kirjattu juuri ennen kaatumista');
		crashed.session.stop(); // the tab dies with the write still open

		expect((await stored(crashed.id)).items.find((i) => i.number === 13)?.subCriteria['13.2']?.evidence).toBe('');
		const { session } = await openSession(editReview, storage, crashed.id);
		await expect
			.poll(async () => (await stored(crashed.id)).items.find((i) => i.number === 13)?.subCriteria['13.2']?.evidence)
			.toBe('Kirjattu juuri ennen kaatumista');
		await session.flush();
		expect(storage.journal(crashed.id)).toEqual({});
	});

	it('does not replay a note that was deleted, and forgets it', async () => {
		const storage = new MemoryStorage();
		const never = new Promise<never>(() => {});
		const crashed = await openSession(() => never, storage);
		await editReview(crashed.id, addNote(4, { id: 'n1', source: 'interview', role: 'asiakas', text: '', createdAt: new Date().toISOString() }));
		void crashed.session.type({ kind: 'note', item: 4, note: 'n1' }, 'orpo');
		crashed.session.stop();
		await editReview(crashed.id, (doc) => ({ ...doc, items: doc.items.map((i) => (i.number === 4 ? { ...i, notes: [] } : i)) }));

		const { session } = await openSession(editReview, storage, crashed.id);
		await session.flush();
		await expect.poll(() => storage.journal(crashed.id)).toEqual({});
		expect((await stored(crashed.id)).items.find((i) => i.number === 4)?.notes).toEqual([]);
	});
});

describe('write failures', () => {
	it('keeps typed text and reports a full disk, then saves it on retry', async () => {
		const writer = recordingWriter();
		const { session, id, storage } = await openSession(writer.write);
		writer.failWith(() => new WriteError({ kind: 'storage-full' }));

		await session.type(strengths, 'Ei saa kadota');
		await session.edit(setScore(3, 4));
		expect(session.saveState).toEqual({ kind: 'error', failure: { kind: 'storage-full' } });
		expect(session.text(strengths)).toBe('Ei saa kadota');
		expect(storage.journal(id)['item:3:strengths']?.value).toBe('Ei saa kadota');

		writer.failWith(null);
		await session.retry();
		expect(session.saveState.kind).toBe('saved');
		const doc = await stored(id);
		expect(doc.items.find((i) => i.number === 3)).toMatchObject({ strengths: 'Ei saa kadota', score: 4 });
		expect(storage.journal(id)).toEqual({});
	});

	it('clears the error on retry when nothing is left to save', async () => {
		const writer = recordingWriter();
		const { session } = await openSession(writer.write);
		writer.failWith(() => new WriteError({ kind: 'read-only', status: 'finished' }));
		await session.edit(setScore(3, 4));
		expect(session.saveState.kind).toBe('error');
		writer.failWith(null);
		await session.retry();
		expect(session.saveState.kind).toBe('saved');
		expect(writer.calls).toHaveLength(1); // the refused edit is not sent again
	});
});
