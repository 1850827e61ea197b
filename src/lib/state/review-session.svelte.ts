import type { Observable } from 'dexie';
import type { LoadedReview } from '../db/read-review';
import { failureOf, type WriteFailure } from '../db/errors';
import type { Edit } from '../review/edit';
import type { ReviewDocument } from '../review/schema';
import { readText, setText, targetKey, type TextTarget } from '../review/text-targets';
import { Journal } from './journal';

export type SaveState =
	| { kind: 'saved'; at: number | null }
	| { kind: 'saving' }
	| { kind: 'error'; failure: WriteFailure };

export interface SessionDeps {
	watch(id: string): Observable<LoadedReview>;
	write(id: string, edit: Edit): Promise<ReviewDocument>;
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

type Typed = { target: TextTarget; value: string; committedAt: string | null };

/** Failures that may pass once the reviewer acts (frees space, tries again); the rest would fail the same way. */
const RETRYABLE = new Set<WriteFailure['kind']>(['storage-full', 'unknown']);

/**
 * One open review: its live document, and a single-flight writer that saves every
 * change as soon as the previous write has committed. There is no debounce timer to
 * lose: edits that arrive while a write is in flight are folded into the next one.
 */
export class ReviewSession {
	// Raw: the document is replaced whole on every commit, never mutated in place.
	#loaded = $state.raw<LoadedReview>({ kind: 'loading' });
	#save = $state.raw<SaveState>({ kind: 'saved', at: null });
	#edits: Edit[] = [];
	/** Typed values waiting for the next write. */
	#texts = new Map<string, { target: TextTarget; value: string }>();
	/**
	 * What the field shows: the latest typed value until the live document carries it.
	 * #texts alone is not enough: it is emptied when a write starts, and a document
	 * emitted while that write is in flight still holds the older text.
	 */
	#typed = new Map<string, Typed>();
	/** Keys of the texts the write in flight carries. */
	#writing = new Set<string>();
	#inflight: Promise<void> | null = null;
	#journal: Journal;
	#unsubscribe: (() => void) | null = null;
	#replayed = false;

	constructor(
		readonly id: string,
		private readonly deps: SessionDeps
	) {
		this.#journal = new Journal(deps.storage, id);
	}

	get loaded() {
		return this.#loaded;
	}
	get saveState() {
		return this.#save;
	}
	get doc(): ReviewDocument | null {
		return this.#loaded.kind === 'ready' ? this.#loaded.doc : null;
	}
	get readOnly(): boolean {
		return this.#loaded.kind === 'ready' && this.#loaded.row.status !== 'draft';
	}

