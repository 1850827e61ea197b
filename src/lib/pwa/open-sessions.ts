/**
 * Open review sessions register their flush here so that an update (which reloads
 * the page) first waits for every keystroke to reach IndexedDB.
 */
const flushers = new Set<() => Promise<void>>();

export function registerFlush(flush: () => Promise<void>): () => void {
	flushers.add(flush);
	return () => flushers.delete(flush);
}

export async function flushAll(): Promise<void> {
	await Promise.all([...flushers].map((f) => f()));
}
