import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { editReview, finishReview, reopenReview } from '../../../src/lib/db/writes';
import { setScore } from '../../../src/lib/review/edit';
import { setText, type TextTarget } from '../../../src/lib/review/text-targets';
import type { ReviewSession } from '../../../src/lib/state/review-session.svelte';
import { deferred, MemoryStorage, openSession, recordingWriter } from './support';

/**
 * Two sessions on one review stand for two tabs: each has its own memory and
 * live query, and they share the database (and, like tabs, localStorage).
 */
const strengths: TextTarget = { kind: 'item', item: 1, field: 'strengths' };
const recommendations: TextTarget = { kind: 'item', item: 1, field: 'recommendations' };
const storedText = async (id: string, t: TextTarget) => {
	const item = (await database().reviews.get(id))!.doc.items.find((i) => i.number === (t as { item: number }).item)!;
	return t.kind === 'item' ? item[t.field] : undefined;
};
/** Waits until a session's live document carries what is stored (the other tab's write has reached it). */
const caughtUp = async (s: ReviewSession, id: string, t: TextTarget) => {
	const stored = await storedText(id, t);
	await expect.poll(() => s.text(t)).toBe(stored);
};

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('two tabs on one review', () => {
	it('keeps every one of 16 alternating turns on one field', async () => {
		const a = await openSession();
		await editReview(a.id, setText(strengths, 'start'));
		const b = await openSession(undefined, a.storage, a.id);
		for (let turn = 0; turn < 16; turn++) {
			const tab = turn % 2 === 0 ? a.session : b.session;
			await caughtUp(tab, a.id, strengths);
			await tab.type(strengths, `${tab.text(strengths)} ${turn % 2 === 0 ? 'A' : 'B'}${turn}`);
		}
		const stored = await storedText(a.id, strengths);
		for (let turn = 0; turn < 16; turn++) expect(stored).toContain(`${turn % 2 === 0 ? 'A' : 'B'}${turn}`);
		await caughtUp(a.session, a.id, strengths);
		await caughtUp(b.session, a.id, strengths);
		expect(a.session.conflicts).toEqual([]);
	});

	it('keeps a score tapped in one tab while the other writes text from its older copy', async () => {
		const a = await openSession();
		const b = await openSession(undefined, a.storage, a.id);
		const writer = recordingWriter();
		const held = await openSession(writer.write, new MemoryStorage(), a.id);
		const gate = deferred();
		writer.hold(gate.gate);
		void held.session.type(recommendations, 'suositus');
		await a.session.edit(setScore(1, 4));
		await b.session.edit(setScore(2, 3));
		gate.release();
		await held.session.flush();
		const doc = (await database().reviews.get(a.id))!.doc;
		expect(doc.items[0]).toMatchObject({ score: 4, recommendations: 'suositus' });
		expect(doc.items[1]?.score).toBe(3);
	});

	it('never overwrites text the other tab stored: typing at once is a conflict the reviewer resolves', async () => {
		const a = await openSession();
		await editReview(a.id, setText(strengths, 'start'));
		const b = await openSession(undefined, new MemoryStorage(), a.id);
		await caughtUp(a.session, a.id, strengths);
		await caughtUp(b.session, a.id, strengths);

		await b.session.type(strengths, 'start B');
		await a.session.type(strengths, 'start A'); // A had not seen B's text
		expect(await storedText(a.id, strengths)).toBe('start B');
		expect(a.session.conflicts).toEqual([{ target: strengths, mine: 'start A', theirs: 'start B', origin: 'tab' }]);
		expect(a.session.text(strengths)).toBe('start A'); // mine stays on screen

		// Typing on while asked changes "mine" and writes nothing.
		await a.session.type(strengths, 'start A!');
		expect(a.session.conflict(strengths)?.mine).toBe('start A!');
		expect(await storedText(a.id, strengths)).toBe('start B');

		await a.session.resolve(strengths, 'both', 'start A!\n\nstart B');
		await a.session.flush();
		expect(await storedText(a.id, strengths)).toBe('start A!\n\nstart B');
		expect(a.session.conflicts).toEqual([]);
		await caughtUp(b.session, a.id, strengths);
	});

	it.each([
		['mine', 'start A'],
		['theirs', 'start B']
	] as const)('keep %s stores %j', async (choice, expected) => {
		const a = await openSession();
		const b = await openSession(undefined, new MemoryStorage(), a.id);
		await b.session.type(strengths, 'start B');
		await a.session.type(strengths, 'start A');
		expect(a.session.conflicts).toHaveLength(1);
		await a.session.resolve(strengths, choice);
		await a.session.flush();
		expect(await storedText(a.id, strengths)).toBe(expected);
		await expect.poll(() => a.session.text(strengths)).toBe(expected);
		expect(a.storage.journal(a.id)).toEqual({});
	});

	it('asks again when a third version arrives before "keep mine" lands', async () => {
		const a = await openSession();
		const b = await openSession(undefined, new MemoryStorage(), a.id);
		await b.session.type(strengths, 'B1');
		await a.session.type(strengths, 'A1');
		await editReview(a.id, setText(strengths, 'B2'));
		await expect.poll(() => a.session.conflict(strengths)?.theirs).toBe('B2');
		await a.session.resolve(strengths, 'mine');
		await a.session.flush();
		expect(await storedText(a.id, strengths)).toBe('A1');
	});

	it('finishing in one tab freezes what both show', async () => {
		const a = await openSession();
		const b = await openSession(undefined, a.storage, a.id);
		await a.session.type(strengths, 'A');
		await caughtUp(b.session, a.id, strengths);
		await b.session.type(recommendations, 'B');
		await caughtUp(a.session, a.id, recommendations);
		for (let n = 1; n <= 25; n++) await editReview(a.id, setScore(n, 3));
		expect((await finishReview(a.id)).ok).toBe(true);
		await expect.poll(() => b.session.readOnly).toBe(true);
		for (const s of [a.session, b.session]) {
			expect(s.text(strengths)).toBe('A');
			expect(s.text(recommendations)).toBe('B');
		}
	});
});

