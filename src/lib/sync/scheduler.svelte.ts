import { liveQuery } from 'dexie';
import { watchOutbox } from '../db/reads';
import { readSettings } from '../db/settings';
import type { OutboxRow, SyncSettings } from '../db/types';
import { nextDueAt } from '../db/queue-order';
import type { ConnectionState } from './queue-view';
import { afterFirstScreen } from '../pwa/after-first-screen';
import { isLocked, watchVault } from '../db/vault/current';
import type { DrainResult, Uploader } from './uploader';

/**
 * Browser wiring for the uploader: decides WHEN a pass runs. Passes run at
 * start (after recovering interrupted uploads), when the network returns, when
 * the app becomes visible, when a finished review lands in the outbox, on a
 * timer at the next due attempt (and at least every minute) and on "Synkronoi nyt".
 * Nothing here decides what a reply means; that is the uploader's and the protocol's.
 */
const LOCK = 'laatuarvio-outbox';
const SYNC_TAG = 'laatuarvio-outbox';
/** What static/sw-sync.js posts to open windows when the browser fires the sync event. */
const WAKE_MESSAGE = 'laatuarvio:drain';
const MAX_SLEEP_MS = 60_000;
const MIN_SLEEP_MS = 1_000;

/** One pass at a time across tabs too: two tabs would otherwise PUT the same row (harmless, but wasteful). */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
	const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
	return locks ? locks.request(LOCK, work) : work();
}

class SyncScheduler {
	online = $state(true);
	running = $state(false);
	lastRunAt = $state<number | null>(null);
	/** When the timer will next wake the queue (epoch ms), or null while offline or stopped. */
	nextAttemptAt = $state<number | null>(null);
	lastResult = $state<DrainResult | null>(null);
	/** Read from the settings row (live, so a change in another tab counts); 'unknown' until read. */
	connection = $state<ConnectionState>('unknown');
	/** Why nothing is being sent even though reviews are waiting. */
	pausedReason = $derived.by(() => {
		const r = this.lastResult;
		if (r?.kind === 'paused') return 'credentials' as const;
		if (r?.kind === 'not-configured') return 'not-configured' as const;
		return null;
	});

	#uploader: Uploader | null = null;
	#ready: Promise<unknown> = Promise.resolve();
	#starts = 0;
	#rows: OutboxRow[] = [];
	#timer: ReturnType<typeof setTimeout> | null = null;
	#teardown: (() => void) | null = null;
	/** Which start a late-arriving engine belongs to (a stop and restart may overtake the import). */
	#generation = 0;

	/** Starts the queue once per app; nested starts share it. Returns the caller's stop function. */
	start(): () => void {
		if (typeof window === 'undefined') return () => {};
		if (++this.#starts === 1) this.#begin();
		let stopped = false;
		return () => {
			if (stopped) return;
			stopped = true;
			if (--this.#starts === 0) this.#end();
		};
	}

	/** The reviewer's "Synkronoi nyt": ignores the rest after a transient failure. */
	syncNow(): Promise<void> {
		return this.#run(true);
	}

	#begin(): void {
		const generation = ++this.#generation;
		this.online = navigator.onLine;
		const onOnline = () => {
			this.online = true;
			void this.#run(false);
		};
		const onOffline = () => {
			this.online = false;
			this.#schedule();
		};
		const onVisible = () => {
			if (document.visibilityState === 'visible') void this.#run(false);
		};
		// The worker's sync event only wakes this uploader; it never sends anything itself (docs/decisions.md).
		const onWorkerMessage = (event: MessageEvent) => {
			if ((event.data as { type?: unknown } | null)?.type === WAKE_MESSAGE) void this.#run(false);
		};
		addEventListener('online', onOnline);
		addEventListener('offline', onOffline);
		document.addEventListener('visibilitychange', onVisible);
		navigator.serviceWorker?.addEventListener('message', onWorkerMessage);
		const subscription = watchOutbox().subscribe({
			next: (rows) => this.#observe(rows),
			error: () => {} // a failed read is retried on the next change or tick
		});
		const settings = liveQuery(() => readSettings('sync')).subscribe({
			next: (s) => (this.connection = connectionOf(s)),
			error: () => {} // stays 'unknown': the badge keeps saying it is checking rather than guess
		});
		// Uploads wait while the lock is locked; unlocking sends what waited.
		const unwatchVault = watchVault((state) => state.kind === 'unlocked' && void this.#run(false));
		this.#teardown = () => {
			unwatchVault();
			removeEventListener('online', onOnline);
			removeEventListener('offline', onOffline);
			document.removeEventListener('visibilitychange', onVisible);
			navigator.serviceWorker?.removeEventListener('message', onWorkerMessage);
			subscription.unsubscribe();
			settings.unsubscribe();
		};
		// The engine (uploader, protocol and the schema behind it) is not needed to draw
		// the first screen, so it loads after it; it is precached like the rest.
		void afterFirstScreen()
			.then(() => Promise.all([import('./uploader'), import('./transport'), import('../db/outbox')]))
			.then(([{ createUploader }, { fetchTransport }, { recoverInterrupted }]) => {
				if (generation !== this.#generation || !this.#teardown) return; // stopped meanwhile
				this.#uploader = createUploader({
					transport: fetchTransport(),
					now: Date.now,
					random: Math.random,
					settings: () => readSettings('sync'),
					exclusive,
					locked: isLocked
				});
				this.#ready = exclusive(() => recoverInterrupted(Date.now())).catch(() => 0);
				void this.#run(false);
			})
			.catch(() => {
				/* cannot happen with a precached build; the next start tries again */
			});
	}

