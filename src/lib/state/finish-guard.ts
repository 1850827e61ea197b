import type { WriteFailure } from '../db/errors';
import type { SaveState } from './review-session.svelte';

/**
 * Finishing freezes what is stored, so it is allowed only when that is everything
 * the reviewer sees: no write failed or still running, and no field waiting for a
 * choice between two texts. Checked after the session has flushed.
 */
export type FinishCheck =
	| { kind: 'ok' }
	| { kind: 'unsaved'; failure: WriteFailure }
	| { kind: 'saving' }
	| { kind: 'conflicts'; count: number };

export function canFinish(save: SaveState, conflicts: number): FinishCheck {
	if (save.kind === 'error') return { kind: 'unsaved', failure: save.failure };
	if (save.kind === 'saving') return { kind: 'saving' };
	if (conflicts > 0) return { kind: 'conflicts', count: conflicts };
	return { kind: 'ok' };
}
