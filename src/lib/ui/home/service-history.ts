import type { SummaryRow } from '$lib/db/types';

export type ServiceHistory = {
	/** The draft of this service edited last, which the form offers to continue. */
	draft: SummaryRow | null;
	/** The finished review the next one is scheduled from (latest start date). */
	lastFinished: SummaryRow | null;
};

type Row = Pick<SummaryRow, 'status' | 'startDate' | 'updatedAt'>;

/**
 * What the new-review form says about reviews of the same service already on the
 * device. Only FINISHED reviews count for the schedule: a draft's total is not a
 * result, and four drafts would otherwise move the due date four times.
 * ISO dates and timestamps compare correctly as strings.
 */
export function serviceHistory<T extends Row>(rows: readonly T[]): { draft: T | null; lastFinished: T | null } {
	let draft: T | null = null;
	let lastFinished: T | null = null;
	for (const row of rows) {
		if (row.status === 'draft') {
			if (!draft || row.updatedAt > draft.updatedAt) draft = row;
		} else if (!lastFinished || row.startDate > lastFinished.startDate) lastFinished = row;
	}
	return { draft, lastFinished };
}
