import { afterFirstScreen } from '$lib/pwa/after-first-screen';

/**
 * Removes due notes once per app start, after the first screen is drawn, so it
 * never slows the list. Loaded on demand: the list's first load does not carry it.
 * A failure (a full or locked disk) is left for the next start: notes kept a day
 * longer are not lost work, and nothing about them may be logged.
 */
export function removeDueNotesAfterStart(): void {
	void afterFirstScreen()
		.then(() => import('$lib/db/retention'))
		.then(({ removeConfirmedNotes }) => removeConfirmedNotes('due'))
		.catch(() => undefined);
}
