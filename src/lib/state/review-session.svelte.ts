import type { Observable } from 'dexie';
import { SvelteMap } from 'svelte/reactivity';
import type { LoadedReview } from '../db/read-review';
import { failureOf, type WriteFailure } from '../db/errors';
import { answerMode, answerView, routeText, throughAnswer, type AnswerMode } from '../consensus/lens';
import type { Edit } from '../review/edit';
import type { ReviewDocument } from '../review/schema';
import { readText, setText, targetKey, type TextTarget } from '../review/text-targets';
import { Journal, replayRule } from './journal';
import { mergeText, type TextMerge } from './text-merge';

export type SaveState =
	| { kind: 'saved'; at: number | null }
	| { kind: 'saving' }
	| { kind: 'error'; failure: WriteFailure };

export interface SessionDeps {
	watch(id: string): Observable<LoadedReview>;
	write(id: string, edit: Edit): Promise<ReviewDocument>;
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
}

/** A typed value, and `base`: the stored text this tab last saw in the field (what its write compares with). */
type Typed = { target: TextTarget; value: string; base: string; committedAt: string | null };

/**
 * A field where what this tab has and what is stored both changed: `mine` is
 * shown or offered, `theirs` is stored. From another tab typing at the same time
 * (`tab`), or a journal entry typed over an older version of the field (`journal`).
 */
