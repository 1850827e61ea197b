import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FinishedReviewDocumentV1, type ReviewDocument } from '../../../src/lib/review/schema';
import { toCurrent } from '../../../src/lib/review/migrate';

// Read, not imported: Playwright's loader refuses a JSON import without an import attribute.
// The file is format 1 (as written before format 2); tests get it as the app reads it.
const FINISHED = toCurrent(
	FinishedReviewDocumentV1.parse(JSON.parse(readFileSync(new URL('../../fixtures/finished-review.json', import.meta.url), 'utf8')))
);

/**
 * The shared finished fixture (started 2026-03-02, 25/25 scored, total 100, "good")
 * as a fresh copy under a new id, so tests can change it and seed several at once.
 */
export function finishedFixture(): ReviewDocument {
	return { ...structuredClone(FINISHED), id: randomUUID() };
}