	start(): () => void {
		const sub = this.deps.watch(this.id).subscribe({
			next: (value) => {
				if (value.kind === 'ready' && this.#isStale(value)) return;
				if (value.kind === 'ready') this.#forgetShown(value.doc);
				this.#loaded = value;
				if (value.kind === 'ready' && !this.#replayed) this.#replay(value.doc);
			},
			error: (e: unknown) => (this.#loaded = { kind: 'corrupt', message: String(e) })
		});
		this.#unsubscribe = () => sub.unsubscribe();
		return () => this.stop();
	}

	stop(): void {
		this.#unsubscribe?.();
		this.#unsubscribe = null;
	}

	/** The text to show in a field: what was typed and not yet in the document, else what is stored. */
	text(target: TextTarget): string {
		const typed = this.#typed.get(targetKey(target));
		if (typed) return typed.value;
		return (this.doc && readText(this.doc, target)) ?? '';
	}

	/** A structural change (score tap, checkbox, new note). Resolves when durable or failed (see saveState). */
	edit(edit: Edit): Promise<void> {
		this.#edits.push(edit);
		return this.#pump();
	}

	/** A keystroke. Journalled synchronously, saved with the next write. */
	type(target: TextTarget, value: string): Promise<void> {
		const key = targetKey(target);
		this.#journal.record(target, value);
		this.#texts.set(key, { target, value });
		this.#typed.set(key, { target, value, committedAt: null });
		return this.#pump();
	}

	/** Waits until everything typed so far is in IndexedDB (used on pagehide and before finishing). */
	async flush(): Promise<void> {
		while (this.#inflight) await this.#inflight;
	}

	/** Retry after an error (e.g. the reviewer freed space). */
	retry(): Promise<void> {
		if (this.#edits.length === 0 && this.#texts.size === 0 && !this.#inflight) {
			this.#save = { kind: 'saved', at: Date.now() };
			return Promise.resolve();
		}
		return this.#pump();
	}

	#replay(doc: ReviewDocument): void {
		this.#replayed = true;
		if (this.readOnly) return;
		for (const entry of Object.values(this.#journal.entries())) {
			if (readText(doc, entry.target) !== entry.value) void this.type(entry.target, entry.value);
			else this.#journal.settle(entry.target, entry.value);
		}
	}

	/**
	 * A shown value is dropped once the document holds it, or once a document at
	 * least as new as the commit that carried it says otherwise (another tab wrote
	 * the field later): the stored text then wins.
	 */
	#forgetShown(doc: ReviewDocument): void {
		for (const [key, typed] of this.#typed) {
			if (this.#texts.has(key) || this.#writing.has(key)) continue; // a newer value is on its way
			const stored = readText(doc, typed.target);
			const superseded = typed.committedAt !== null && doc.updatedAt >= typed.committedAt;
			if (stored === typed.value || stored === undefined || superseded) this.#typed.delete(key);
		}
	}

	/**
	 * The committed document is shown at once, so a screen that awaits `edit()` sees
	 * its change (a new note to focus) without waiting for the live query to re-run.
	 */
	#show(committed: ReviewDocument): void {
		const current = this.#loaded;
		if (current.kind !== 'ready' || this.#isStale({ ...current, doc: committed })) return;
		this.#forgetShown(committed);
		this.#loaded = { kind: 'ready', row: { ...current.row, doc: committed, updatedAt: committed.updatedAt }, doc: committed };
	}

	/**
	 * A live query that started before the last commit may still deliver its older
	 * result; showing it would briefly roll the screen back. Same revision and state,
	 * older stamp: skip it (the query re-runs and delivers the newer one).
	 */
	#isStale(next: Extract<LoadedReview, { kind: 'ready' }>): boolean {
		const current = this.#loaded;
		return (
			current.kind === 'ready' &&
			next.row.status === current.row.status &&
			next.doc.revision === current.doc.revision &&
			next.doc.updatedAt < current.doc.updatedAt
		);
	}

	#pump(): Promise<void> {
		if (!this.#inflight) this.#inflight = this.#drain().finally(() => (this.#inflight = null));
		return this.#inflight;
	}

	async #drain(): Promise<void> {
		while (this.#edits.length > 0 || this.#texts.size > 0) {
			const edits = this.#edits.splice(0);
			const texts = [...this.#texts.values()];
			this.#texts.clear();
			this.#writing = new Set(texts.map((t) => targetKey(t.target)));
			const all: Edit[] = [...edits, ...texts.map((t) => setText(t.target, t.value))];
			this.#save = { kind: 'saving' };
			let committed: ReviewDocument;
			try {
				committed = await this.deps.write(this.id, (doc) => all.reduce((d, e) => e(d), doc));
			} catch (error) {
				this.#writing.clear();
				this.#failed(error, edits, texts);
				return;
			}
			this.#writing.clear();
			for (const t of texts) this.#landed(t.target, t.value, committed);
			this.#show(committed);
			this.#save = { kind: 'saved', at: Date.now() };
		}
	}

	/** The journal entry goes only when the committed document holds exactly the journalled value. */
	#landed(target: TextTarget, value: string, committed: ReviewDocument): void {
		const stored = readText(committed, target);
		// undefined: the field was deleted (a removed note); its text went with it on purpose.
		if (stored !== value && stored !== undefined) return;
		this.#journal.settle(target, value);
		const typed = this.#typed.get(targetKey(target));
		if (typed?.value === value) typed.committedAt = committed.updatedAt;
	}

	#failed(error: unknown, edits: Edit[], texts: { target: TextTarget; value: string }[]): void {
		const failure = failureOf(error);
		// Keep what was typed: put texts back unless newer ones arrived; the journal still holds them.
		for (const t of texts) {
			const key = targetKey(t.target);
			if (!this.#texts.has(key)) this.#texts.set(key, t);
		}
		// Structural edits wait, in order, for the next write the reviewer triggers (a retry,
		// a keystroke) when that can help; a read-only or missing review would refuse them again.
		if (RETRYABLE.has(failure.kind)) this.#edits.unshift(...edits);
		this.#save = { kind: 'error', failure };
	}
}
