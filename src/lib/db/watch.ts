/**
 * The part of an Observable the screens and the scheduler use (Dexie's liveQuery
 * and Svelte's store contract both fit it), and two ways to make a busy one cheap.
 */
export type Observer<T> = { next: (value: T) => void; error?: (error: unknown) => void };
export type Watch<T> = {
	subscribe(observer: Observer<T> | ((value: T) => void)): { unsubscribe(): void };
};

export const toObserver = <T>(o: Observer<T> | ((value: T) => void)): Observer<T> => (typeof o === 'function' ? { next: o } : o);

/**
 * One source subscription however many subscribers: the badge, the queue screen
 * and the scheduler all watch the outbox, and three live queries re-read it three
 * times on every step of an upload. A late subscriber gets the last value at once.
 */
export function shared<T>(source: () => Watch<T>): Watch<T> {
	const observers = new Set<Observer<T>>();
	let upstream: { unsubscribe(): void } | null = null;
	let last: { value: T } | null = null;
	return {
		subscribe(subscriber) {
			const observer = toObserver(subscriber);
			observers.add(observer);
			if (last) observer.next(last.value);
			upstream ??= source().subscribe({
				next: (value) => {
					last = { value };
					for (const o of [...observers]) o.next(value);
				},
				error: (error) => {
					for (const o of [...observers]) o.error?.(error);
				}
			});
			return {
				unsubscribe() {
					if (!observers.delete(observer) || observers.size > 0) return;
					upstream?.unsubscribe();
					upstream = null;
					last = null;
				}
			};
		}
	};
}

/**
 * Passes the first value on at once and later ones at most every `ms`, always
 * ending on the latest: a queue draining 200 reviews would otherwise redraw a
 * screen twice per upload.
 */
export function coalesced<T>(source: Watch<T>, ms: number): Watch<T> {
	return {
		subscribe(subscriber) {
			const observer = toObserver(subscriber);
			let first = true;
			let pending: { value: T } | null = null;
			let timer: ReturnType<typeof setTimeout> | null = null;
			const flush = () => {
				timer = null;
				if (!pending) return;
				const { value } = pending;
				pending = null;
				observer.next(value);
			};
			const inner = source.subscribe({
				next(value) {
					if (first) {
						first = false;
						observer.next(value);
						return;
					}
					pending = { value };
					timer ??= setTimeout(flush, ms);
				},
				error: (error) => observer.error?.(error)
			});
			return {
				unsubscribe() {
					if (timer) clearTimeout(timer);
					inner.unsubscribe();
				}
			};
		}
	};
}
