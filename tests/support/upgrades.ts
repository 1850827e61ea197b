import { readFileSync } from 'node:fs';
import { summaryOf } from '../../src/lib/db/summary';
import type { ReviewRow } from '../../src/lib/db/types';
import { VERSIONS } from '../../src/lib/db/versions';

/**
 * The upgrade harness, shared by the unit tests (fake-indexeddb) and the browser
 * test (Chromium). A case is: the raw rows an old build wrote (a fixture recorded
 * by driving that build, tests/fixtures/db-v<N>/), the version they were written
 * at, and what must hold after the current app opens them. The next schema
 * version adds a fixture and a case to UPGRADE_CASES, not a new harness.
 */

/** Every object store's rows, as IndexedDB holds them. */
export type Dump = Record<string, unknown[]>;

export type Fixture = { about: string; recordedAt: string; idbVersion: number; stores: Dump };

export function loadFixture(dir: string): Fixture {
	return JSON.parse(readFileSync(new URL(`../fixtures/${dir}/raw.json`, import.meta.url), 'utf8')) as Fixture;
}

/** An object store as IndexedDB itself describes it (what Dexie's schema string means). */
export type StoreShape = {
	name: string;
	keyPath: string | string[] | null;
	autoIncrement: boolean;
	indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
};

function keyPathOf(spec: string): string | string[] {
	const bare = spec.replace(/^(\+\+|&|\*)/, '');
	return bare.startsWith('[') ? bare.slice(1, -1).split('+') : bare;
}

/**
 * The stores a database has at schema version `upTo` (1-based), from the same
 * declarations Dexie opens. The browser test creates an old database from this
 * with raw IndexedDB, since the page has no Dexie of the old build to do it.
 */
export function storesAt(upTo: number): StoreShape[] {
	const specs = new Map<string, string>();
	for (const v of VERSIONS.slice(0, upTo)) {
		for (const [name, spec] of Object.entries(v.stores)) {
			if (spec === null) specs.delete(name);
			else specs.set(name, spec);
		}
	}
	return [...specs].map(([name, spec]) => {
		const [primary = '', ...rest] = spec.split(',').map((s) => s.trim()).filter(Boolean);
		return {
			name,
			keyPath: primary === '' || primary === '++' ? null : keyPathOf(primary),
			autoIncrement: primary.startsWith('++'),
			indexes: rest.map((index) => ({
				name: index.replace(/^(&|\*)/, ''),
				keyPath: keyPathOf(index),
				unique: index.startsWith('&'),
				multiEntry: index.startsWith('*')
			}))
		};
	});
}

/** Dexie's IndexedDB version for a schema version (Dexie multiplies by 10). */
export const idbVersion = (schemaVersion: number) => schemaVersion * 10;

/** Stores an upgrade may rewrite, by the version that does it. None so far: old rows stay as they are. */
const REWRITTEN: Record<number, string[]> = {};

/**
 * What every upgrade must keep, whatever else it does: every row of every old
 * store is still there, unchanged, unless a version says it rewrites that store.
 * Payloads are compared as JSON text, byte for byte: a frozen revision that
 * changed would be refused (409) when a retry after a lost reply sends it again.
 */
export function lostOrChanged(before: Dump, after: Dump, fromVersion: number): string[] {
	const rewritten = new Set(Object.entries(REWRITTEN).flatMap(([v, stores]) => (Number(v) > fromVersion ? stores : [])));
	const problems: string[] = [];
	for (const [store, rows] of Object.entries(before)) {
		if (rewritten.has(store)) continue;
		const kept = new Set((after[store] ?? []).map((r) => JSON.stringify(r)));
		const missing = rows.filter((r) => !kept.has(JSON.stringify(r)));
		if (missing.length > 0) problems.push(`${store}: ${missing.length} of ${rows.length} rows lost or changed`);
		// Fewer rows is a loss; more is the app at work after the open (e.g. the retention
		// rule's first start writes its settings row), which loses nothing old.
		if ((after[store]?.length ?? 0) < rows.length) problems.push(`${store}: ${rows.length} rows before, ${after[store]?.length ?? 0} after`);
	}
	return problems;
}

export type UpgradeCase = {
	/** The fixture folder under tests/fixtures. */
	fixture: string;
	/** The schema version the fixture was written at. */
	from: number;
	/** What the new stores must hold, from the old rows. Returns problems, empty when all is well. */
	check(before: Dump, after: Dump): string[];
};

const byId = (rows: unknown[]) => new Map((rows as { id: string }[]).map((r) => [r.id, r]));

/** One case per fixture. The next version adds its fixture (recorded by the build before it) and a case here. */
export const UPGRADE_CASES: UpgradeCase[] = [
	{
		fixture: 'db-v1',
		from: 1,
		// Version 2: one summary per review, the very one the write path would make from that row.
		check(before, after) {
			const reviews = (before.reviews ?? []) as ReviewRow[];
			const summaries = byId(after.summaries ?? []);
			const problems: string[] = [];
			if (summaries.size !== reviews.length) problems.push(`${reviews.length} reviews, ${summaries.size} summaries`);
			for (const row of reviews) {
				if (JSON.stringify(summaries.get(row.id)) !== JSON.stringify(summaryOf(row))) problems.push(`summary of ${row.id} differs`);
			}
			return problems;
		}
	}
];
