import { claimNextDue, pausedSince, recordOutcome, resumePaused } from '../db/outbox';
import type { ClaimedUpload, SyncSettings } from '../db/types';
import { applyOutcome } from './outcome';
import { classifyReply, networkFailure, normalizeBaseUrl, revisionPath, type UploadOutcome } from './protocol';
import type { Transport } from './transport';

/**
 * The queue's engine: one pass takes due rows oldest first and PUTs each to its
 * own path, which is the idempotency key, so a retry after a lost reply lands on
 * the same (review, revision) and the receiver answers with the same receipt.
 *
 * It never logs the token or any review text: the log hook gets ids, statuses and counts.
 */
export type DrainResult =
	| { kind: 'not-configured'; reason: 'no-endpoint' | 'no-token' | 'invalid-endpoint' }
	| { kind: 'paused'; since: string }
	/** The lock is on and locked: nothing is read, sent or changed; the next pass after unlocking sends. */
	| { kind: 'locked' }
	| { kind: 'holding'; until: number }
	| { kind: 'done'; attempted: number; stored: number; networkFailure: boolean; nextHoldUntil: number | null };

export type UploadLog = { reviewId: string; revision: number; status: number; outcome: UploadOutcome['kind'] };

export type UploaderDeps = {
	transport: Transport;
	now: () => number;
	random: () => number;
	settings: () => Promise<SyncSettings>;
	/** Runs a pass exclusively across tabs (Web Locks in the browser); defaults to running it directly. */
	exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
	log?: (entry: UploadLog) => void;
	/** True while the lock is on and locked (src/lib/db/vault): the queue waits, neither dropping nor failing a row. */
	locked?: () => boolean;
};

export type Uploader = {
	/** One pass. A call while a pass runs gets that pass's promise. `manual` ignores the hold after a failure. */
	drain(options?: { manual?: boolean }): Promise<DrainResult>;
	/** Until when the queue rests after a transient failure (in memory: a reload tries once more). */
	readonly holdUntil: number;
};

export function createUploader(deps: UploaderDeps): Uploader {
	const exclusive = deps.exclusive ?? ((work) => work());
	let running: Promise<DrainResult> | null = null;
	let holdUntil = 0;

	async function pass(manual: boolean): Promise<DrainResult> {
		if (deps.locked?.()) return { kind: 'locked' };
		const settings = await deps.settings();
		if (!settings.endpoint) return { kind: 'not-configured', reason: 'no-endpoint' };
		if (!settings.token) return { kind: 'not-configured', reason: 'no-token' };
		const base = normalizeBaseUrl(settings.endpoint);
		if (!base.ok) return { kind: 'not-configured', reason: 'invalid-endpoint' };

		const since = await pausedSince();
		if (since !== null) {
			// Paused for credentials: resume only once they changed after the pause (in any tab).
			if (!settings.changedAt || settings.changedAt <= since) return { kind: 'paused', since };
			await resumePaused(deps.now());
		}
		if (!manual && deps.now() < holdUntil) return { kind: 'holding', until: holdUntil };

		let attempted = 0;
		let stored = 0;
		const next = () => (deps.locked?.() ? null : claimNextDue(deps.now()));
		for (let row = await next(); row; row = await next()) {
			attempted++;
			const outcome = await attempt(row, base.url, settings.token);
			const at = deps.now();
			const recorded = await recordOutcome([row.reviewId, row.revision], (stored) => applyOutcome(stored, outcome, at, deps.random));
			deps.log?.({ reviewId: row.reviewId, revision: row.revision, status: statusOf(outcome), outcome: outcome.kind });
			if (outcome.kind === 'stored') stored++;
			// The connection itself is wrong (token refused or unsendable, endpoint redirects): the queue is paused.
			if (outcome.kind === 'unauthorized' || outcome.kind === 'misconfigured') break;
			if (outcome.kind === 'retry') {
				// The receiver or the network is struggling: the rest of the queue rests as long as this row does.
				holdUntil = recorded?.nextAttemptAt ?? deps.now();
				return { kind: 'done', attempted, stored, networkFailure: outcome.reason === 'network', nextHoldUntil: holdUntil };
			}
		}
		holdUntil = 0;
		if (deps.locked?.()) return { kind: 'locked' };
		return { kind: 'done', attempted, stored, networkFailure: false, nextHoldUntil: null };
	}

	async function attempt(row: ClaimedUpload, base: string, token: string): Promise<UploadOutcome> {
		const url = base + revisionPath(row.reviewId, row.revision);
		try {
			const reply = await deps.transport.put(url, token, JSON.stringify(row.doc));
			return classifyReply(reply.status, reply.headers, reply.bodyText, deps.now(), { reviewId: row.reviewId, revision: row.revision });
		} catch (error) {
			return networkFailure(error);
		}
	}

	return {
		drain(options = {}) {
			running ??= exclusive(() => pass(options.manual ?? false)).finally(() => (running = null));
			return running;
		},
		get holdUntil() {
			return holdUntil;
		}
	};
}

function statusOf(outcome: UploadOutcome): number {
	if (outcome.kind === 'stored') return 200;
	if (outcome.kind === 'conflict' || outcome.kind === 'superseded') return 409;
	return outcome.status;
}
