import { describe, expect, it } from 'vitest';
import { lock } from '../../../src/lib/consensus/lock';
import {
	RatingRefused,
	agree,
	agreedCount,
	consensusRows,
	panelOf,
	putLockedRating,
	reasonRequired,
	setRatingScore,
	startPair,
	visibleRatings
} from '../../../src/lib/consensus/rules';
import { createReviewDocument } from '../../../src/lib/review/create';
import { getEdition } from '../../../src/lib/instrument/index';
import type { ReviewDocument } from '../../../src/lib/review/schema';
import { FinishedReviewDocument, ReviewDocument as Schema } from '../../../src/lib/review/schema';
import { finish } from '../../../src/lib/review/lifecycle';

const edition = getEdition('fi-2021-11-01')!;
const NOW = '2026-11-30T10:00:00.000Z';
const blank = () =>
	createReviewDocument({
		id: '0b6d3f7e-1d2c-4c3b-9a8e-7f6e5d4c3b2a',
		edition,
		meta: { service: 'S', organisation: 'O', place: 'P', reviewers: ['Aino', 'Bertil'], startDate: '2026-11-02', endDate: null, reviewType: 'external' },
		now: NOW
	});

const scoreAll = (doc: ReviewDocument, reviewer: string, score: (n: number) => 1 | 2 | 3 | 4 | 5) =>
	doc.items.reduce((d, i) => setRatingScore(reviewer, i.number, score(i.number))(d), doc);

async function lockBoth(doc: ReviewDocument): Promise<ReviewDocument> {
	let d = doc;
	for (const r of d.ratings) d = putLockedRating(await lock(r, NOW))(d);
	return d;
}

/** Both rated: Aino 3 everywhere; Bertil 4 on items 1 and 2, 1 on item 3, else 3. */
async function rated(): Promise<ReviewDocument> {
	let d = startPair('Aino', 'Bertil')(blank());
	d = scoreAll(d, 'Aino', () => 3);
	d = scoreAll(d, 'Bertil', (n) => (n <= 2 ? 4 : n === 3 ? 1 : 3));
	return lockBoth(d);
}

describe('a review with one reviewer', () => {
	it('has no ratings and stays single (no extra steps)', () => {
		expect(panelOf(blank())).toEqual({ mode: 'single' });
		expect(consensusRows(blank())).toEqual([]);
		expect(() => setRatingScore('Aino', 1, 3)(blank())).toThrow(RatingRefused);
	});
});

describe('two reviewers', () => {
	it('start with their own empty ratings, and the first keeps what was already scored', () => {
		const pre = { ...blank(), items: blank().items.map((i) => (i.number === 5 ? { ...i, score: 4 as const } : i)) };
		const d = startPair('Aino', 'Bertil')(pre);
		expect(panelOf(d).mode).toBe('pair');
		expect(d.ratings.map((r) => r.items.find((i) => i.number === 5)?.score)).toEqual([4, null]);
		expect(d.items.every((i) => i.score === null)).toBe(true);
		expect(Schema.safeParse(d).success).toBe(true);
		expect(() => startPair('Aino', ' Aino ')(blank())).toThrow('same-reviewer');
	});

	it('each changes only their own rating, and not after locking', async () => {
		let d = startPair('Aino', 'Bertil')(blank());
		d = setRatingScore('Bertil', 7, 2)(d);
		expect(d.ratings[0]!.items.find((i) => i.number === 7)?.score).toBeNull();
		expect(() => setRatingScore('Cecilia', 7, 2)(d)).toThrow('unknown-reviewer');
		d = putLockedRating(await lock(d.ratings[1]!, NOW))(d);
		expect(() => setRatingScore('Bertil', 7, 3)(d)).toThrow('locked');
		expect(setRatingScore('Aino', 7, 3)(d).ratings[0]!.items.find((i) => i.number === 7)?.score).toBe(3);
	});

	it('are blind: the other rating is visible only when both are locked', async () => {
		let d = scoreAll(startPair('Aino', 'Bertil')(blank()), 'Bertil', () => 5);
		expect(visibleRatings(d, 'Aino')).toEqual({ own: d.ratings[0], other: null });
		d = putLockedRating(await lock(d.ratings[1]!, NOW))(d);
		expect(visibleRatings(d, 'Aino').other).toBeNull();
		d = putLockedRating(await lock(d.ratings[0]!, NOW))(d);
		expect(visibleRatings(d, 'Aino').other?.reviewer).toBe('Bertil');
	});

	it('agree only when both are locked', () => {
		const d = startPair('Aino', 'Bertil')(blank());
		expect(() => agree(1, 3, ['Aino', 'Bertil'], NOW)(d)).toThrow('not-both-locked');
	});

	it('put the items where they differ first, largest gap first', async () => {
		const rows = consensusRows(await rated());
		expect(rows.slice(0, 4).map((r) => [r.number, r.a, r.b])).toEqual([
			[3, 3, 1],
			[1, 3, 4],
			[2, 3, 4],
			[4, 3, 3]
		]);
		expect(rows).toHaveLength(25);
	});

	it.each([
		// item, agreed score, reason needed? (Aino 3 everywhere; Bertil item 1: 4, item 3: 1, item 4: 3)
		[1, 3, false],
		[1, 4, false],
		[1, 5, true],
		[3, 2, true],
		[3, 1, false],
		[4, 3, false],
		[4, 2, true]
	] as const)('item %i agreed at %i needs a reason: %s', async (number, score, needed) => {
		const d = await rated();
		expect(reasonRequired(d, number, score)).toBe(needed);
		if (needed) {
			expect(() => agree(number, score, ['Aino', 'Bertil'], NOW, '  ')(d)).toThrow('reason-required');
			expect(agree(number, score, ['Aino', 'Bertil'], NOW, 'Asiakirjat')(d).consensus[0]?.reason).toBe('Asiakirjat');
		} else expect(agree(number, score, ['Aino', 'Bertil'], NOW)(d).consensus).toHaveLength(1);
	});

	it('write the agreed score as the result; all 25 agreed can be finished and pass the upload schema', async () => {
		let d = await rated();
		d = agree(1, 4, ['Aino', 'Bertil'], NOW)(d);
		d = agree(1, 3, ['Aino', 'Bertil'], NOW)(d);
		expect(d.consensus).toHaveLength(1);
		expect(d.items.find((i) => i.number === 1)?.score).toBe(3);
		expect(agreedCount(d)).toEqual({ agreed: 1, items: 25 });
		for (const i of d.items) d = agree(i.number, i.number === 3 ? 2 : 3, ['Aino', 'Bertil'], NOW, 'Sovittu')(d);
		expect(agreedCount(d)).toEqual({ agreed: 25, items: 25 });
		const done = finish(d, edition, NOW);
		expect(done.ok).toBe(true);
		if (done.ok) {
			expect(done.doc.totals?.total).toBe(74);
			expect(FinishedReviewDocument.safeParse(done.doc).success).toBe(true);
		}
	});

	it('a finished pair review without consensus, or with an open rating, does not pass the upload schema', async () => {
		const d = await rated();
		const scored = { ...d, items: d.items.map((i) => ({ ...i, score: 3 as const })) };
		const done = finish(scored, edition, NOW);
		expect(done.ok && FinishedReviewDocument.safeParse(done.doc).success).toBe(false);
		const open = { ...d, ratings: [d.ratings[0]!, { ...d.ratings[1]!, lockedAt: null, hash: null }] };
		expect(FinishedReviewDocument.safeParse({ ...open, finishedAt: NOW }).success).toBe(false);
	});
});
