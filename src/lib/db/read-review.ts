import { liveQuery, type Observable } from 'dexie';
import { parseAnyFormat } from '../review/migrate';
import type { ReviewDocument } from '../review/schema';
import { database } from './database';
import { ParseMemo } from './parse-memo';
import type { VaultState } from './vault/keyring';
import { vaultState, watchVault } from './vault/current';
import type { ReviewRow } from './types';

/**
 * One review's document as read back. Every document is parsed, so a row damaged
 * by an old version or another tool is reported, not trusted. A revision read again
 * with the very same content reuses its parse (./parse-memo.ts): the live query
 * emits after every write, and the item screen, the previous scores and the report
 * each read the open review.
 */

export type LoadedReview =
	| { kind: 'loading' }
	| { kind: 'missing' }
	| { kind: 'corrupt'; message: string }
	/** The lock is on and this tab is locked: the row is there, its document sealed (src/lib/db/vault). */
	| { kind: 'locked' }
	| { kind: 'ready'; row: ReviewRow; doc: ReviewDocument };

/**
 * The kept parses are clear documents, so, like the vault's opened texts, they belong to one state
 * of the lock: locking, unlocking or turning the lock off drops them, and a locked tab keeps none.
 */
let parses: { state: VaultState; memo: ParseMemo<ReviewDocument> } | null = null;
let watching = false;

function memo(): ParseMemo<ReviewDocument> | null {
	if (!watching) {
		watching = true;
		watchVault((state) => {
			if (parses && parses.state !== state) parses = null;
		});
	}
	const state = vaultState();
	if (state.kind === 'locked') return (parses = null);
	if (parses?.state !== state) parses = { state, memo: new ParseMemo() };
	return parses.memo;
}

export function parseStored(row: ReviewRow | undefined): LoadedReview {
	if (!row) return { kind: 'missing' };
	if (row.doc === undefined && 'sealedDoc' in row) return { kind: 'locked' };
	const kept = memo();
	const doc = kept?.get(row.id, row.revision, row.doc);
	if (doc) return { kind: 'ready', row, doc };
	const parsed = parseAnyFormat(row.doc);
	if (!parsed.success) {
		kept?.forget(row.id);
		const first = parsed.error.issues[0];
		return { kind: 'corrupt', message: first ? `${first.path.join('.')}: ${first.message}` : 'invalid' };
	}
	kept?.keep(row.id, row.revision, row.doc, parsed.data);
	return { kind: 'ready', row, doc: parsed.data };
}

export function watchReview(id: string): Observable<LoadedReview> {
	return liveQuery(async () => parseStored(await database().reviews.get(id)));
}
