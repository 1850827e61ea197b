import { liveQuery } from 'dexie';
import { isLocked, vaultState as vaultNow, watchVault } from '$lib/db/vault/current';
import { DEFAULT_IDLE_MINUTES, followStoredLock, lockNow, readLockSettings } from '$lib/db/vault/state';
import { shouldLock } from '$lib/privacy/lock-rules';
import type { VaultState } from '$lib/db/vault/keyring';
import type { SealedJournal } from '$lib/state/journal-sealed';
import { useSealedJournal } from '$lib/ui/workspace/journal-storage';
import { removeDueNotesAfterStart } from '$lib/ui/privacy/retention-at-start';

/**
 * The lock as the screens see it: this tab's state (off / locked / unlocked),
 * and the automatic lock — idle for `idleMinutes`, or back after being hidden
 * that long. Also "lock now", which every tab follows (BroadcastChannel): a
 * reviewer who locks one tab expects the tablet locked.
 */
const CHANNEL = 'laatuarvio.lock';
const CHECK_EVERY_MS = 10_000;
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

class LockState {
	state = $state<VaultState['kind']>('off');
	idleMinutes = $state(DEFAULT_IDLE_MINUTES);
	/** False from an unlock until the sealed journal is open: no review screen may start before it. */
	journalReady = $state(true);
	#journal: SealedJournal | null = null;
	#lastActivity = Date.now();
	#hiddenSince: number | null = null;
	#channel: BroadcastChannel | null = null;

	get locked() {
		return this.state === 'locked';
	}

	/** Whether the screens may render: never while locked, and not before the journal is open. */
	get open() {
		return this.state === 'off' || (this.state === 'unlocked' && this.journalReady);
	}

	/** Wires the listeners; returns their teardown. Called once by the root layout's gate. */
	start(): () => void {
		const unwatch = watchVault((s) => {
			this.state = s.kind;
			this.#lastActivity = Date.now();
			void this.#followJournal(s);
		});
		const settings = liveQuery(() => readLockSettings()).subscribe({
			next: (row) => {
				this.idleMinutes = row?.idleMinutes ?? DEFAULT_IDLE_MINUTES;
				followStoredLock(row !== undefined); // turned on or off in another tab
			},
			error: () => {}
		});
		const touch = () => (this.#lastActivity = Date.now());
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') this.#hiddenSince = Date.now();
			else {
				this.#check();
				this.#hiddenSince = null;
			}
		};
		for (const name of ACTIVITY) addEventListener(name, touch, { passive: true, capture: true });
		document.addEventListener('visibilitychange', onVisibility);
		const timer = setInterval(() => this.#check(), CHECK_EVERY_MS);
		this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
		this.#channel?.addEventListener('message', (e) => (e.data === 'lock-now' ? void this.#lock(false) : undefined));
		return () => {
			unwatch();
			settings.unsubscribe();
			for (const name of ACTIVITY) removeEventListener(name, touch, { capture: true });
			document.removeEventListener('visibilitychange', onVisibility);
			clearInterval(timer);
			this.#channel?.close();
			this.#channel = null;
		};
	}

	/** The journal follows the key: sealed while unlocked, dropped when locked, clear again when the lock goes off. */
	async #followJournal(s: VaultState): Promise<void> {
		const previous = this.#journal;
		this.#journal = null;
		useSealedJournal(null);
		if (s.kind === 'unlocked') {
			// Coming from the lock screen, no review screen starts before the journal is open.
			// Turning the lock on in Asetukset keeps the screen; a journal written meanwhile is
			// kept in memory (never clear in localStorage) until the sealed one is ready.
			if (previous === null && this.journalReady) useSealedJournal(memoryJournal());
			else {
				this.journalReady = false;
				// Retention was refused while locked (it reads and rewrites documents): its pass runs now.
				removeDueNotesAfterStart();
			}
			// Loaded only once a key exists: with the lock off no WebCrypto code is fetched.
			const journal = await import('$lib/state/journal-sealed')
				.then(({ openSealedJournal }) => openSealedJournal(localStorage, s.key))
				.catch(() => null);
			if (vaultNow() !== s) return; // locked again meanwhile
			this.#journal = journal;
			useSealedJournal(journal ?? memoryJournal());
			this.journalReady = true;
		} else if (s.kind === 'off') {
			await previous?.writeClear().catch(() => {});
			this.journalReady = true;
		} else {
			this.journalReady = false;
		}
	}

	#check(): void {
		if (this.state !== 'unlocked') return;
		const clock = { now: Date.now(), lastActivity: this.#lastActivity, hiddenSince: this.#hiddenSince, idleMinutes: this.idleMinutes };
		if (shouldLock(clock)) void this.#lock(false);
	}

	/** The reviewer's "Lock now": this tab and every other. */
	lockNow(): Promise<void> {
		this.#channel?.postMessage('lock-now');
		return this.#lock(true);
	}

	async #lock(settle: boolean): Promise<void> {
		if (isLocked() || this.state !== 'unlocked') return;
		if (settle) {
			// A field being typed in saves on blur; give that write a moment to commit with the key.
			(document.activeElement as HTMLElement | null)?.blur?.();
			await new Promise((r) => setTimeout(r, 300));
		}
		lockNow();
	}
}

/** A journal that never touches localStorage: no crash guard, but no clear text either. */
function memoryJournal() {
	const memory = new Map<string, string>();
	return {
		getItem: (k: string) => memory.get(k) ?? null,
		setItem: (k: string, v: string) => void memory.set(k, v),
		removeItem: (k: string) => void memory.delete(k)
	};
}

export const lock = new LockState();