describe('a journal entry typed over another version is offered, never applied', () => {
	const never = new Promise<never>(() => {});

	it('after a reopen: the entry from the finished revision is offered with both texts', async () => {
		const storage = new MemoryStorage();
		const crashed = await openSession(() => never, storage);
		void crashed.session.type(strengths, 'kirjoitettu ennen kaatumista');
		crashed.session.stop();
		await editReview(crashed.id, setText(strengths, 'tallennettu'));
		for (let n = 1; n <= 25; n++) await editReview(crashed.id, setScore(n, 3));
		await finishReview(crashed.id);

		// Opened while finished: the entry waits.
		const finished = await openSession(undefined, storage, crashed.id);
		expect(finished.session.conflicts).toEqual([]);
		await reopenReview(crashed.id);
		await expect.poll(() => finished.session.conflicts).toEqual([
			{ target: strengths, mine: 'kirjoitettu ennen kaatumista', theirs: 'tallennettu', origin: 'journal' }
		]);
		expect(await storedText(crashed.id, strengths)).toBe('tallennettu');
		expect(finished.session.text(strengths)).toBe('tallennettu');

		await finished.session.resolve(strengths, 'mine');
		await finished.session.flush();
		expect(await storedText(crashed.id, strengths)).toBe('kirjoitettu ennen kaatumista');
		expect(storage.journal(crashed.id)).toEqual({});
	});

	it('after the field changed in the same revision (an import): discard keeps what is stored', async () => {
		const storage = new MemoryStorage();
		const crashed = await openSession(() => never, storage);
		void crashed.session.type(strengths, 'vanha kirjoitus');
		crashed.session.stop();
		await editReview(crashed.id, setText(strengths, 'tuotu uudempi'));

		const { session } = await openSession(undefined, storage, crashed.id);
		await expect.poll(() => session.conflicts.length).toBe(1);
		await session.resolve(strengths, 'theirs');
		expect(await storedText(crashed.id, strengths)).toBe('tuotu uudempi');
		expect(storage.journal(crashed.id)).toEqual({});
		expect(session.conflicts).toEqual([]);
	});
});
