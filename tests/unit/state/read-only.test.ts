import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { database, openDatabase, useDatabase } from '../../../src/lib/db/database';
import { WriteError } from '../../../src/lib/db/errors';
import { editReview, rowFor } from '../../../src/lib/db/writes';
import { setScore } from '../../../src/lib/review/edit';
import { buildFreshReview } from '../../fixtures/review-builder';
import { MemoryStorage, openSession } from './support';

beforeEach(() => useDatabase(openDatabase(`test-${crypto.randomUUID()}`)));
afterEach(() => {
	database().close();
	useDatabase(null);
});

async function storeFinished() {
	const doc = buildFreshReview();
	await database().reviews.put(rowFor(doc));
	return doc;
}

describe('a finished review', () => {
	it('is refused by editReview and stays unchanged', async () => {
		const doc = await storeFinished();
		const error = await editReview(doc.id, setScore(1, 1)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(WriteError);
		expect((error as WriteError).failure).toEqual({ kind: 'read-only', status: 'finished' });
		expect((await database().reviews.get(doc.id))?.doc).toEqual(doc);
	});

	it('opens read-only in a session and does not replay old journal text into it', async () => {
		const doc = await storeFinished();
		const storage = new MemoryStorage();
		storage.setItem(
			`laatuarvio.journal.${doc.id}`,
			JSON.stringify({ conclusions: { target: { kind: 'conclusions' }, value: 'vanha', at: 0 } })
		);
		const { session } = await openSession(editReview, storage, doc.id);
		expect(session.readOnly).toBe(true);
		await session.flush();
		expect((await database().reviews.get(doc.id))?.doc.conclusions).toBe(doc.conclusions);
	});
});
