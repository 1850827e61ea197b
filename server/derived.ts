import { agreementReport, type AgreementReport } from '../src/lib/consensus/agreement';
import { getEdition } from '../src/lib/instrument/index';
import type { Edition } from '../src/lib/instrument/schema';
import { identityCodesIn } from '../src/lib/privacy/identity-code';
import { possiblyPersonalIn } from '../src/lib/privacy/possibly-personal';
import { parseFinishedAnyFormat } from '../src/lib/review/migrate';
import type { ReviewDocument } from '../src/lib/review/schema';

/**
 * What the receiver computes from a stored revision and keeps beside it, so that
 * the dashboard, the exports and the read endpoints never re-read documents:
 * the item scores, the agreement figures of a pair review, and the personal-data
 * counts. Computed on upload, and by the schema migration for rows stored before
 * these columns existed — by this one function, so the two cannot differ.
 */
export type PersonalData = {
	/** Valid identity codes (henkilötunnus) anywhere in the document. */
	identityCodes: number;
	/** E-mail addresses and Finnish phone numbers in the reviewer's text: a softer flag. */
	possiblyPersonal: number;
};

export type Derived = {
	edition: string;
	endDate: string | null;
	/** Score of item n at index n − 1 (an edition numbers its items 1..n); null = unscored. */
	itemScores: (number | null)[];
	/** Only for a review with two locked ratings. */
	agreement: AgreementReport | null;
	personalData: PersonalData;
};

/** Machine-written fields: ids, hashes and timestamps are never a reviewer's text (a uuid can look like a phone number). */
const MACHINE_KEYS = new Set(['id', 'format', 'edition', 'hash', 'createdAt', 'updatedAt', 'finishedAt', 'lockedAt', 'agreedAt', 'startDate', 'endDate', 'targetDate']);

/** One walk over every string of the body as sent (unknown additive fields included). */
export function personalDataOf(body: unknown): PersonalData {
	const counts: PersonalData = { identityCodes: 0, possiblyPersonal: 0 };
	const walk = (value: unknown, key: string | null): void => {
		if (typeof value === 'string') {
			counts.identityCodes += identityCodesIn(value).length;
			if (key === null || !MACHINE_KEYS.has(key)) counts.possiblyPersonal += possiblyPersonalIn(value).length;
		} else if (Array.isArray(value)) {
			for (const v of value) walk(v, key);
		} else if (typeof value === 'object' && value !== null) {
			for (const [k, v] of Object.entries(value)) walk(v, k);
		}
	};
	walk(body, null);
	return counts;
}

/** For an accepted upload: the document already parsed and its edition known. */
export function deriveFields(document: ReviewDocument, edition: Edition, body: unknown): Derived {
	const byNumber = new Map(document.items.map((a) => [a.number, a.score]));
	const [a, b] = document.ratings;
	return {
		edition: edition.id,
		endDate: document.meta.endDate,
		itemScores: edition.items.map((item) => byNumber.get(item.number) ?? null),
		agreement: a && b ? agreementReport(edition, a, b) : null,
		personalData: personalDataOf(body)
	};
}

/**
 * For a row stored before the derived columns existed (the migration). A stored
 * document that no longer parses (hand-edited) or names an unknown edition gets
 * null: the row stays, and the dashboard shows it without scores.
 */
export function deriveStored(body: unknown): Derived | null {
	const parsed = parseFinishedAnyFormat(body);
	if (!parsed.success) return null;
	const edition = getEdition(parsed.data.edition);
	return edition ? deriveFields(parsed.data, edition, body) : null;
}

/**
 * The summary columns (service, organisation) are for showing and grouping; PostgreSQL
 * text cannot hold U+0000, so it becomes U+FFFD there, in both stores alike. The
 * stored document keeps the character.
 */
export function summaryText(text: string): string {
	return text.replace(/\u0000/g, '\uFFFD');
}