export type TextConflict = { target: TextTarget; mine: string; theirs: string; origin: 'tab' | 'journal' };
export type ConflictChoice = 'mine' | 'theirs' | 'both';

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
	// Reactive: a field reads it, and must redraw when another tab's text replaces it.
	#typed = new SvelteMap<string, Typed>();
	#conflicts = new SvelteMap<string, TextConflict>();
	/** Keys of the texts the write in flight carries. */
	#writing = new Set<string>();
	#inflight: Promise<void> | null = null;
	#journal: Journal;
	#unsubscribe: (() => void) | null = null;
	/** The revision whose journal entries were replayed (a reopen starts another). */
	#replayed: number | null = null;
	/** With two reviewers: whose rating the screens show and edit (0 = the first). A device choice, never in the document. */
	#rater = $state(0);

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
	/** Which answer edits go to: the shared items, the current reviewer's rating, or the consensus (src/lib/consensus/lens.ts). */
	get mode(): AnswerMode {
		return this.doc ? answerMode(this.doc, this.#rater) : { kind: 'shared' };
	}
	/** The document as the screens see it: with two reviewers rating, only the current one's answers. */
	get view(): ReviewDocument | null {
		return this.doc && answerView(this.doc, this.mode);
	}
	get rater(): number {
		return this.#rater;
	}
	/** Switches whose rating is shown and edited; edits already queued keep the reviewer they were made for. */
	rateAs(index: number): void {
		this.#rater = index;
	}
	get readOnly(): boolean {
		return this.#loaded.kind === 'ready' && this.#loaded.row.status !== 'draft';
	}
	/** Fields waiting for the reviewer to choose between two texts. */
	get conflicts(): TextConflict[] {
		return [...this.#conflicts.values()];
	}
	conflict(target: TextTarget): TextConflict | undefined {
		return this.#conflicts.get(targetKey(routeText(this.mode, target)));
	}

	start(): () => void {
		const sub = this.deps.watch(this.id).subscribe({
			next: (value) => {
				if (value.kind === 'ready' && this.#isStale(value)) return;
				if (value.kind === 'ready') this.#forgetShown(value.doc);
				this.#loaded = value;
				if (value.kind === 'ready' && this.#replayed !== value.doc.revision) this.#replay(value.doc);
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

	/**
	 * The text to show in a field: what was typed and not yet in the document, else
	 * what is stored. A finished review shows only what is stored, the frozen text.
	 */
	text(shown: TextTarget): string {
		const target = routeText(this.mode, shown);
		const stored = (this.doc && readText(this.doc, target)) ?? '';
		if (this.readOnly) return stored;
		return this.#typed.get(targetKey(target))?.value ?? stored;
	}

	/** A structural change (score tap, checkbox, new note). Resolves when durable or failed (see saveState). */
	edit(edit: Edit): Promise<void> {
		this.#edits.push(throughAnswer(this.mode, edit, new Date().toISOString()));
		return this.#pump();
	}

	/**
	 * A keystroke. Journalled synchronously, saved with the next write. Its base is
	 * the stored text the field showed when typing began (or this tab's last commit
	 * of it). While the field is in conflict, typing changes "mine" and waits for
	 * the reviewer's choice.
	 */
	type(shown: TextTarget, value: string, base?: string): Promise<void> {
		const target = routeText(this.mode, shown);
		const key = targetKey(target);
		const over = base ?? this.#typed.get(key)?.base ?? ((this.doc && readText(this.doc, target)) ?? '');
		this.#journal.record(target, value, { revision: this.doc?.revision ?? 0, base: over });
		this.#typed.set(key, { target, value, base: over, committedAt: null });
		const conflict = this.#conflicts.get(key);
		if (conflict?.origin === 'tab') {
			this.#conflicts.set(key, { ...conflict, mine: value });
			return this.#inflight ?? Promise.resolve();
		}
		this.#texts.set(key, { target, value });
		return this.#pump();
	}

	/**
	 * The reviewer's choice for a field in conflict. Mine and both are written as a
	 * compare-and-set over the theirs that was shown, so a third version arriving
	 * meanwhile is asked about again rather than overwritten.
	 */
	resolve(target: TextTarget, choice: ConflictChoice, joined?: string): Promise<void> {
		const key = targetKey(target);
		const conflict = this.#conflicts.get(key);
		if (!conflict) return Promise.resolve();
		this.#conflicts.delete(key);
		if (choice === 'theirs') {
			this.#typed.delete(key);
			this.#texts.delete(key);
			this.#journal.discard(target);
			return this.#inflight ?? Promise.resolve();
		}
		const value = choice === 'mine' ? conflict.mine : (joined ?? conflict.mine);
		return this.type(target, value, conflict.theirs);
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

	/**
	 * Journal entries left by a crash are replayed when typed over what is still
	 * stored; one typed over another version (before a reopen, or an import) is
	 * offered as a conflict. A finished review waits until it is reopened.
	 */
	#replay(doc: ReviewDocument): void {
		if (this.readOnly) return;
		this.#replayed = doc.revision;
		for (const entry of Object.values(this.#journal.entries())) {
			const key = targetKey(entry.target);
			if (this.#typed.has(key)) continue; // typed in this tab: its own write is on its way
			const stored = readText(doc, entry.target);
			switch (replayRule(entry, { revision: doc.revision, finished: false, stored })) {
				case 'apply':
					void this.type(entry.target, entry.value, stored);
					break;
				case 'offer':
					this.#conflicts.set(key, { target: entry.target, mine: entry.value, theirs: stored ?? '', origin: 'journal' });
					break;
				case 'settled':
				case 'gone':
					this.#journal.discard(entry.target);
					break;
			}
		}
	}

	/** A conflict follows what is stored: it ends when the stored text becomes mine, or the field goes. */
	#followConflicts(doc: ReviewDocument): void {
		for (const [key, conflict] of this.#conflicts) {
			const stored = readText(doc, conflict.target);
			if (stored === undefined || stored === conflict.mine) {
				this.#conflicts.delete(key);
				if (stored === undefined) this.#typed.delete(key);
				this.#journal.settle(conflict.target, conflict.mine);
			} else if (stored !== conflict.theirs) this.#conflicts.set(key, { ...conflict, theirs: stored });
		}
	}

	/**
	 * A shown value is dropped once the document holds it, or once a document at
	 * least as new as the commit that carried it says otherwise (another tab wrote
	 * the field later): the stored text then wins.
	 */
	#forgetShown(doc: ReviewDocument): void {
		this.#followConflicts(doc);
		for (const [key, typed] of this.#typed) {
			if (this.#texts.has(key) || this.#writing.has(key) || this.#conflicts.has(key)) continue; // a newer value is on its way, or asked about
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
			const texts = [...this.#texts.values()].map((t) => ({ ...t, base: this.#typed.get(targetKey(t.target))?.base ?? t.value }));
			this.#texts.clear();
			this.#writing = new Set(texts.map((t) => targetKey(t.target)));
			for (const t of texts) this.#journal.writing(t.target, t.value);
			// The edit runs inside the write's transaction on the document as stored then,
			// so each text is compared with what is really there, not with this tab's copy.
			const merges = new Map<string, TextMerge>();
			const write: Edit = (doc) => {
				let next = edits.reduce((d, e) => e(d), doc);
				for (const t of texts) {
					const merge = mergeText(t.base, t.value, readText(next, t.target));
					merges.set(targetKey(t.target), merge);
					if (merge.kind === 'write') next = setText(t.target, t.value)(next);
				}
				return next;
			};
			this.#save = { kind: 'saving' };
			let committed: ReviewDocument;
			try {
				committed = await this.deps.write(this.id, write);
			} catch (error) {
				this.#writing.clear();
				this.#failed(error, edits, texts);
				return;
			}
			this.#writing.clear();
			for (const t of texts) this.#settled(t, merges.get(targetKey(t.target)), committed);
			this.#show(committed);
			this.#save = { kind: 'saved', at: Date.now() };
		}
	}

	#settled(t: { target: TextTarget; value: string }, merge: TextMerge | undefined, committed: ReviewDocument): void {
		const key = targetKey(t.target);
		if (merge?.kind === 'conflict') {
			// Newer typing (if any) is already in the typed entry; the conflict shows that.
			const mine = this.#typed.get(key)?.value ?? t.value;
			if (mine === merge.theirs) {
				// Another tab stored what this one has typed since (a replayed journal entry).
				this.#landed(t.target, mine, committed);
				return;
			}
			this.#conflicts.set(key, { target: t.target, mine, theirs: merge.theirs, origin: 'tab' });
			this.#texts.delete(key);
			return;
		}
		if (merge?.kind === 'theirs') {
			this.#journal.settle(t.target, t.value);
			if (this.#typed.get(key)?.value === t.value && !this.#texts.has(key)) this.#typed.delete(key);
			return;
		}
		this.#landed(t.target, t.value, committed);
	}

	/** The journal entry goes only when the committed document holds exactly the journalled value. */
	#landed(target: TextTarget, value: string, committed: ReviewDocument): void {
		const stored = readText(committed, target);
		// undefined: the field was deleted (a removed note); its text went with it on purpose.
		if (stored !== value && stored !== undefined) return;
		this.#journal.settle(target, value);
		this.#journal.rebase(target, value);
		const typed = this.#typed.get(targetKey(target));
		if (typed) typed.base = value; // what is stored now, whatever has been typed since
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
