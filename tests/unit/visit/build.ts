import { toCurrent } from '../../../src/lib/review/migrate';
import type { ReviewDocument, Session, SessionNote } from '../../../src/lib/review/schema';
import { buildFreshReview } from '../../fixtures/review-builder';

/** The fixture review as the app reads it (old interviews become sessions), with no notes of its own. */
export function blankReview(): ReviewDocument {
	const doc = toCurrent(buildFreshReview());
	return { ...doc, items: doc.items.map((i) => ({ ...i, notes: [], subCriteria: {}, figures: {}, justification: '', strengths: '', recommendations: '' })) };
}

export const sessionNote = (id: string, text: string, tags: [number, string[]?][]): SessionNote => ({
	id,
	text,
	tags: tags.map(([item, subs]) => ({ item, subCriteria: subs ?? [] })),
	createdAt: '2026-03-02T10:00:00+02:00'
});

export const session = (id: string, kind: Session['kind'], role: string, notes: SessionNote[]): Session => ({
	id,
	kind,
	role,
	date: '2026-03-02',
	time: '09:30',
	minutes: 60,
	when: '',
	notes
});
