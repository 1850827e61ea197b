import { describe, expect, it } from 'vitest';
import type { Score } from '../../../src/lib/instrument/schema';
import { ScoreChoice } from '../../../src/lib/ui/item/score-choice.svelte';

/** A writer whose writes the test commits or fails one by one, as IndexedDB would, later. */
function writer(initial: Score | null = null) {
	let stored = initial;
	let failed = false;
	const queue: { score: Score | null; done: () => void }[] = [];
	return {
		stored: () => stored,
		failed: () => failed,
		write: (score: Score | null) => new Promise<void>((done) => queue.push({ score, done })),
		commit() {
			const next = queue.shift()!;
			stored = next.score;
			failed = false;
			next.done();
		},
		fail() {
			queue.shift()!.done();
			failed = true;
		},
		get waiting() {
			return queue.length;
		}
	};
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ScoreChoice: the mark at once, the truth on commit', () => {
	it('shows the tapped score as saving before the write commits, then as stored', async () => {
		const w = writer(2);
		const choice = new ScoreChoice(w);
		const done = choice.choose(4);
		expect(choice.shown).toBe(4);
		expect(choice.saving).toBe(true);
		expect(w.waiting).toBe(1);
		w.commit();
		await done;
		expect(choice.shown).toBe(4);
		expect(choice.saving).toBe(false);
		expect(choice.notSaved).toBe(false);
	});

	it('puts the mark back on the stored score and says so when the write fails', async () => {
		const w = writer(2);
		const choice = new ScoreChoice(w);
		const done = choice.choose(5);
		expect(choice.shown).toBe(5);
		w.fail();
		await done;
		expect(choice.shown).toBe(2);
		expect(choice.saving).toBe(false);
		expect(choice.notSaved).toBe(true);
		// The next successful tap clears the message.
		const again = choice.choose(3);
		expect(choice.notSaved).toBe(false);
		w.commit();
		await again;
		expect(choice.shown).toBe(3);
	});

	it('a clear is a choice of no score, shown at once', async () => {
		const w = writer(3);
		const choice = new ScoreChoice(w);
		const done = choice.choose(null);
		expect(choice.shown).toBeNull();
		expect(choice.saving).toBe(true);
		w.commit();
		await done;
		expect(choice.shown).toBeNull();
		expect(choice.saving).toBe(false);
	});

	it('two quick taps: the first commit does not take the mark from the second tap', async () => {
		const w = writer(1);
		const choice = new ScoreChoice(w);
		const first = choice.choose(2);
		const second = choice.choose(5);
		w.commit(); // 2 is stored
		await first;
		await settle();
		expect(choice.shown).toBe(5);
		expect(choice.saving).toBe(true);
		w.commit();
		await second;
		expect(choice.shown).toBe(5);
		expect(choice.saving).toBe(false);
	});

	it('with a paint hook, the mark is shown first and the write starts only after the paint', async () => {
		const w = writer(1);
		let paint: () => void = () => {};
		const choice = new ScoreChoice({ stored: w.stored, failed: w.failed, write: w.write, painted: () => new Promise<void>((r) => (paint = r)) });
		const done = choice.choose(3);
		expect(choice.shown).toBe(3);
		await settle();
		expect(w.waiting).toBe(0); // not written before the frame is drawn
		paint();
		await settle();
		expect(w.waiting).toBe(1);
		w.commit();
		await done;
		expect(choice.saving).toBe(false);
		expect(choice.shown).toBe(3);
	});
});
