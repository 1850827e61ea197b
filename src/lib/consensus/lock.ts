import { canonicalJson } from '../review/canonical';
import type { Rating } from '../review/schema';

/**
 * Locking freezes a rating: its content (reviewer and items, in item order) is hashed
 * with SHA-256 and the hash kept beside it. Anything that changes the content later —
 * an edit on another device, a hand-edited file — no longer matches, and is refused.
 */

/** What the hash covers: everything the reviewer judged, nothing about when it was locked. */
export function lockedContent(rating: Pick<Rating, 'reviewer' | 'items'>): string {
	const items = [...rating.items].sort((a, b) => a.number - b.number);
	return canonicalJson({ reviewer: rating.reviewer, items });
}

export async function hashRating(rating: Pick<Rating, 'reviewer' | 'items'>): Promise<string> {
	const bytes = new TextEncoder().encode(lockedContent(rating));
	const digest = await crypto.subtle.digest('SHA-256', bytes);
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type LockState = 'open' | 'locked' | 'tampered';

/** Whether a rating is open, locked as hashed, or changed since it was locked. */
export async function lockState(rating: Rating): Promise<LockState> {
	if (rating.lockedAt === null || rating.hash === null) return 'open';
	return (await hashRating(rating)) === rating.hash ? 'locked' : 'tampered';
}

export async function lock(rating: Rating, now: string): Promise<Rating> {
	return { ...rating, lockedAt: now, hash: await hashRating(rating) };
}
