/**
 * Wrong passphrases in a row, kept in localStorage so a reload does not reset
 * the wait. Only a count and a time: nothing typed is ever stored.
 */
const KEY = 'laatuarvio.lock.failures';

export type Failures = { count: number; at: number };

export function failures(): Failures {
	try {
		const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Failures> | null;
		return { count: Number(parsed?.count) || 0, at: Number(parsed?.at) || 0 };
	} catch {
		return { count: 0, at: 0 };
	}
}

export function recordFailure(now = Date.now()): Failures {
	const next = { count: failures().count + 1, at: now };
	try {
		localStorage.setItem(KEY, JSON.stringify(next));
	} catch {
		/* refused storage: the wait then lasts only as long as this page */
	}
	return next;
}

export function clearFailures(): void {
	try {
		localStorage.removeItem(KEY);
	} catch {
		/* nothing to clear */
	}
}
