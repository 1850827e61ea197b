import { m } from '$lib/paraglide/messages';
import type { SessionKind } from '$lib/review/schema';

/** Words for a session's kind; a new kind is a type error until it has words. */
export const KIND_LABEL: Record<SessionKind, () => string> = {
	interview: m['visit.kind.interview'],
	observation: m['visit.kind.observation'],
	documents: m['visit.kind.documents']
};

export const KINDS: readonly SessionKind[] = ['interview', 'observation', 'documents'];
