import { liveQuery, type Observable } from 'dexie';
import { parseAnyFormat } from '../review/migrate';
import type { ReviewDocument } from '../review/schema';
import { database } from './database';
import type { ReviewRow } from './types';

/**
 * One review's document as read back. Every document is parsed, so a row damaged
 * by an old version or another tool is reported, not trusted.
 */

export type LoadedReview =
	| { kind: 'loading' }
	| { kind: 'missing' }
	| { kind: 'corrupt'; message: string }
	/** The lock is on and this tab is locked: the row is there, its document sealed (src/lib/db/vault). */
	| { kind: 'locked' }
	| { kind: 'ready'; row: ReviewRow; doc: ReviewDocument };

export function parseStored(row: ReviewRow | undefined): LoadedReview {
	if (!row) return { kind: 'missing' };
	if (row.doc === undefined && 'sealedDoc' in row) return { kind: 'locked' };
	const parsed = parseAnyFormat(row.doc);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		return { kind: 'corrupt', message: first ? `${first.path.join('.')}: ${first.message}` : 'invalid' };
	}
	return { kind: 'ready', row, doc: parsed.data };
}

export function watchReview(id: string): Observable<LoadedReview> {
	return liveQuery(async () => parseStored(await database().reviews.get(id)));
}
