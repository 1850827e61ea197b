import type { OutboxFailure, OutboxRow } from '../db/types';
import { retryDelay } from './backoff';
import type { UploadOutcome } from './protocol';

/**
 * What one upload attempt does to its outbox row: the protocol's outcome turned
 * into the row's next state. Pure, so the table of outcomes is tested without a
 * database; the uploader hands it to db/outbox.ts's recordOutcome, which applies it
 * inside its transaction (the db layer knows rows, not replies).
 */
export function applyOutcome(row: OutboxRow, outcome: UploadOutcome, now: number, random: () => number): OutboxRow {
	const base = { ...row, updatedAt: new Date(now).toISOString() };
	switch (outcome.kind) {
		case 'stored':
			return { ...base, status: 'uploaded', receipt: { ...outcome.receipt }, uploadedAt: base.updatedAt, lastError: null, nextAttemptAt: 0 };
		case 'retry':
			return {
				...base,
				status: 'pending',
				nextAttemptAt: now + retryDelay(row.attempts, outcome.retryAfterMs, random),
				lastError: failure('retry', outcome.message, outcome.status)
			};
		case 'rejected':
			return { ...base, status: 'failed', lastError: { ...failure('rejected', outcome.message, outcome.status), issues: outcome.issues } };
		case 'conflict':
			return { ...base, status: 'failed', lastError: { ...failure('conflict', outcome.message, 409), latestRevision: outcome.latestRevision } };
		case 'superseded':
			return { ...base, status: 'superseded', supersededBy: outcome.latestRevision, lastError: null, nextAttemptAt: 0 };
		case 'bad-reply':
			return { ...base, status: 'failed', lastError: failure('bad-reply', outcome.message, outcome.status) };
		case 'unauthorized':
			return { ...base, status: 'paused', lastError: failure('unauthorized', outcome.message, outcome.status) };
		case 'misconfigured':
			return { ...base, status: 'paused', lastError: failure(outcome.problem, outcome.message, outcome.status) };
	}
}

function failure(kind: OutboxFailure['kind'], message: string, status: number): OutboxFailure {
	return { kind, message, status };
}
