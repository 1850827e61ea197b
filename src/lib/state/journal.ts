import { targetKey, type TextTarget } from '../review/text-targets';

/**
 * A synchronous write-ahead journal for typing. IndexedDB writes are async, so a
 * keystroke followed at once by a reload or a crash could be lost between the
 * keystroke and the commit. Each keystroke is first written here (localStorage is
 * synchronous), and removed when the commit that carries it has landed.
 *
 * Each entry names what it was typed over: the review's revision and a hash of the
 * field's stored text at the time (its base). On the next open an entry whose base
 * is still what is stored is replayed (the crash case); any other is offered to the
 * reviewer, never applied: a reopen or an import may have changed the field since.
 */
export type JournalEntry = {
	target: TextTarget;
	value: string;
	/** The revision the text was typed in. Absent in entries written before revisions were kept. */
	revision?: number;
	/** `textHash` of the stored text the entry was typed over. */
	base?: string;
	/**
	 * `textHash` of this tab's own write of the field that was in flight when the entry was
	 * made. A reload can land after that write committed and before the next keystroke
	 * moved the base: the stored text is then this tab's own, and the entry still applies.
	 */
	pending?: string;
	at: number;
};

/** What the next open does with an entry, given the review as stored. */
export type ReplayRule = 'apply' | 'settled' | 'offer' | 'gone' | 'wait';

export function replayRule(entry: JournalEntry, review: { revision: number; finished: boolean; stored: string | undefined }): ReplayRule {
	if (review.finished) return 'wait'; // nothing can be written; decide after a reopen
	if (review.stored === undefined) return 'gone'; // the field was removed on purpose
	if (review.stored === entry.value) return 'settled';
	if (entry.revision !== review.revision) return 'offer';
	const stored = textHash(review.stored);
	if (entry.base === stored || entry.pending === stored) return 'apply';
	return 'offer';
}

/**
 * cyrb53-style 53-bit hash, as hex with the length. It only has to tell "the same
 * text as when typing began" from "something else"; storing the base itself would
 * double the journal and copy note text once more.
 */
export function textHash(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ c, 2654435761);
		h2 = Math.imul(h2 ^ c, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}

const PREFIX = 'laatuarvio.journal.';

export class Journal {
	constructor(
		private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
		private readonly reviewId: string
	) {}

	private get key() {
		return PREFIX + this.reviewId;
	}

	entries(): Record<string, JournalEntry> {
		try {
			const raw = this.storage.getItem(this.key);
			const parsed: unknown = raw ? JSON.parse(raw) : {};
			return parsed && typeof parsed === 'object' ? (parsed as Record<string, JournalEntry>) : {};
		} catch {
			return {}; // a damaged journal is dropped rather than blocking the review
		}
	}

	/** Returns false when localStorage refused the write (full); the caller still saves to IndexedDB. */
	record(target: TextTarget, value: string, over: { revision: number; base: string }): boolean {
		const all = this.entries();
		const key = targetKey(target);
		const pending = all[key]?.pending;
		all[key] = { target, value, revision: over.revision, base: textHash(over.base), ...(pending ? { pending } : {}), at: Date.now() };
		return this.write(all);
	}

	/** This tab starts writing `value` to the field: a reload after that commit still replays the entry. */
	writing(target: TextTarget, value: string): void {
		const all = this.entries();
		const entry = all[targetKey(target)];
		// Even when the entry is exactly this value: later keystrokes replace the value, not `pending`.
		if (!entry) return;
		entry.pending = textHash(value);
		this.write(all);
	}

	/** This tab's write of `stored` committed and newer typing is journalled: that typing is now over `stored`. */
	rebase(target: TextTarget, stored: string): void {
		const all = this.entries();
		const entry = all[targetKey(target)];
		if (!entry || entry.value === stored) return;
		entry.base = textHash(stored);
		delete entry.pending;
		this.write(all);
	}

	/** Forgets an entry once a commit carried exactly this value (a newer keystroke stays). */
	settle(target: TextTarget, value: string): void {
		const all = this.entries();
		const key = targetKey(target);
		if (all[key]?.value !== value) return;
		delete all[key];
		this.write(all);
	}

	/** Forgets an entry whatever it holds: the reviewer discarded it. */
	discard(target: TextTarget): void {
		const all = this.entries();
		delete all[targetKey(target)];
		this.write(all);
	}

	private write(all: Record<string, JournalEntry>): boolean {
		try {
			if (Object.keys(all).length === 0) this.storage.removeItem(this.key);
			else this.storage.setItem(this.key, JSON.stringify(all));
			return true;
		} catch {
			return false;
		}
	}
}
