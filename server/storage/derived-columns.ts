import { deriveStored, personalDataOf, type Derived } from '../derived';

/**
 * The derived figures (server/derived.ts) as column values, the same for both
 * stores: JSON as text (PostgreSQL casts it to jsonb), counts as integers.
 */
export type DerivedColumns = {
	edition: string | null;
	endDate: string | null;
	itemScores: string | null;
	agreement: string | null;
	identityCodes: number;
	possiblyPersonal: number;
};

export function derivedColumns(derived: Derived): DerivedColumns {
	return {
		edition: derived.edition,
		endDate: derived.endDate,
		itemScores: JSON.stringify(derived.itemScores),
		agreement: derived.agreement === null ? null : JSON.stringify(derived.agreement),
		identityCodes: derived.personalData.identityCodes,
		possiblyPersonal: derived.personalData.possiblyPersonal
	};
}

/**
 * For the schema migration: a row stored before the columns existed. A document
 * that no longer parses still gets its personal-data counts (they need no schema).
 */
export function backfillColumns(document: unknown): DerivedColumns {
	const derived = deriveStored(document);
	if (derived) return derivedColumns(derived);
	const personal = personalDataOf(document);
	return { edition: null, endDate: null, itemScores: null, agreement: null, identityCodes: personal.identityCodes, possiblyPersonal: personal.possiblyPersonal };
}
