import type { Transaction } from 'dexie';
import { summaryOf } from './summary';
import type { ReviewRow, SummaryRow } from './types';

/**
 * Every shipped schema version, in order, as data: the app declares them all
 * (`openDatabase`), and the upgrade harness opens a database at any one of them
 * (`openDatabase(name, upTo)`) to load rows an older build wrote. Never edit a
 * shipped entry: add the next one, its upgrade, and a case in
 * tests/unit/db/migrations.test.ts with a fixture recorded by the old build.
 *
 * Upgrades never touch `payloads`: a frozen revision must go out byte for byte as
 * it was finished, or a retry after a lost reply would get 409.
 */
export type SchemaVersion = {
	version: number;
	stores: Record<string, string | null>;
	upgrade?: (tx: Transaction) => Promise<void>;
};

export const VERSIONS: readonly SchemaVersion[] = [
	{
		version: 1,
		stores: {
			reviews: 'id, status, updatedAt, serviceKey',
			outbox: '[reviewId+revision], status, enqueuedAt, reviewId',
			payloads: '[reviewId+revision], reviewId',
			settings: 'key'
		}
	},
	{
		// The reviews list reads one small summary per review instead of every document.
		version: 2,
		stores: { summaries: 'id, updatedAt, serviceKey' },
		async upgrade(tx) {
			// A cursor, not toArray: only one document is in memory at a time.
			const summaries: SummaryRow[] = [];
			await tx.table<ReviewRow, string>('reviews').each((row) => void summaries.push(summaryOf(row)));
			await tx.table<SummaryRow, string>('summaries').bulkPut(summaries);
		}
	}
];
