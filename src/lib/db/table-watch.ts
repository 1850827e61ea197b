import Dexie, { type ObservabilitySet } from 'dexie';
import { database } from './database';
import { toObserver, type Watch } from './watch';

/**
 * A live read of one table, at least `ms` from the end of one read to the start of the
 * next, however many commits touch the table. Dexie's liveQuery re-runs its query after every commit: while 200
 * reviews drain that is a whole-outbox read after each upload, and each of those reads
 * queues behind the uploader's transactions and holds the next one up. Here a commit
 * only marks the table changed (Dexie's `storagemutated` event, fired for this tab's
 * commits and, through a BroadcastChannel, for other tabs'); the read follows at the
 * next free slot. A change during a read is always followed by another read, so the
 * last value passed on is never older than the last commit.
 */
export function throttledTable<T>(table: string, read: () => Promise<T>, ms: number): Watch<T> {
	return {
		subscribe(subscriber) {
			const observer = toObserver(subscriber);
			const prefix = `idb://${database().name}/${table}/`;
			let closed = false;
			let reading = false;
			let changedDuringRead = false;
			let timer: ReturnType<typeof setTimeout> | null = null;
			let lastRead = -Infinity;

			const run = async () => {
				timer = null;
				reading = true;
				changedDuringRead = false;
				try {
					const value = await read();
					if (!closed) observer.next(value);
				} catch (error) {
					if (!closed) observer.error?.(error);
				} finally {
					// Paced from the read's end: on a busy device a read can take longer than `ms`,
					// and reads back to back would again keep the uploader's transactions waiting.
					lastRead = Date.now();
					reading = false;
					if (changedDuringRead) schedule();
				}
			};
			const schedule = () => {
				if (closed || timer) return;
				if (reading) {
					changedDuringRead = true;
					return;
				}
				timer = setTimeout(() => void run(), Math.max(0, lastRead + ms - Date.now()));
			};
			const onMutated = (parts: ObservabilitySet) => {
				// 'all' is Dexie's "anything may have changed" (e.g. after the page was frozen).
				if ('all' in parts || Object.keys(parts).some((part) => part.startsWith(prefix))) schedule();
			};
			Dexie.on('storagemutated', onMutated);
			void run();
			return {
				unsubscribe() {
					closed = true;
					if (timer) clearTimeout(timer);
					Dexie.on('storagemutated').unsubscribe(onMutated);
				}
			};
		}
	};
}
