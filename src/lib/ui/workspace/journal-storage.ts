import { forgetAllFrames } from '$lib/shell/frame';

/**
 * The typing journal lives in localStorage. Where that is refused (some private
 * modes throw on access), typing still reaches IndexedDB; only the crash guard
 * is lost, so an in-memory stand-in keeps the session working.
 * While the lock is on and open, the journal is the sealed one (src/lib/state/journal-sealed.ts).
 */
type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

let sealed: JournalStorage | null = null;

/** Set by the lock (src/lib/ui/lock) at unlock, cleared when it locks or goes off. */
export function useSealedJournal(journal: JournalStorage | null): void {
	sealed = journal;
}

export function journalStorage(): JournalStorage {
	if (sealed) return sealed;
	try {
		const probe = '__laatuarvio_probe__';
		localStorage.setItem(probe, '1');
		localStorage.removeItem(probe);
		return {
			getItem: (k) => localStorage.getItem(k),
			// The journal comes first: when the storage is full, the kept frames (src/lib/shell, a
			// speed-up only) make room for it.
			setItem: (k, v) => {
				try {
					localStorage.setItem(k, v);
				} catch {
					forgetAllFrames();
					localStorage.setItem(k, v);
				}
			},
			removeItem: (k) => localStorage.removeItem(k)
		};
	} catch {
		const memory = new Map<string, string>();
		return {
			getItem: (k) => memory.get(k) ?? null,
			setItem: (k, v) => void memory.set(k, v),
			removeItem: (k) => void memory.delete(k)
		};
	}
}
