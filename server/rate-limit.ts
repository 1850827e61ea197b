/**
 * A fixed-window request budget per token. Enough to stop a runaway client
 * loop from filling the disk; a shared deployment should put a proxy with its
 * own limits in front (server/README.md).
 */
export type RateLimit = { max: number; windowMs: number };

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export function createRateLimiter({ max, windowMs }: RateLimit): (key: string, now: number) => RateDecision {
	const windows = new Map<string, { start: number; count: number }>();
	return (key, now) => {
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
