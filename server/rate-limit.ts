/**
 * A fixed-window request budget per token. Enough to stop a runaway client
 * loop from filling the disk; a shared deployment should put a proxy with its
 * own limits in front (server/README.md).
 */
export type RateLimit = { max: number; windowMs: number };

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

const MAX_KEYS = 10_000;

export function createRateLimiter({ max, windowMs }: RateLimit): (key: string, now: number) => RateDecision {
	const windows = new Map<string, { start: number; count: number }>();
	return (key, now) => {
		// Keys can be client addresses: forget finished windows so the map cannot grow without bound.
		if (windows.size >= MAX_KEYS) for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k);
		let window = windows.get(key);
		if (!window || now - window.start >= windowMs) {
			window = { start: now, count: 0 };
			windows.set(key, window);
		}
		window.count += 1;
		if (window.count <= max) return { ok: true };
		return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) };
	};
}
