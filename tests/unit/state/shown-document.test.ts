import { describe, expect, it } from 'vitest';
import type { Observable } from 'dexie';
import { rowFor } from '../../../src/lib/db/writes';
import type { LoadedReview } from '../../../src/lib/db/read-review';
import { getEdition, LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import { setScore, type Edit } from '../../../src/lib/review/edit';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { ReviewSession } from '../../../src/lib/state/review-session.svelte';
import { MemoryStorage, meta } from './support';

/** A live query under the test's control: it delivers exactly what the test emits. */
function controlledWatch() {
	let listener: ((value: LoadedReview) => void) | null = null;
	const watch = () =>
		({
			subscribe(observer: { next: (value: LoadedReview) => void }) {
				listener = observer.next;
				return { unsubscribe: () => (listener = null) };
			}
		}) as unknown as Observable<LoadedReview>;
	return { watch, emit: (doc: ReviewDocument) => listener?.({ kind: 'ready', row: rowFor(doc), doc }) };
}

const at = (second: number) => `2026-11-02T10:00:${String(second).padStart(2, '0')}.000Z`;
const base = createReviewDocument({
	id: '00000000-0000-4000-8000-0000000000aa',
	edition: getEdition(LATEST_EDITION_ID)!,
	meta,
	now: at(0)
});
const scoreOf = (doc: ReviewDocument | null, n: number) => doc?.items.find((i) => i.number === n)?.score;

describe('the document a session shows', () => {
	it('is the committed one as soon as edit() resolves, and an older live result does not roll it back', async () => {
		const live = controlledWatch();
		let stored = base;
		const write = async (_id: string, edit: Edit) => (stored = { ...edit(stored), updatedAt: at(5) });
		const session = new ReviewSession(base.id, { watch: live.watch, write, storage: new MemoryStorage() });
		session.start();
		live.emit(base);

		await session.edit(setScore(1, 4));
		expect(scoreOf(session.doc, 1)).toBe(4);

		live.emit(base); // a query that began before the commit
		expect(scoreOf(session.doc, 1)).toBe(4);

		const newer = { ...setScore(2, 1)(stored), updatedAt: at(9) }; // another tab, later
		live.emit(newer);
		expect(scoreOf(session.doc, 2)).toBe(1);
	});

	it('takes an older stamp when the state changed (a reopened revision)', async () => {
		const live = controlledWatch();
		const session = new ReviewSession(base.id, {
			watch: live.watch,
			write: async () => base,
			storage: new MemoryStorage()
		});
		session.start();
		live.emit({ ...base, updatedAt: at(30) });
		const reopened = { ...base, revision: 2, updatedAt: at(10) }; // e.g. a clock set back
		live.emit(reopened);
		expect(session.doc?.revision).toBe(2);
	});
});
