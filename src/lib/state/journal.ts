import { targetKey, type TextTarget } from '../review/text-targets';

/**
 * A synchronous write-ahead journal for typing. IndexedDB writes are async, so a
 * keystroke followed at once by a reload or a crash could be lost between the
 * keystroke and the commit. Each keystroke is first written here (localStorage is
 * synchronous), and removed when the commit that carries it has landed. On the
 * next open, what is left is replayed into the review.
 */
export type JournalEntry = { target: TextTarget; value: string; at: number };

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
	record(target: TextTarget, value: string): boolean {
		const all = this.entries();
		all[targetKey(target)] = { target, value, at: Date.now() };
		return this.write(all);
	}

	/** Forgets an entry once a commit carried exactly this value (a newer keystroke stays). */
	settle(target: TextTarget, value: string): void {
		const all = this.entries();
		const key = targetKey(target);
		if (all[key]?.value !== value) return;
		delete all[key];
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
