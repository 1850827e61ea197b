import { describe, expect, it } from 'vitest';
import { answerMode, answerView, routeText, throughAnswer, type AnswerMode } from '../../../src/lib/consensus/lens';
import { lock } from '../../../src/lib/consensus/lock';
import { RatingRefused, pairOpen, putLockedRating, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { getEdition } from '../../../src/lib/instrument/index';
import { createReviewDocument } from '../../../src/lib/review/create';
import { addNote, setFigure, setScore, setSubCriterionMet } from '../../../src/lib/review/edit';
import { finish } from '../../../src/lib/review/lifecycle';
import { ReviewDocument as Schema, type ReviewDocument } from '../../../src/lib/review/schema';
import { readText, setText } from '../../../src/lib/review/text-targets';

const edition = getEdition('fi-2021-11-01')!;
const NOW = '2026-11-30T10:00:00.000Z';
const blank = () =>
	createReviewDocument({
		id: '0b6d3f7e-1d2c-4c3b-9a8e-7f6e5d4c3b2a',
		edition,
		meta: { service: 'S', organisation: 'O', place: 'P', reviewers: ['Aino', 'Bertil'], startDate: '2026-11-02', endDate: null, reviewType: 'external' },
		now: NOW
	});
const pair = () => startPair('Aino', 'Bertil')(blank());
const withSubs = edition.items.find((i) => i.subCriteria.length > 0)!;
const sub = withSubs.subCriteria[0]!.id;
const own = (d: ReviewDocument, reviewer: string, n: number) => d.ratings.find((r) => r.reviewer === reviewer)!.items.find((i) => i.number === n)!;
const aino: AnswerMode = { kind: 'rating', reviewer: 'Aino', locked: false };
const bertil: AnswerMode = { kind: 'rating', reviewer: 'Bertil', locked: false };

async function lockedPair(): Promise<ReviewDocument> {
	let d = pair();
	for (const r of ['Aino', 'Bertil']) d = edition.items.reduce((x, i) => setRatingScore(r, i.number, r === 'Aino' ? 3 : i.number === 1 ? 5 : 3)(x), d);
	for (const r of d.ratings) d = putLockedRating(await lock(r, NOW))(d);
	return d;
}

describe('which answer the workspace edits', () => {
	it.each([
		['one reviewer', () => blank(), 1, { kind: 'shared' }],
		['pair, first reviewer', () => pair(), 0, aino],
		['pair, second reviewer', () => pair(), 1, bertil],
		['pair, an index out of range falls back to the first', () => pair(), 7, aino]
	] as const)('%s', (_, doc, index, mode) => {
		expect(answerMode(doc(), index)).toEqual(mode);
	});

	it('is the consensus once both ratings are locked, and says when the own rating is locked', async () => {
		const d = await lockedPair();
		expect(answerMode(d, 1)).toEqual({ kind: 'consensus', reviewers: ['Aino', 'Bertil'] });
		const half = putLockedRating(await lock(pair().ratings[1]!, NOW))(pair());
		expect(answerMode(half, 1)).toEqual({ ...bertil, locked: true });
	});
});

describe('the view while rating (blind)', () => {
	it("holds the current reviewer's own answers and nothing of the other's", () => {
		let d = setRatingScore('Bertil', 4, 5)(pair());
		d = setRatingScore('Aino', 4, 2)(d);
		const view = answerView(d, aino);
		expect(view.items.find((i) => i.number === 4)!.score).toBe(2);
		expect(view.ratings.map((r) => r.reviewer)).toEqual(['Aino']);
		expect(JSON.stringify(view)).not.toContain('"score":5');
		expect(answerView(d, bertil).items.find((i) => i.number === 4)!.score).toBe(5);
	});
});

describe('an edit made on the view', () => {
	it("writes a score tap to the current reviewer's rating, never to the result", () => {
		const d = throughAnswer(bertil, setScore(4, 2), NOW)(pair());
		expect(own(d, 'Bertil', 4).score).toBe(2);
		expect(own(d, 'Aino', 4).score).toBeNull();
		expect(d.items.find((i) => i.number === 4)!.score).toBeNull();
		expect(Schema.safeParse(d).success).toBe(true);
	});

	it('writes a judgement to the rating and keeps the shared sub-criteria as they were', () => {
		const d = throughAnswer(aino, setSubCriterionMet(withSubs.number, sub, true), NOW)(pair());
		expect(own(d, 'Aino', withSubs.number).subCriteria[sub]!.met).toBe(true);
		expect(d.items.find((i) => i.number === withSubs.number)!.subCriteria[sub]!.met).toBeNull();
	});

	it('passes shared material (figures, visit notes) through, also after the own rating is locked', async () => {
		const locked = putLockedRating(await lock(pair().ratings[0]!, NOW))(pair());
		const note = { id: 'n1', source: 'interview' as const, role: 'coach', text: 'seen', createdAt: NOW };
		let d = throughAnswer({ ...aino, locked: true }, addNote(3, note), NOW)(locked);
		d = throughAnswer({ ...aino, locked: true }, setFigure(3, 'x', 4), NOW)(d);
		expect(d.items.find((i) => i.number === 3)!.notes).toEqual([note]);
		expect(d.items.find((i) => i.number === 3)!.figures.x).toBe(4);
		expect(d.ratings).toEqual(locked.ratings);
	});

	it('is refused on a locked rating', async () => {
		const locked = putLockedRating(await lock(pair().ratings[0]!, NOW))(pair());
		expect(() => throughAnswer(aino, setScore(4, 2), NOW)(locked)).toThrow(RatingRefused);
	});

	it('agrees a score in consensus mode, refuses one neither gave, and withdraws a cleared one', async () => {
		const d = await lockedPair();
		const mode = answerMode(d, 0);
		const agreed = throughAnswer(mode, setScore(1, 5), NOW)(d);
		expect(agreed.consensus).toEqual([{ number: 1, score: 5, agreedBy: ['Aino', 'Bertil'], agreedAt: NOW, reason: '' }]);
		expect(agreed.items.find((i) => i.number === 1)!.score).toBe(5);
		expect(() => throughAnswer(mode, setScore(1, 1), NOW)(d)).toThrow('reason-required');
		const cleared = throughAnswer(mode, setScore(1, null), NOW)(agreed);
		expect(cleared.consensus).toEqual([]);
		expect(cleared.items.find((i) => i.number === 1)!.score).toBeNull();
	});
});

describe('typed evidence', () => {
	it("goes to the current reviewer's own evidence, keyed apart per reviewer", () => {
		const target = { kind: 'evidence', item: withSubs.number, sub } as const;
		expect(routeText({ kind: 'shared' }, target)).toBe(target);
		const routed = routeText(bertil, target);
		expect(routed).toEqual({ kind: 'rating-evidence', reviewer: 'Bertil', item: withSubs.number, sub });
		const d = setText(routed, 'saw the plan')(pair());
		expect(readText(d, routed)).toBe('saw the plan');
		expect(readText(d, routeText(aino, target))).toBe('');
		expect(readText(d, target)).toBe('');
	});
});

describe("a reviewer's own notes", () => {
	it('are kept in their rating, apart from the other reviewer and from the shared notes', () => {
		const mine = { kind: 'rating-notes', reviewer: 'Aino', item: 4 } as const;
		const theirs = { kind: 'rating-notes', reviewer: 'Bertil', item: 4 } as const;
		const d = setText(mine, 'kysy tiiminvetäjältä')(pair());
		expect(readText(d, mine)).toBe('kysy tiiminvetäjältä');
		expect(own(d, 'Aino', 4).notes).toBe('kysy tiiminvetäjältä');
		expect(readText(d, theirs)).toBe('');
		expect(d.items.find((i) => i.number === 4)!.notes).toEqual([]);
		// Routing leaves the target as it is: it already names its reviewer.
		expect(routeText(bertil, mine)).toBe(mine);
	});

	it('cannot change once the rating is locked, and a review with one reviewer has none', async () => {
		const d = await lockedPair();
		expect(() => setText({ kind: 'rating-notes', reviewer: 'Aino', item: 4 }, 'myöhässä')(d)).toThrow(RatingRefused);
		expect(readText(blank(), { kind: 'rating-notes', reviewer: 'Aino', item: 4 })).toBeUndefined();
		// A target that does not exist is a no-op, never a new rating.
		expect(setText({ kind: 'rating-notes', reviewer: 'Aino', item: 4 }, 'x')(blank())).toEqual(blank());
	});
});

describe('finishing a review with two reviewers', () => {
	it('waits for both locks, every item agreed, and each required reason', async () => {
		expect(pairOpen(blank())).toEqual({ unlocked: [], unagreed: [], reasonless: [] });
		expect(finish(pair(), edition, NOW)).toMatchObject({ ok: false, reason: 'not-agreed', unlocked: ['Aino', 'Bertil'] });
		let d = await lockedPair();
		const mode = answerMode(d, 0);
		for (const item of edition.items.slice(1)) d = throughAnswer(mode, setScore(item.number, 3), NOW)(d);
		expect(finish(d, edition, NOW)).toMatchObject({ ok: false, unagreed: [1] });
		d = throughAnswer(mode, setScore(1, 5), NOW)(d);
		expect(finish(d, edition, NOW).ok).toBe(true);
	});
});
