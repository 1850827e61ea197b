import { getContext, setContext } from 'svelte';
import type { Edition } from '$lib/instrument/schema';
import type { ReviewDocument } from '$lib/review/schema';
import type { ReviewSession } from '$lib/state/review-session.svelte';
import type { Undo } from './undo.svelte';

/**
 * What every workspace screen shares: the open session and, while it is ready,
 * its document and edition. Screens under /review/[id] are only rendered once the
 * review has loaded, so `doc` and `edition` are always there for them.
 */
export interface Workspace {
	readonly id: string;
	readonly session: ReviewSession;
	readonly doc: ReviewDocument;
	readonly edition: Edition;
	/** A finished review: every input is disabled until it is reopened. */
	readonly readOnly: boolean;
	/**
	 * Two reviewers: the current reviewer's own rating is locked, so their score, judgements
	 * and evidence are read-only (shared material is not) until the consensus.
	 */
	readonly answerLocked: boolean;
	/** The stored reviews of the same service (this one included), for previous scores and the trend. */
	readonly others: readonly ReviewDocument[];
	/** The one undo offer of quick destructive taps (undo.svelte.ts, shown by UndoBar). */
	readonly undo: Undo;
}

const KEY = Symbol('workspace');

export function setWorkspace(workspace: Workspace): void {
	setContext(KEY, workspace);
}

export function workspace(): Workspace {
	const found = getContext<Workspace | undefined>(KEY);
	if (!found) throw new Error('workspace() used outside /review/[id]');
	return found;
}
