import { claimNextDue, pausedSince, recordAndClaim, recordOutcome, resumePaused } from '../db/outbox';
import type { ClaimedUpload, OutboxRow, SyncSettings } from '../db/types';
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
	/** Uploads in flight at once (default DEFAULT_CONCURRENCY); 1 sends strictly one after another. */
	concurrency?: number;
};

/** Uploads in flight at once, across different reviews, once the first of a pass was stored. */
export const DEFAULT_CONCURRENCY = 3;

/** What the lanes of one pass share. */
type PassState = {
	attempted: number;
	stored: number;
	/** Why no lane claims another row: the receiver struggles, the connection is wrong, or a verb threw. */
	halt: null | 'retry' | 'connection' | 'error';
	/** Set by a transient failure: until when the rest of the queue rests. */
	holdUntil: number | null;
	networkFailure: boolean;
	error: { error: unknown } | null;
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
	const concurrency = Math.max(1, deps.concurrency ?? DEFAULT_CONCURRENCY);

	async function pass(manual: boolean): Promise<DrainResult> {
		if (deps.locked?.()) return { kind: 'locked' };
		const settings = await deps.settings();
		if (!settings.endpoint) return { kind: 'not-configured', reason: 'no-endpoint' };
		const token = settings.token;
		if (!token) return { kind: 'not-configured', reason: 'no-token' };
		const base = normalizeBaseUrl(settings.endpoint);
		if (!base.ok) return { kind: 'not-configured', reason: 'invalid-endpoint' };

		const since = await pausedSince();
		if (since !== null) {
			// Paused for credentials: resume only once they changed after the pause (in any tab).
			if (!settings.changedAt || settings.changedAt <= since) return { kind: 'paused', since };
			await resumePaused(deps.now());
		}
		if (!manual && deps.now() < holdUntil) return { kind: 'holding', until: holdUntil };

		const run: PassState = { attempted: 0, stored: 0, halt: null, holdUntil: null, networkFailure: false, error: null };
		const claim = () => (run.halt || deps.locked?.() ? null : claimNextDue(deps.now()));
		// Lanes each claim, send and record one row at a time. The claim holds back a later
		// revision while an earlier one of the same review is in flight, so lanes only ever
		// overlap across different reviews and the receiver still sees 1 before 2. A row a
		// lane has claimed is always sent, so a halt lets at most the other lanes' rows go.
		const lanes: Promise<void>[] = [];
		const lane = async () => {
			try {
				for (let row = await claim(); row; ) {
					row = await send(row, base.url, token, run);
					// One upload first: a refused token, a redirect or an outage costs one request, not one per lane.
					if (run.stored === 1 && lanes.length === 1) for (let i = 1; i < concurrency; i++) lanes.push(lane());
				}
			} catch (error) {
				run.halt ??= 'error';
				run.error ??= { error };
			}
		};
		lanes.push(lane());
		for (let i = 0; i < lanes.length; i++) await lanes[i]; // lanes may be added while the first runs
		if (run.error) throw run.error.error; // a storage failure in a verb: the rows are as the verbs left them
		if (run.holdUntil !== null) {
			holdUntil = run.holdUntil;
			return { kind: 'done', attempted: run.attempted, stored: run.stored, networkFailure: run.networkFailure, nextHoldUntil: holdUntil };
		}
		holdUntil = 0;
		if (deps.locked?.()) return { kind: 'locked' };
		return { kind: 'done', attempted: run.attempted, stored: run.stored, networkFailure: false, nextHoldUntil: null };
	}

	/**
	 * One claimed row: PUT, then its outcome recorded (the receipt is stored before the
	 * row counts as uploaded) and, in the same transaction, the lane's next row claimed
	 * unless the pass is stopping. Returns that next row.
	 */
	async function send(row: ClaimedUpload, base: string, token: string, run: PassState): Promise<ClaimedUpload | null> {
		run.attempted++;
		const outcome = await attempt(row, base, token);
		// Stop the other lanes at once, not only after this outcome is recorded.
		if (outcome.kind === 'retry') run.halt ??= 'retry';
		// The connection itself is wrong (token refused or unsendable, endpoint redirects): the queue is paused.
		if (outcome.kind === 'unauthorized' || outcome.kind === 'misconfigured') run.halt ??= 'connection';
		const at = deps.now();
		const key: [string, number] = [row.reviewId, row.revision];
		const apply = (stored: OutboxRow) => applyOutcome(stored, outcome, at, deps.random);
		const goOn = !run.halt && !deps.locked?.();
		let recorded: OutboxRow | null;
		let claimed: ClaimedUpload | null = null;
		try {
			({ recorded, claimed } = await recordAndClaim(key, apply, goOn ? at : null));
		} catch (error) {
			// Nothing of the failed transaction was stored. If the claim was the cause (the lock
			// closed meanwhile refuses reading a payload), the outcome alone still can be.
			if (!goOn) throw error;
			recorded = await recordOutcome(key, apply);
		}
		deps.log?.({ reviewId: row.reviewId, revision: row.revision, status: statusOf(outcome), outcome: outcome.kind });
		if (outcome.kind === 'stored') run.stored++;
		if (outcome.kind === 'retry') {
			// The receiver or the network is struggling: the rest of the queue rests as long as this row does.
			run.holdUntil = Math.max(run.holdUntil ?? 0, recorded?.nextAttemptAt ?? deps.now());
			if (outcome.reason === 'network') run.networkFailure = true;
		}
		return claimed;
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
