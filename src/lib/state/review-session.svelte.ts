import type { Observable } from 'dexie';
import type { LoadedReview } from '../db/reads';
import type { WriteFailure } from '../db/errors';
import { WriteError } from '../db/errors';
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

/**
 * One open review: its live document, and a single-flight writer that saves every
 * change as soon as the previous write has committed. There is no debounce timer to
 * lose: edits that arrive while a write is in flight are folded into the next one.
 */
export class ReviewSession {
	#loaded = $state<LoadedReview>({ kind: 'loading' });
	#save = $state<SaveState>({ kind: 'saved', at: null });
	#edits: Edit[] = [];
	#texts = new Map<string, { target: TextTarget; value: string }>();
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

	/** The text to show in a field: what was typed and not yet saved, else what is stored. */
	text(target: TextTarget): string {
		const pending = this.#texts.get(targetKey(target));
		if (pending) return pending.value;
		return (this.doc && readText(this.doc, target)) ?? '';
	}

	/** A structural change (score tap, checkbox, new note). Resolves when durable. */
	edit(edit: Edit): Promise<void> {
		this.#edits.push(edit);
		return this.#pump();
	}

	/** A keystroke. Journalled synchronously, saved with the next write. */
	type(target: TextTarget, value: string): Promise<void> {
		this.#journal.record(target, value);
		this.#texts.set(targetKey(target), { target, value });
		return this.#pump();
	}

	/** Waits until everything typed so far is in IndexedDB (used on pagehide and before navigation). */
	async flush(): Promise<void> {
		while (this.#inflight) await this.#inflight;
	}

	#replay(doc: ReviewDocument): void {
		this.#replayed = true;
		if (this.readOnly) return;
		for (const entry of Object.values(this.#journal.entries())) {
			if (readText(doc, entry.target) !== entry.value) void this.type(entry.target, entry.value);
			else this.#journal.settle(entry.target, entry.value);
		}
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
			const all: Edit[] = [...edits, ...texts.map((t) => setText(t.target, t.value))];
			this.#save = { kind: 'saving' };
			try {
				await this.deps.write(this.id, (doc) => all.reduce((d, e) => e(d), doc));
				for (const t of texts) this.#journal.settle(t.target, t.value);
				this.#save = { kind: 'saved', at: Date.now() };
			} catch (error) {
				// Keep what was typed: put texts back unless newer ones arrived; the journal still holds them.
				for (const t of texts) {
					const key = targetKey(t.target);
					if (!this.#texts.has(key)) this.#texts.set(key, t);
				}
				const failure: WriteFailure =
					error instanceof WriteError ? error.failure : { kind: 'unknown', message: String(error) };
				this.#save = { kind: 'error', failure };
				// Structural edits that failed are not retried blindly; the screen shows the error.
				return;
			}
		}
	}

	/** Retry after an error (e.g. the reviewer freed space). */
	retry(): Promise<void> {
		return this.#pump();
	}
}
