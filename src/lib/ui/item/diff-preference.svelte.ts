/**
 * Whether the anchors show what each adds to the one below it (issue 11 part 5).
 * A device preference, like the language: kept in localStorage, read once, and
 * shared by every item screen of the tab.
 */
const KEY = 'laatuarvio.anchorDiff';

function read(): boolean {
	try {
		return globalThis.localStorage?.getItem(KEY) === 'on';
	} catch {
		return false; // storage blocked: the plain anchors, as before
	}
}

class DiffPreference {
	#on = $state(read());
	get on(): boolean {
		return this.#on;
	}
	set(on: boolean): void {
		this.#on = on;
		try {
			globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
		} catch {
			/* not remembered, still applied on this screen */
		}
	}
}

export const anchorDiffPreference = new DiffPreference();
