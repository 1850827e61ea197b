import type { Sealed } from './crypto';
import type { OpenedTexts } from './opened';

/*
 * The cipher is fetched when a row is first sealed or opened, which only happens with a
 * key in hand, i.e. after ./lock.ts (which imports it) ran: the import is then already
 * in memory. With the lock off the reviews list never loads it (first-load budget).
 */
let cipher: Promise<typeof import('./crypto')> | null = null;
const crypto = () => (cipher ??= import('./crypto'));

/**
 * Which field of which table is content, and how a row holds it sealed. No Dexie
 * here: the middleware (./middleware.ts) applies these to rows on their way in
 * and out, and the tests apply them to plain objects.
 *
 * Sealed:  reviews.doc, payloads.doc  → `sealedDoc`;  settings 'sync'.token → `sealedToken`.
 * Clear:   everything else. The list columns of a review row (status, revision,
 * dates, serviceKey, the `summary` — service, organisation, place, reviewers,
 * counts and totals — and the export/import stamps), every `summaries` and
 * `outbox` row, and the other settings. The list and the queue must make sense
 * while locked; the settings text says so.
 */

export type SealedTable = 'reviews' | 'payloads' | 'settings';

type Rule = { field: string; sealedAs: string; applies: (row: Record<string, unknown>) => boolean; cleared: unknown };

const RULES: Record<SealedTable, Rule> = {
	reviews: { field: 'doc', sealedAs: 'sealedDoc', applies: () => true, cleared: undefined },
	payloads: { field: 'doc', sealedAs: 'sealedDoc', applies: () => true, cleared: undefined },
	// A sealed token reads as "no token" to code that cannot open it: it is null, never a ciphertext.
	settings: { field: 'token', sealedAs: 'sealedToken', applies: (row) => row.key === 'sync', cleared: null }
};

export const isSealedTable = (name: string): name is SealedTable => name in RULES;

type Row = Record<string, unknown>;

/** True when the row holds sealed content (whatever the lock's state now). */
export function isSealedRow(table: SealedTable, row: unknown): boolean {
	return typeof row === 'object' && row !== null && RULES[table].sealedAs in row;
}

/**
 * The row as stored with the lock on. A row already sealed, or one with nothing to seal, is returned as it is.
 * `opened` remembers the clear text under its ciphertext, so reading this row back needs no decryption.
 */
export async function sealRow(table: SealedTable, row: Row, key: CryptoKey, opened?: OpenedTexts): Promise<Row> {
	const rule = RULES[table];
	if (!rule.applies(row) || isSealedRow(table, row)) return row;
	const value = row[rule.field];
	if (value === undefined || value === null) return row;
	const text = JSON.stringify(value);
	const ciphertext = await (await crypto()).sealText(key, text);
	opened?.remember(ciphertext, text);
	const sealed: Row = { ...row, [rule.sealedAs]: ciphertext };
	if (rule.cleared === undefined) delete sealed[rule.field];
	else sealed[rule.field] = rule.cleared;
	return sealed;
}

/** A sealed row taken apart: its ciphertext, and the rest with the clear value to put back under `field`. */
function parts(table: SealedTable, row: Row): { sealed: Sealed; rest: Row; field: string } | null {
	const rule = RULES[table];
	if (!isSealedRow(table, row)) return null;
	const { [rule.sealedAs]: sealed, ...rest } = row;
	return { sealed: sealed as Sealed, rest, field: rule.field };
}

/** The row with its content back in the clear. Throws if the ciphertext does not open (wrong key, damage). */
export async function openRow(table: SealedTable, row: Row, key: CryptoKey, opened?: OpenedTexts): Promise<Row> {
	const known = opened && openRowFromMemory(table, row, opened);
	if (known) return known;
	const p = parts(table, row);
	if (!p) return row;
	const text = await (await crypto()).unsealText(key, p.sealed);
	opened?.remember(p.sealed, text);
	return { ...p.rest, [p.field]: JSON.parse(text) };
}

/**
 * openRow without waiting, for a row whose ciphertext `opened` holds (or that is not
 * sealed); undefined when it would have to be decrypted.
 */
export function openRowFromMemory(table: SealedTable, row: Row, opened: OpenedTexts): Row | undefined {
	const p = parts(table, row);
	if (!p) return row;
	const text = opened.recall(p.sealed);
	return text === undefined ? undefined : { ...p.rest, [p.field]: JSON.parse(text) };
}

/** A row that would put clear content into a table while the lock is on and locked. */
export function holdsClearContent(table: SealedTable, row: Row): boolean {
	const rule = RULES[table];
	const value = row[rule.field];
	return rule.applies(row) && value !== undefined && value !== null && !isSealedRow(table, row);
}
