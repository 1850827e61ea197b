/**
 * When to remind the reviewer to download a backup. The risk is a finished review
 * whose only copy is this browser's storage, which the browser may evict under
 * storage pressure unless storage was granted as persistent. A review is safe once
 * the receiver has confirmed its current revision or it was written to a file
 * after its last change. A day's grace keeps the reminder from nagging right after
 * finishing, while the upload is usually still on its way.
 */
export const GRACE_MS = 24 * 60 * 60 * 1000;

export type ReminderReview = {
	status: 'draft' | 'finished';
	finishedAt: string | null;
	updatedAt: string;
	exportedAt: string | null;
	/** The receiver confirmed the current revision. */
	uploaded: boolean;
};

export function atRisk(review: ReminderReview, now: number): boolean {
	if (review.status !== 'finished' || review.uploaded || review.finishedAt === null) return false;
	if (review.exportedAt !== null && Date.parse(review.exportedAt) >= Date.parse(review.updatedAt)) return false;
	return now - Date.parse(review.finishedAt) > GRACE_MS;
}

export type Reminder = { show: false } | { show: true; count: number };

/** `persisted` null means the browser cannot tell (no StorageManager): assume the worst. */
export function backupReminder(reviews: readonly ReminderReview[], persisted: boolean | null, now: number): Reminder {
	if (persisted === true) return { show: false };
	const count = reviews.filter((r) => atRisk(r, now)).length;
	return count > 0 ? { show: true, count } : { show: false };
}