	#end(): void {
		this.#teardown?.();
		this.#teardown = null;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#uploader = null;
		this.nextAttemptAt = null;
	}

	/** A finish (in this tab or another) or an outcome changed the outbox. */
	#observe(rows: OutboxRow[]): void {
		this.#rows = rows;
		const due = nextDueAt(rows);
		if (due !== null && due <= Date.now() && !this.running) void this.#run(false);
		else this.#schedule();
	}

	async #run(manual: boolean): Promise<void> {
		const uploader = this.#uploader;
		if (!uploader) return;
		// navigator.onLine === false is reliable (true is not): don't spend attempts while certainly offline.
		if (!navigator.onLine) {
			this.online = false;
			return this.#schedule();
		}
		this.running = true;
		try {
			await this.#ready;
			const result = await uploader.drain({ manual });
			this.lastResult = result;
			if (result.kind === 'done' && result.networkFailure) void registerBackgroundSync();
		} catch {
			// A storage failure in a verb: the rows are unchanged and the next trigger tries again.
		} finally {
			this.running = false;
			this.lastRunAt = Date.now();
			this.#schedule();
		}
	}

	#schedule(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (!this.#uploader || !this.online) {
			this.nextAttemptAt = null;
			return;
		}
		const now = Date.now();
		// Paused or not configured: only a settings change (which calls syncNow) can help, so just keep a slow watch.
		const due = this.pausedReason ? null : nextDueAt(this.#rows);
		const wake = due === null ? now + MAX_SLEEP_MS : Math.max(due, this.#uploader.holdUntil);
		const delay = Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, wake - now));
		this.nextAttemptAt = due === null ? null : now + delay;
		this.#timer = setTimeout(() => void this.#run(false), delay);
	}
}

/**
 * Asks the browser to wake the service worker when connectivity returns (Chromium
 * only). The app never depends on it: the 'online' event and the timer do the work
 * while the app is open; see docs/sync-queue.md for the worker's part.
 */
async function registerBackgroundSync(): Promise<void> {
	try {
		const registration = await navigator.serviceWorker?.getRegistration();
		const sync = (registration as unknown as { sync?: { register(tag: string): Promise<void> } } | undefined)?.sync;
		await sync?.register(SYNC_TAG);
	} catch {
		/* not supported or not allowed: the timer and 'online' cover it */
	}
}

function connectionOf(settings: SyncSettings): ConnectionState {
	// A token sealed by the lock is still a token (src/lib/db/vault/codec.ts).
	return settings.endpoint && (settings.token || 'sealedToken' in settings) ? 'set' : 'not-set';
}

export const syncState = new SyncScheduler();

/** Called once from the root layout; returns the stop function. */
export function startSync(): () => void {
	return syncState.start();
}

export function syncNow(): Promise<void> {
	return syncState.syncNow();
}
