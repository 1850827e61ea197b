import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../../src/lib/db/types';
import { isUnsent, nextDueAt, pickNext, supersededBy } from '../../../src/lib/db/queue-order';
import { badgeState, entryView, summarize, type BadgeContext, type QueueSummary } from '../../../src/lib/sync/queue-view';

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
		['paused', { status: 'paused', lastError: { kind: 'unauthorized', message: 'no', status: 401 } }, true, { kind: 'paused', status: 401, reason: 'unauthorized' }],
		['paused: the endpoint redirects', { status: 'paused', lastError: { kind: 'redirect', message: 'r', status: 0 } }, true, { kind: 'paused', reason: 'redirect' }],
		['paused: the token cannot be sent', { status: 'paused', lastError: { kind: 'bad-token', message: 't', status: 0 } }, true, { kind: 'paused', reason: 'bad-token' }],
		['superseded by a named revision', { status: 'superseded', supersededBy: 2 }, false, { kind: 'superseded', by: 2 }],
		['superseded, revision not named', { status: 'superseded', supersededBy: null }, false, { kind: 'superseded', by: null }],
		['superseded, stored before the field existed', { status: 'superseded' }, false, { kind: 'superseded', by: null }]
	])('%s', (_name, patch, paused, expected) => {
		expect(entryView(row(patch), paused)).toMatchObject(expected as object);
	});
});

describe('badgeState', () => {
	const s = (patch: Partial<QueueSummary>): QueueSummary => ({ unsent: 0, uploading: 0, failed: 0, pausedFor: null, ...patch });
	const idle: BadgeContext = { online: true, running: false, lastResult: null, connection: 'set' };
	it.each<[string, QueueSummary | null, Partial<BadgeContext>, string]>([
		['outbox not read yet', null, {}, 'checking'],
		['outbox not read yet, settings say no receiver', null, { connection: 'not-set' }, 'checking'],
		['settings not read yet, nothing queued', s({}), { connection: 'unknown' }, 'checking'],
		['settings not read yet, rows waiting', s({ unsent: 2 }), { connection: 'unknown' }, 'checking'],
		['fresh device: read, no receiver, nothing queued', s({}), { connection: 'not-set' }, 'not-configured'],
		['receiver removed after a pass', s({ unsent: 1 }), { connection: 'not-set', lastResult: { kind: 'done', attempted: 0, stored: 0, networkFailure: false, nextHoldUntil: null } }, 'not-configured'],
		['nothing queued', s({}), {}, 'all-sent'],
		['two waiting', s({ unsent: 2 }), {}, 'unsent'],
		['offline with unsent', s({ unsent: 2 }), { online: false }, 'offline'],
		['offline with only failures', s({ unsent: 1, failed: 1 }), { online: false }, 'unsent'],
		['offline and all sent', s({}), { online: false }, 'all-sent'],
		['a pass running', s({ unsent: 1 }), { running: true }, 'sending'],
		['a row uploading (another tab)', s({ unsent: 1, uploading: 1 }), {}, 'sending'],
		['paused rows', s({ unsent: 1, pausedFor: 'unauthorized' }), {}, 'paused'],
		['paused for a redirect', s({ unsent: 1, pausedFor: 'redirect' }), {}, 'paused'],
		['paused pass, nothing left', s({}), { lastResult: { kind: 'paused', since: '' } }, 'paused'],
		['no endpoint', s({ unsent: 3, pausedFor: 'unauthorized' }), { lastResult: { kind: 'not-configured', reason: 'no-endpoint' } }, 'not-configured']
	])('%s → %s', (_name, summary, context, kind) => {
		expect(badgeState(summary, { ...idle, ...context }).kind).toBe(kind);
	});

	it('says why it is paused', () => {
		const paused = badgeState(s({ unsent: 1, pausedFor: 'bad-token' }), idle);
		expect(paused).toEqual({ kind: 'paused', unsent: 1, reason: 'bad-token' });
	});

	it('counts what is unsent, failed and paused; a superseded row is settled, not unsent', () => {
		const rows = [row({ status: 'uploaded' }), row({ status: 'failed' }), row({}), row({ status: 'paused' }), row({ status: 'uploading' }), row({ status: 'superseded' })];
		expect(summarize(rows)).toEqual({ unsent: 4, uploading: 1, failed: 1, pausedFor: 'unauthorized' });
	});

	it('names the latest pause\'s reason', () => {
		const rows = [
			row({ status: 'paused', updatedAt: '2026-11-20T08:00:00.000Z', lastError: { kind: 'unauthorized', message: '', status: 401 } }),
			row({ status: 'paused', updatedAt: '2026-11-20T09:00:00.000Z', lastError: { kind: 'redirect', message: '', status: 0 } })
		];
		expect(summarize(rows).pausedFor).toBe('redirect');
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

describe('supersededBy: a confirmed revision settles the earlier ones the receiver will refuse', () => {
	it.each<[string, Partial<OutboxRow>, boolean]>([
		['an earlier failed revision', { reviewId: 's', revision: 1, status: 'failed' }, true],
		['an earlier pending revision (retried in another tab)', { reviewId: 's', revision: 1, status: 'pending' }, true],
		['an earlier paused revision', { reviewId: 's', revision: 2, status: 'paused' }, true],
		['an earlier revision in flight: its own 409 settles it', { reviewId: 's', revision: 2, status: 'uploading' }, false],
		['an earlier uploaded revision', { reviewId: 's', revision: 1, status: 'uploaded' }, false],
		['an earlier revision already superseded', { reviewId: 's', revision: 1, status: 'superseded' }, false],
		['the confirmed revision itself', { reviewId: 's', revision: 3, status: 'failed' }, false],
		['a later revision', { reviewId: 's', revision: 4, status: 'failed' }, false],
		['the same revision number of another review', { reviewId: 't', revision: 1, status: 'failed' }, false]
	])('%s: %s', (_name, patch, expected) => {
		const candidate = row(patch);
		expect(supersededBy([candidate], { reviewId: 's', revision: 3 })).toEqual(expected ? [candidate] : []);
	});

	it.each<[OutboxRow['status'], boolean]>([
		['pending', true],
		['uploading', true],
		['failed', true],
		['paused', true],
		['uploaded', false],
		['superseded', false]
	])('isUnsent(%s) = %s', (status, expected) => {
		expect(isUnsent({ status })).toBe(expected);
	});
});
