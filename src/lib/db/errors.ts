/** Errors the write module turns Dexie's failures into, so screens can say what happened. */
export type WriteFailure =
	| { kind: 'storage-full' }
	| { kind: 'not-found' }
	| { kind: 'read-only'; status: 'finished' }
	| { kind: 'unsent'; count: number }
	| { kind: 'invalid'; message: string }
	/** The lock is on and this tab is locked: nothing was written (src/lib/db/vault). */
	| { kind: 'locked' }
	| { kind: 'unknown'; message: string };

export class WriteError extends Error {
	constructor(readonly failure: WriteFailure) {
		super(failure.kind);
		this.name = 'WriteError';
	}
}

/** What a screen shows for any error a write verb threw (a WriteError, or something unforeseen). */
export function failureOf(error: unknown): WriteFailure {
	return error instanceof WriteError ? error.failure : { kind: 'unknown', message: String(error) };
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Dexie wraps the DOMException; a full disk shows up under either name. */
export function isQuotaError(error: unknown): boolean {
	let e: unknown = error;
	for (let depth = 0; e && depth < 4; depth++) {
		const name = (e as { name?: string }).name;
		if (name && QUOTA_NAMES.has(name)) return true;
		e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
	}
	return false;
}

/** The vault middleware's refusal, however deep Dexie wrapped it. */
function isLockedError(error: unknown): boolean {
	let e: unknown = error;
	for (let depth = 0; e && depth < 4; depth++) {
		if ((e as { name?: string }).name === 'LockedError') return true;
		e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
	}
	return false;
}

export function toWriteError(error: unknown): WriteError {
	if (error instanceof WriteError) return error;
	if (isQuotaError(error)) return new WriteError({ kind: 'storage-full' });
	if (isLockedError(error)) return new WriteError({ kind: 'locked' });
	// The message is a DOM/Dexie error name and text, never review content.
	return new WriteError({ kind: 'unknown', message: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown' });
}

/** Runs a write verb's work, turning whatever it throws into a WriteError. */
export async function guardedWrite<T>(work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw toWriteError(error);
	}
}
