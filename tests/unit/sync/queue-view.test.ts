import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../../src/lib/db/types';
import { nextDueAt, pickNext } from '../../../src/lib/sync/queue-order';
import { badgeState, entryView, summarize, type QueueSummary } from '../../../src/lib/sync/queue-view';
import type { DrainResult } from '../../../src/lib/sync/uploader';

let n = 0;
function row(patch: Partial<OutboxRow>): OutboxRow {
	n++;
	return {
		reviewId: `r${n}`,
		revision: 1,
		service: 'Palvelu',
		status: 'pending',
		attempts: 0,
		nextAttemptAt: 0,
		lastError: null,
		receipt: null,
		enqueuedAt: `2026-11-20T08:00:${String(n % 60).padStart(2, '0')}.000Z`,
		updatedAt: '',
		uploadedAt: null,
		...patch
	};
}

describe('entryView', () => {
	it.each<[string, Partial<OutboxRow>, boolean, unknown]>([
		['pending', { nextAttemptAt: 5, attempts: 1, lastError: { kind: 'retry', message: 'network failure', status: 0 } }, false, { kind: 'waiting', nextAttemptAt: 5, attempts: 1, lastMessage: 'network failure' }],
		['pending while the queue is paused', {}, true, { kind: 'paused', status: null }],
		['uploading', { status: 'uploading' }, false, { kind: 'uploading' }],
		['uploaded', { status: 'uploaded', uploadedAt: '2026-11-20T09:00:00.000Z', receipt: { receiptId: 'abc' } }, false, { kind: 'uploaded', at: '2026-11-20T09:00:00.000Z', receiptId: 'abc' }],
		['uploaded with a receipt lacking an id', { status: 'uploaded', receipt: {} }, false, { kind: 'uploaded', receiptId: null }],
		['rejected', { status: 'failed', lastError: { kind: 'rejected', message: 'bad edition', status: 422 } }, false, { kind: 'failed', message: 'bad edition', status: 422, notProtocol: false }],
		['not the protocol', { status: 'failed', lastError: { kind: 'bad-reply', message: 'html', status: 200 } }, false, { kind: 'failed', notProtocol: true }],
		['conflict', { status: 'failed', lastError: { kind: 'conflict', message: 'newer', status: 409, latestRevision: 3 } }, false, { kind: 'conflict', latestRevision: 3 }],
		['paused', { status: 'paused', lastError: { kind: 'unauthorized', message: 'no', status: 401 } }, true, { kind: 'paused', status: 401 }]
	])('%s', (_name, patch, paused, expected) => {
		expect(entryView(row(patch), paused)).toMatchObject(expected as object);
	});
});

describe('badgeState', () => {
	const s = (patch: Partial<QueueSummary>): QueueSummary => ({ unsent: 0, uploading: 0, failed: 0, paused: false, ...patch });
	type Context = { online: boolean; running: boolean; lastResult: DrainResult | null };
	const idle: Context = { online: true, running: false, lastResult: null };
	it.each<[string, QueueSummary, Partial<Context>, string]>([
		['nothing queued', s({}), {}, 'all-sent'],
		['two waiting', s({ unsent: 2 }), {}, 'unsent'],
		['offline with unsent', s({ unsent: 2 }), { online: false }, 'offline'],
		['offline with only failures', s({ unsent: 1, failed: 1 }), { online: false }, 'unsent'],
		['offline and all sent', s({}), { online: false }, 'all-sent'],
		['a pass running', s({ unsent: 1 }), { running: true }, 'sending'],
		['a row uploading (another tab)', s({ unsent: 1, uploading: 1 }), {}, 'sending'],
		['paused rows', s({ unsent: 1, paused: true }), {}, 'paused'],
		['paused pass, nothing left', s({}), { lastResult: { kind: 'paused', since: '' } }, 'paused'],
		['no endpoint', s({ unsent: 3, paused: true }), { lastResult: { kind: 'not-configured', reason: 'no-endpoint' } }, 'not-configured']
	])('%s → %s', (_name, summary, context, kind) => {
		expect(badgeState(summary, { ...idle, ...context }).kind).toBe(kind);
	});

	it('counts what is unsent, failed and paused', () => {
		const rows = [row({ status: 'uploaded' }), row({ status: 'failed' }), row({}), row({ status: 'paused' }), row({ status: 'uploading' })];
		expect(summarize(rows)).toEqual({ unsent: 4, uploading: 1, failed: 1, paused: true });
	});
});

describe('queue order for claims and wake-ups', () => {
	it.each<[string, Partial<OutboxRow>[], number | null]>([
		['nothing queued', [], null],
		['one due row', [{ nextAttemptAt: 0 }], 0],
		['the earliest of two', [{ nextAttemptAt: 900 }, { nextAttemptAt: 300 }], 300],
		['a later revision waits for its earlier one', [{ reviewId: 'x', revision: 2, nextAttemptAt: 0 }, { reviewId: 'x', revision: 1, nextAttemptAt: 700 }], 700],
		['behind a revision in flight: woken by its outcome, not the clock', [{ reviewId: 'y', revision: 2 }, { reviewId: 'y', revision: 1, status: 'uploading' }], null],
		['failed earlier revision does not hold back', [{ reviewId: 'z', revision: 2, nextAttemptAt: 50 }, { reviewId: 'z', revision: 1, status: 'failed' }], 50],
		['only uploaded and failed', [{ status: 'uploaded' }, { status: 'failed' }], null]
	])('nextDueAt: %s', (_name, patches, expected) => {
		expect(nextDueAt(patches.map(row))).toBe(expected);
	});

	it('pickNext takes the oldest due row, never a revision ahead of its predecessor', () => {
		const older2 = row({ reviewId: 'q', revision: 2 });
		const other = row({});
		const older1 = row({ reviewId: 'q', revision: 1, nextAttemptAt: 100 });
		expect(pickNext([older2, other, older1], 0)).toBe(other);
		expect(pickNext([older2, other, older1], 100)).toBe(other); // older than q's first revision
		expect(pickNext([older2, older1], 99)).toBeNull();
		expect(pickNext([older2, older1], 100)).toBe(older1);
	});
});
