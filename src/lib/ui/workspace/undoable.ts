import { m } from '$lib/paraglide/messages';
import type { Score } from '$lib/instrument/schema';
import { restoreScore, setScore } from '$lib/review/edit';
import type { FigureValue } from '$lib/review/schema';
import type { Workspace } from './context';
import { insertListEntry, insertRow, removeListEntry, removeRow } from './figure-edits';
import { keptCopy } from './undo.svelte';

/**
 * The workspace's quick destructive taps, each followed by an undo offer once the
 * removal is stored. What goes back is what the screen showed when it was tapped.
 */
const landed = (ws: Workspace) => ws.session.saveState.kind !== 'error';
const itemOf = (ws: Workspace, number: number) => ws.doc.items.find((i) => i.number === number);

export async function clearScore(ws: Workspace, number: number): Promise<void> {
	const was = itemOf(ws, number)?.score ?? null;
	await ws.session.edit(setScore(number, null));
	if (was === null || !landed(ws) || itemOf(ws, number)?.score !== null) return;
	ws.undo.make({ message: m['undo.scoreCleared']({ n: number }), revert: restoreScore(number, was as Score) });
}

/** `what` names the entry as the screen does ("Työhönvalmentaja 2"). */
export async function removeFigureEntry(ws: Workspace, number: number, key: string, index: number, what: string): Promise<void> {
	const value: FigureValue | undefined = itemOf(ws, number)?.figures[key];
	if (!Array.isArray(value) || index >= value.length) return;
	const entry = value[index];
	const before = value.length;
	const isRow = entry !== null && typeof entry === 'object';
	await ws.session.edit(isRow ? removeRow(number, key, index) : removeListEntry(number, key, index));
	const after = itemOf(ws, number)?.figures[key];
	if (!landed(ws) || !Array.isArray(after) || after.length !== before - 1) return;
	const revert = isRow
		? insertRow(number, key, index, keptCopy(entry as Record<string, number | null>))
		: insertListEntry(number, key, index, typeof entry === 'number' ? entry : null);
	ws.undo.make({ message: m['undo.entryRemoved']({ what, n: number }), revert });
}

