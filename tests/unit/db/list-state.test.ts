import { describe, expect, it } from 'vitest';
import { outboxByReview } from '../../../src/lib/db/list-state';
import type { OutboxRow } from '../../../src/lib/db/types';

// Only the fields the grouping reads; the rest of a row does not matter here.
const row = (reviewId: string, revision: number) => ({ reviewId, revision }) as OutboxRow;

describe('outboxByReview', () => {
	it.each([
		{ name: 'empty outbox', rows: [], expected: {} },
		{ name: 'one review, one revision', rows: [row('a', 1)], expected: { a: [1] } },
		{ name: 'revisions arrive out of order', rows: [row('a', 3), row('a', 1), row('a', 2)], expected: { a: [1, 2, 3] } },
		{
			name: 'several reviews interleaved',
			rows: [row('b', 2), row('a', 2), row('b', 1), row('a', 1), row('c', 1)],
			expected: { a: [1, 2], b: [1, 2], c: [1] }
		}
	])('$name', ({ rows, expected }) => {
		const grouped = outboxByReview(rows);
		expect(Object.fromEntries([...grouped].map(([id, list]) => [id, list.map((r) => r.revision)]))).toEqual(expected);
		for (const [id, list] of grouped) expect(list.every((r) => r.reviewId === id)).toBe(true);
	});
});
