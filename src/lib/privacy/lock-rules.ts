/**
 * The lock's timing rules (pure; the screens in src/lib/ui/lock apply them).
 *
 * - Auto-lock: after `idleMinutes` without a tap or a key, or when the app comes
 *   back after being hidden at least that long (a tablet put in a bag with the
 *   app open locks even though no timer ran while it slept).
 * - Wrong passphrases: the first three cost nothing (typing slips); each one
 *   after that doubles the wait, from 2 s up to 5 minutes, so guessing a 6-digit
 *   PIN by hand takes years while a reviewer who mistyped is barely slowed.
 */

export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_MS = 5 * 60_000;
export const IDLE_MINUTES = { min: 1, max: 60 } as const;

export type ActivityClock = {
	now: number;
	/** Last tap, key or scroll (epoch ms). */
	lastActivity: number;
	/** When the app was hidden, or null while visible. */
	hiddenSince: number | null;
	idleMinutes: number;
};

export function shouldLock(c: ActivityClock): boolean {
	const limit = c.idleMinutes * 60_000;
	if (c.now - c.lastActivity >= limit) return true;
	return c.hiddenSince !== null && c.now - c.hiddenSince >= limit;
}

/** How long to wait after `failures` wrong passphrases in a row before the next try. */
export function attemptDelay(failures: number): number {
	if (failures <= FREE_ATTEMPTS) return 0;
	return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS));
}

/** Whole minutes in range, or null for anything else (empty, decimals, out of range). */
export function parseIdleMinutes(text: string): number | null {
	if (!/^\s*\d+\s*$/.test(text)) return null;
	const n = Number(text);
	return n >= IDLE_MINUTES.min && n <= IDLE_MINUTES.max ? n : null;
}
