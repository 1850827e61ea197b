/**
 * Who is rating now on this tablet, per review: a device preference, not part of the
 * document. The document is what two tablets exchange and what the receiver stores; whose
 * turn it is on one tablet means nothing on another (on B's tablet B is always rating), so
 * it must not travel, and switching must not be an edit that bumps `updatedAt` or conflicts
 * with a second tab. Stored as the rating's index (0 or 1), not the reviewer's name, so no
 * name is written outside the document.
 */
const key = (reviewId: string) => `laatuarvio.rater.${reviewId}`;

export function savedRater(storage: Pick<Storage, 'getItem'>, reviewId: string): number {
	try {
		return storage.getItem(key(reviewId)) === '1' ? 1 : 0;
	} catch {
		return 0; // storage blocked: start with the first reviewer
	}
}

export function saveRater(storage: Pick<Storage, 'setItem'>, reviewId: string, index: number): void {
	try {
		storage.setItem(key(reviewId), index === 1 ? '1' : '0');
	} catch {
		// Not kept across a reload; the switch still works for this visit.
	}
}
