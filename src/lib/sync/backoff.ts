/**
 * When to try an upload again. Full jitter spreads the retries of many tablets
 * that lost the same receiver at the same moment; the cap keeps a long outage
 * from pushing the next try hours away. The randomness is passed in so tests
 * can pin it.
 */
export type BackoffPolicy = {
	/** Upper bound of the first wait. */
	baseMs: number;
	/** Upper bound of any wait we choose ourselves. */
	capMs: number;
	/** Never retry sooner than this, so a pass cannot spin on an instant failure. */
	floorMs: number;
	/** A server's Retry-After is honoured up to this, so a broken header cannot park the queue for days. */
	retryAfterCapMs: number;
};

export const DEFAULT_BACKOFF: BackoffPolicy = {
	baseMs: 5_000,
	capMs: 15 * 60_000,
	floorMs: 1_000,
	retryAfterCapMs: 60 * 60_000
};

/** The wait after the `attempt`-th failed try (1 = the first try failed): random in [floor, min(cap, base·2^(attempt−1))]. */
export function backoffDelay(attempt: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
	const n = Math.max(1, Math.floor(attempt));
	// 2^(n−1) overflows to Infinity long before n reaches a real attempt count; min() copes.
	const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** (n - 1));
	const r = Math.min(Math.max(random(), 0), 1);
	return Math.max(policy.floorMs, Math.round(r * ceiling));
}

/** Our own backoff or the server's Retry-After, whichever is later; the server's wish is capped. */
export function retryDelay(
	attempt: number,
	retryAfterMs: number | null,
	random: () => number,
	policy: BackoffPolicy = DEFAULT_BACKOFF
): number {
	const own = backoffDelay(attempt, random, policy);
	if (retryAfterMs === null || !Number.isFinite(retryAfterMs)) return own;
	return Math.max(own, Math.min(Math.max(0, retryAfterMs), policy.retryAfterCapMs));
}
