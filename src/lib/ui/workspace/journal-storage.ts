/**
 * The typing journal lives in localStorage. Where that is refused (some private
 * modes throw on access), typing still reaches IndexedDB; only the crash guard
 * is lost, so an in-memory stand-in keeps the session working.
 */
type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function journalStorage(): JournalStorage {
	try {
		const probe = '__laatuarvio_probe__';
		localStorage.setItem(probe, '1');
		localStorage.removeItem(probe);
		return localStorage;
	} catch {
		const memory = new Map<string, string>();
		return {
			getItem: (k) => memory.get(k) ?? null,
			setItem: (k, v) => void memory.set(k, v),
			removeItem: (k) => void memory.delete(k)
		};
	}
}
