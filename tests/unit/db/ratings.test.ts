import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { joinFileOf, ratingFileOf } from '../../../src/lib/consensus/files';
import { agree, setRatingScore, startPair } from '../../../src/lib/consensus/rules';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { importRating, joinReview } from '../../../src/lib/db/rating-files';
import { editRating, lockRating } from '../../../src/lib/db/ratings';
import { createReview, finishReview } from '../../../src/lib/db/writes';
import { LATEST_EDITION_ID } from '../../../src/lib/instrument/index';
import { toCurrent } from '../../../src/lib/review/migrate';
import { failure, meta as shared } from './support';

const meta = { ...shared, reviewers: ['Aino', 'Bertil'] };

const stored = async (id: string) => toCurrent((await database().reviews.get(id))!.doc);
const tablets = { a: `a-${crypto.randomUUID()}`, b: `b-${crypto.randomUUID()}` };
const on = (tablet: string) => useDatabase(openDatabase(tablet));

beforeEach(() => on(tablets.a));
afterEach(() => {
	database().close();
	useDatabase(null);
});

describe('two reviewers on two tablets, through the write verbs', () => {
	it('join, rate, lock, share, import, agree all 25 and finish', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await editRating(id, startPair('Aino', 'Bertil'));
		const join = joinFileOf(await stored(id));

		database().close();
		on(tablets.b);
		await joinReview(join);
		expect(await failure(joinReview(join))).toEqual({ kind: 'invalid', message: 'join: exists' });
		for (let n = 1; n <= 25; n++) await editRating(id, setRatingScore('Bertil', n, n % 5 === 0 ? 4 : 3));
		await lockRating(id, 'Bertil');
		expect(await failure(editRating(id, setRatingScore('Bertil', 1, 5)))).toEqual({ kind: 'invalid', message: 'rating: locked' });
		const file = ratingFileOf(await stored(id), 'Bertil');

		database().close();
		on(tablets.a);
		for (let n = 1; n <= 25; n++) await editRating(id, setRatingScore('Aino', n, 3));
		expect(await failure(editRating(id, agree(1, 3, ['Aino', 'Bertil'], '2026-11-03T12:00:00.000Z')))).toEqual({
			kind: 'invalid',
			message: 'rating: not-both-locked'
		});
		await lockRating(id, 'Aino');
		expect(await importRating(id, file)).toEqual({ ok: true, replaces: 'open' });
		expect(await importRating(id, file)).toEqual({ ok: false, kind: 'identical' });
		for (let n = 1; n <= 25; n++) await editRating(id, agree(n, 3, ['Aino', 'Bertil'], '2026-11-03T12:00:00.000Z'));
		const done = await finishReview(id);
		expect(done.ok && done.doc.totals?.total).toBe(75);
		const payload = (await database().payloads.get([id, 1]))?.doc;
		expect(payload && 'ratings' in payload && payload.ratings).toHaveLength(2);
	}, 60_000); // some 80 separate writes, one per tap, on a shared 2-core machine

	it('changes nothing when a tampered rating file comes in', async () => {
		const id = await createReview(meta, LATEST_EDITION_ID);
		await editRating(id, startPair('Aino', 'Bertil'));
		await editRating(id, setRatingScore('Bertil', 1, 2));
		await lockRating(id, 'Bertil');
		const file = ratingFileOf(await stored(id), 'Bertil');
		const before = await database().reviews.get(id);
		file.rating.items[0]!.score = 5;
		expect(await importRating(id, file, true)).toEqual({ ok: false, kind: 'tampered' });
		expect(await database().reviews.get(id)).toEqual(before);
	});
});
