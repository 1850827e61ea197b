import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesced, shared, type Observer, type Watch } from '../../../src/lib/db/watch';

/** A hand-driven source that counts its subscriptions. */
function source<T>() {
	const observers = new Set<Observer<T>>();
	let subscriptions = 0;
	const watch: Watch<T> = {
		subscribe(s) {
			const o = typeof s === 'function' ? { next: s } : s;
			subscriptions++;
			observers.add(o);
			return { unsubscribe: () => void observers.delete(o) };
		}
	};
	return {
		watch,
		emit: (v: T) => observers.forEach((o) => o.next(v)),
		fail: (e: unknown) => observers.forEach((o) => o.error?.(e)),
		get subscriptions() {
			return subscriptions;
		},
		get open() {
			return observers.size;
		}
	};
}

describe('shared', () => {
	it('subscribes to the source once for any number of subscribers, and lets go after the last', () => {
		const s = source<number>();
		const factory = vi.fn(() => s.watch);
		const w = shared(factory);
		const a: number[] = [];
		const b: number[] = [];
		const subA = w.subscribe((v) => a.push(v));
		const subB = w.subscribe((v) => b.push(v));
		expect(factory).toHaveBeenCalledTimes(1);
		expect(s.open).toBe(1);
		s.emit(1);
		expect([a, b]).toEqual([[1], [1]]);
		subA.unsubscribe();
		s.emit(2);
		expect([a, b]).toEqual([[1], [1, 2]]);
		subB.unsubscribe();
		expect(s.open).toBe(0);
	});

	it('gives a late subscriber the last value at once', () => {
		const s = source<string>();
		const w = shared(() => s.watch);
		const first = w.subscribe(() => {});
		s.emit('rows');
		const late: string[] = [];
		w.subscribe((v) => late.push(v));
		expect(late).toEqual(['rows']);
		first.unsubscribe();
	});

	it('starts afresh (no stale value) after everyone left', () => {
		const s = source<string>();
		const factory = vi.fn(() => s.watch);
		const w = shared(factory);
		const first = w.subscribe(() => {});
		s.emit('old');
		first.unsubscribe();
		// The rows may have changed while nobody watched: the new subscriber waits for a fresh read.
		const seen: string[] = [];
		w.subscribe((v) => seen.push(v));
		expect(factory).toHaveBeenCalledTimes(2);
		expect(seen).toEqual([]);
	});

	it('passes errors to every subscriber', () => {
		const s = source<number>();
		const w = shared(() => s.watch);
		const errors: unknown[] = [];
		w.subscribe({ next: () => {}, error: (e) => errors.push(e) });
		w.subscribe({ next: () => {}, error: (e) => errors.push(e) });
		s.fail('disk');
		expect(errors).toEqual(['disk', 'disk']);
	});

	it('a double unsubscribe does not close the source under someone else', () => {
		const s = source<number>();
		const w = shared(() => s.watch);
		const a = w.subscribe(() => {});
		w.subscribe(() => {});
		a.unsubscribe();
		a.unsubscribe();
		expect(s.open).toBe(1);
	});
});

describe('coalesced', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('passes the first value at once, then at most one per interval, ending on the latest', () => {
		const s = source<number>();
		const seen: number[] = [];
		coalesced(s.watch, 100).subscribe((v) => seen.push(v));
		s.emit(1);
		expect(seen).toEqual([1]);
		s.emit(2);
		s.emit(3);
		s.emit(4);
		expect(seen).toEqual([1]);
		vi.advanceTimersByTime(99);
		expect(seen).toEqual([1]);
		vi.advanceTimersByTime(1);
		expect(seen).toEqual([1, 4]);
		s.emit(5);
		vi.advanceTimersByTime(100);
		expect(seen).toEqual([1, 4, 5]);
		vi.advanceTimersByTime(1000);
		expect(seen).toEqual([1, 4, 5]);
	});

	it('sends nothing after unsubscribe', () => {
		const s = source<number>();
		const seen: number[] = [];
		const sub = coalesced(s.watch, 100).subscribe((v) => seen.push(v));
		s.emit(1);
		s.emit(2);
		sub.unsubscribe();
		vi.advanceTimersByTime(500);
		expect(seen).toEqual([1]);
		expect(s.open).toBe(0);
	});

	it('passes errors straight on', () => {
		const s = source<number>();
		const errors: unknown[] = [];
		coalesced(s.watch, 100).subscribe({ next: () => {}, error: (e) => errors.push(e) });
		s.fail('quota');
		expect(errors).toEqual(['quota']);
	});
});
