import 'fake-indexeddb/auto';
import { expect } from 'vitest';
import { createReview, editReview } from '../../../src/lib/db/writes';
import { watchReview } from '../../../src/lib/db/read-review';
import type { Edit } from '../../../src/lib/review/edit';
import type { ReviewDocument, ReviewMeta } from '../../../src/lib/review/schema';
import { LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { ReviewSession, type SessionDeps } from '../../../src/lib/state/review-session.svelte';

export const meta: ReviewMeta = {
	service: 'Työhönvalmennus Kuopio',
	organisation: 'Kuopion kaupunki',
	place: 'Kuopio',
	reviewers: ['Arvioija A'],
	startDate: '2026-11-02',
	endDate: null,
	reviewType: 'external'
};

/** localStorage as the journal sees it, kept in memory so a "crash" can hand it to the next session. */
export class MemoryStorage {
	readonly data = new Map<string, string>();
	full = false;
	getItem = (k: string) => this.data.get(k) ?? null;
	setItem = (k: string, v: string) => {
		if (this.full) throw new DOMException('full', 'QuotaExceededError');
		this.data.set(k, v);
	};
	removeItem = (k: string) => void this.data.delete(k);
	journal(id: string): Record<string, { value: string }> {
		return JSON.parse(this.data.get(`laatuarvio.journal.${id}`) ?? '{}');
	}
}

export function deferred() {
	let release!: () => void;
	const gate = new Promise<void>((resolve) => (release = resolve));
	return { gate, release };
}

/**
 * A writer around the real editReview that records each call and can hold a
 * write open (so later edits arrive "during" it) or fail it.
 */
export function recordingWriter() {
	const calls: number[] = [];
	const holds: Promise<void>[] = [];
	let fail: ((n: number) => Error | null) | null = null;
	const write: SessionDeps['write'] = async (id: string, edit: Edit): Promise<ReviewDocument> => {
		const n = calls.push(calls.length + 1);
		const hold = holds.shift();
		if (hold) await hold;
		const error = fail?.(n);
		if (error) throw error;
		return editReview(id, edit);
	};
	return {
		write,
		calls,
		hold: (p: Promise<void>) => holds.push(p),
		failWith: (f: typeof fail) => (fail = f)
	};
}

export async function openSession(
	write: SessionDeps['write'] = editReview,
	storage: MemoryStorage = new MemoryStorage(),
	id?: string
) {
	const reviewId = id ?? (await createReview(meta, LATEST_EDITION_ID));
	const session = new ReviewSession(reviewId, { watch: watchReview, write, storage });
	session.start();
	await expect.poll(() => session.loaded.kind).toBe('ready');
	return { session, id: reviewId, storage };
}
