import { describe, expect, it } from 'vitest';
import { checkJoin, checkRating, joinFileOf, ratingFileOf, readJoinFile, readRatingFile, type RatingFile } from '../../../src/lib/consensus/files';
import { lock, lockState } from '../../../src/lib/consensus/lock';
import { putLockedRating, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { getEdition } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import type { ReviewDocument } from '../../../src/lib/review/schema';

const edition = getEdition('fi-2021-11-01')!;
const NOW = '2026-11-30T10:00:00.000Z';
const ID = '0b6d3f7e-1d2c-4c3b-9a8e-7f6e5d4c3b2a';
const pair = () =>
	startPair('Aino', 'Bertil')(
		createReviewDocument({
			id: ID,
			edition,
			meta: { service: 'S', organisation: 'O', place: 'P', reviewers: ['Aino', 'Bertil'], startDate: '2026-11-02', endDate: null, reviewType: 'external' },
			now: NOW
		})
	);

/** Bertil's tablet: rated item 1 at 4, notes, locked. Returns his rating file as text. */
async function bertilsFile(change: (f: RatingFile) => void = () => {}): Promise<string> {
	let d = setRatingScore('Bertil', 1, 4)(pair());
	d = putLockedRating(await lock(d.ratings[1]!, NOW))(d);
	const file = ratingFileOf(d, 'Bertil');
	change(file);
	return JSON.stringify(file);
}

async function check(doc: ReviewDocument, text: string) {
	const read = readRatingFile(text);
	if (!read.ok) return read;
	return checkRating(doc, read.file);
}

describe('the join file', () => {
	it('carries the review set-up and the reviewers, never a score or note', () => {
		const d = setRatingScore('Aino', 1, 5)(pair());
		const text = JSON.stringify(joinFileOf(d));
		expect(text).not.toMatch(/score|subCriteria|"notes"/);
		const read = readJoinFile(text);
		expect(read.ok && read.file.reviewers).toEqual(['Aino', 'Bertil']);
	});

	it('is refused for a review that already exists here, or an edition this app does not know', () => {
		const file = joinFileOf(pair());
		expect(checkJoin(file, new Set([ID]), () => true)).toEqual({ ok: false, kind: 'exists' });
		expect(checkJoin(file, new Set(), () => false)).toEqual({ ok: false, kind: 'unknown-edition' });
		expect(checkJoin(file, new Set(), () => true)).toEqual({ ok: true });
	});
});

describe('a rating file', () => {
	it('from the other reviewer, locked, goes in', async () => {
		expect(await check(pair(), await bertilsFile())).toEqual({ ok: true, replaces: 'open' });
	});

	it('asks before replacing a rating the reviewer already locked here', async () => {
		let d = setRatingScore('Bertil', 1, 2)(pair());
		d = putLockedRating(await lock(d.ratings[1]!, NOW))(d);
		expect(await check(d, await bertilsFile())).toEqual({ ok: true, replaces: 'locked' });
	});

	it('the same locked rating twice is nothing to do', async () => {
		const text = await bertilsFile();
		const read = readRatingFile(text);
		if (!read.ok) throw new Error('unreadable');
		const d = putLockedRating(read.file.rating)(pair());
		expect(await check(d, text)).toEqual({ ok: false, kind: 'identical' });
	});

	it.each<[string, (f: RatingFile) => void, string]>([
		['for another review', (f) => (f.reviewId = '11111111-2222-4333-8444-555555555555'), 'other-review'],
		['on another edition', (f) => (f.edition = 'fi-2030-01-01'), 'other-edition'],
		['changed after it was locked', (f) => (f.rating.items[0]!.score = 5), 'tampered'],
		['with a hash of other content', (f) => (f.rating.hash = 'a'.repeat(64)), 'tampered'],
		['not locked', (f) => ((f.rating.lockedAt = null), (f.rating.hash = null)), 'not-locked'],
		['from a reviewer not on this review', (f) => (f.rating.reviewer = 'Cecilia'), 'unknown-reviewer']
	])('is refused %s', async (_name, spoil, kind) => {
		expect(await check(pair(), await bertilsFile(spoil))).toEqual({ ok: false, kind });
	});

	it('is refused for a review with one reviewer', async () => {
		const single = { ...pair(), ratings: [], consensus: [] };
		expect(await check(single, await bertilsFile())).toEqual({ ok: false, kind: 'not-pair' });
	});

	it.each<[string, (text: string) => string, string]>([
		['truncated', (t) => t.slice(0, t.length / 2), 'truncated'],
		['empty', () => '   ', 'empty'],
		['not JSON', () => 'hello', 'not-json'],
		['a review file', () => JSON.stringify(pair()), 'wrong-kind'],
		['a join file', () => JSON.stringify(joinFileOf(pair())), 'wrong-kind'],
		['a later version', (t) => t.replace('"version":1', '"version":2'), 'unsupported-version'],
		['a score of 9', (t) => t.replace('"score":4', '"score":9'), 'invalid'],
		['a runaway note', (t) => t.replace('"notes":""', `"notes":"${'x'.repeat(20_001)}"`), 'invalid'],
		['markup in the reviewer name that is too long', (t) => t.replace('"reviewer":"Bertil"', `"reviewer":"<script>${'x'.repeat(300)}</script>"`), 'invalid']
	])('is refused when %s, with a named reason', async (_name, spoil, kind) => {
		const read = readRatingFile(spoil(await bertilsFile()));
		expect(read.ok).toBe(false);
		expect(!read.ok && read.kind).toBe(kind);
	});
});

describe('the lock', () => {
	it('tells open, locked and changed-after-locking apart', async () => {
		const d = pair();
		const open = d.ratings[0]!;
		const locked = await lock(open, NOW);
		expect(await lockState(open)).toBe('open');
		expect(await lockState(locked)).toBe('locked');
		expect(await lockState({ ...locked, items: locked.items.map((i) => (i.number === 2 ? { ...i, notes: 'muutettu' } : i)) })).toBe('tampered');
		// Key order and item order do not matter; content does.
		expect(await lockState({ ...locked, items: [...locked.items].reverse() })).toBe('locked');
	});
});
