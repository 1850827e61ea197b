import { describe, expect, it } from 'vitest';
import type { OutboxRow } from '../../../src/lib/db/types';
import { applyOutcome } from '../../../src/lib/sync/outcome';
import type { UploadOutcome } from '../../../src/lib/sync/protocol';
import { buildFreshReview } from '../../fixtures/review-builder';
import { receiptFor as receipt, T0 } from './seed';

describe('applyOutcome: every outcome kind leaves the row in the right state', () => {
	const doc = buildFreshReview();
	const uploading = { status: 'uploading', attempts: 2, nextAttemptAt: 0, service: doc.meta.service, reviewId: doc.id, revision: 1, lastError: null, receipt: null, enqueuedAt: '', updatedAt: '', uploadedAt: null } as OutboxRow;
	const half = () => 0.5;
	it.each<[string, UploadOutcome, Partial<OutboxRow>]>([
		['stored', { kind: 'stored', receipt: receipt(doc) }, { status: 'uploaded', uploadedAt: new Date(T0).toISOString(), lastError: null, receipt: receipt(doc) }],
		['server error', { kind: 'retry', reason: 'server', status: 503, retryAfterMs: null, message: 'x' }, { status: 'pending', nextAttemptAt: T0 + 5_000, lastError: { kind: 'retry', message: 'x', status: 503 } }],
		['network', { kind: 'retry', reason: 'network', status: 0, retryAfterMs: null, message: 'network failure' }, { status: 'pending', nextAttemptAt: T0 + 5_000 }],
		['429 with Retry-After', { kind: 'retry', reason: 'rate-limited', status: 429, retryAfterMs: 120_000, message: 'slow' }, { status: 'pending', nextAttemptAt: T0 + 120_000 }],
		['422', { kind: 'rejected', status: 422, message: 'totals missing', issues: [{ path: 'totals', message: 'missing' }] }, { status: 'failed', lastError: { kind: 'rejected', status: 422, message: 'totals missing', issues: [{ path: 'totals', message: 'missing' }] } }],
		['409 newer-revision', { kind: 'superseded', message: 'revision 3 is stored', latestRevision: 3 }, { status: 'superseded', supersededBy: 3, lastError: null, nextAttemptAt: 0 }],
		['409 newer-revision, revision not named', { kind: 'superseded', message: 'newer', latestRevision: null }, { status: 'superseded', supersededBy: null }],
		['redirect refused', { kind: 'misconfigured', problem: 'redirect', status: 0, message: 'redirects' }, { status: 'paused', lastError: { kind: 'redirect', status: 0, message: 'redirects' } }],
		['token cannot be sent', { kind: 'misconfigured', problem: 'bad-token', status: 0, message: 'bad token' }, { status: 'paused', lastError: { kind: 'bad-token', status: 0, message: 'bad token' } }],
		['409', { kind: 'conflict', message: 'revision 3 is stored', latestRevision: 3 }, { status: 'failed', lastError: { kind: 'conflict', status: 409, message: 'revision 3 is stored', latestRevision: 3 } }],
		['bad reply', { kind: 'bad-reply', status: 200, message: 'not a receipt' }, { status: 'failed', lastError: { kind: 'bad-reply', status: 200, message: 'not a receipt' } }],
		['401', { kind: 'unauthorized', status: 401, message: 'no' }, { status: 'paused', lastError: { kind: 'unauthorized', status: 401, message: 'no' } }],
		['403', { kind: 'unauthorized', status: 403, message: 'read only' }, { status: 'paused' }]
	])('%s', (_name, outcome, expected) => {
		const next = applyOutcome(uploading, outcome, T0, half);
		expect(next).toMatchObject(expected);
		expect(next.attempts).toBe(2);
		expect(next.reviewId).toBe(doc.id);
	});
});

