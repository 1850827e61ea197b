import { JOIN_KIND, readJoinFile, type FileFailure, type JoinFile } from './files';
import { parseJson } from '../exchange/decode';
import type { Visit } from '../review/schema';

/**
 * The join file as the text of a QR code (issue 10): `LAJ1:` and a JSON array of the set-up
 * fields in a fixed order. Keys are left out because every byte makes the code denser and
 * harder for a tablet camera to read; the prefix names the format and its version, so a QR
 * code made for something else is told apart before anything is parsed.
 *
 * Decoding rebuilds a join file and reads it through `readJoinFile`, the very path a join file
 * takes, so a code and a file are validated by the same zod schema with the same failures.
 *
 * The code carries the set-up only (id, edition, creation time, service details, the two
 * reviewers). The visit plan and any notes stay in the join file: they can run to many
 * kilobytes, far past what a camera reads from a screen. `encodeJoinQr` says when it left
 * something out, so the screen can point to the file.
 */
export const QR_PREFIX = 'LAJ';
export const QR_VERSION = 1;
/**
 * At error correction M this is at most a version-21 symbol (101 × 101 modules), which a
 * tablet camera reads from another tablet's screen at arm's length. A usual set-up is about
 * 260 bytes (version 12, 65 × 65 modules).
 */
export const QR_MAX_BYTES = 700;
/** Anything longer than the largest QR code can hold is not ours; refused before parsing. */
const MAX_SCANNED_CHARS = 3000;

/** A visit with nothing in it; the schema's defaults fill the rest. */
const EMPTY_VISIT = { interviews: [], documentsChecked: '', schedule: '' };

export type QrEncoded = { ok: true; text: string; bytes: number; visitLeftOut: boolean } | { ok: false; kind: 'too-long'; bytes: number };

/** Whether the visit holds anything the reviewer wrote or changed (the part a QR code leaves out). */
export function visitHasContent(visit: Visit): boolean {
	return (
		visit.interviews.length > 0 ||
		visit.documentsChecked !== '' ||
		visit.schedule !== '' ||
		visit.sessions.length > 0 ||
		visit.plan !== null ||
		visit.planDone.length > 0 ||
		visit.records.length > 0
	);
}

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

export function encodeJoinQr(file: JoinFile): QrEncoded {
	const { id, edition, createdAt, meta } = file.review;
	const fields = [id, edition, createdAt, meta.service, meta.organisation, meta.place, meta.reviewers, meta.startDate, meta.endDate, meta.reviewType, file.reviewers];
	const text = `${QR_PREFIX}${QR_VERSION}:${JSON.stringify(fields)}`;
	const bytes = utf8Bytes(text);
	if (bytes > QR_MAX_BYTES) return { ok: false, kind: 'too-long', bytes };
	return { ok: true, text, bytes, visitLeftOut: visitHasContent(file.review.visit) };
}

export type QrFailure = FileFailure | { kind: 'not-join-code' };
export type QrRead = { ok: true; file: JoinFile } | ({ ok: false } & QrFailure);

const FIELDS = ['id', 'edition', 'createdAt', 'service', 'organisation', 'place', 'metaReviewers', 'startDate', 'endDate', 'reviewType', 'reviewers'] as const;

/** Reads scanned text; every refusal is named, as for a join file. */
export function decodeJoinQr(scanned: string): QrRead {
	const text = scanned.trim();
	if (text === '') return { ok: false, kind: 'empty' };
	const head = /^LAJ(\d{1,3}):/.exec(text);
	if (!head || text.length > MAX_SCANNED_CHARS) return { ok: false, kind: 'not-join-code' };
	if (Number(head[1]) !== QR_VERSION) return { ok: false, kind: 'unsupported-version', found: head[1]! };
	// Same failures as a cut-off or garbled file (truncated / not JSON).
	const json = parseJson(text.slice(head[0].length));
	if (!json.ok) return json;
	const fields = json.value;
	if (!Array.isArray(fields) || fields.length !== FIELDS.length) return { ok: false, kind: 'invalid', issues: [{ path: 'qr', code: 'invalid_length' }] };
	const v = Object.fromEntries(FIELDS.map((name, i) => [name, fields[i]])) as Record<(typeof FIELDS)[number], unknown>;
	const file = {
		kind: JOIN_KIND,
		version: 1,
		review: {
			id: v.id,
			edition: v.edition,
			createdAt: v.createdAt,
			meta: { service: v.service, organisation: v.organisation, place: v.place, reviewers: v.metaReviewers, startDate: v.startDate, endDate: v.endDate, reviewType: v.reviewType },
			visit: EMPTY_VISIT
		},
		reviewers: v.reviewers
	};
	return readJoinFile(JSON.stringify(file));
}
