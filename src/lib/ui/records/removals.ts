import { m } from '$lib/paraglide/messages';
import { addContact, addJob, removeContact, removeJob, removeRecord, restoreRecord } from '$lib/records/edits';
import type { Workspace } from '$lib/ui/workspace/context';
import { keptCopy } from '$lib/ui/workspace/undo.svelte';

/**
 * Removing a row, a job or a meeting date acts at once and then offers undo in the
 * workspace's bar (no dialog: a slip costs one tap). The offer is made only once the
 * removal is stored, and puts back what the screen showed, in its place.
 */
const landed = (ws: Workspace) => ws.session.saveState.kind !== 'error';
const rowOf = (ws: Workspace, n: number) => ws.doc.visit.records.find((r) => r.n === n);

export async function removeRow(ws: Workspace, n: number): Promise<void> {
	const at = ws.doc.visit.records.findIndex((r) => r.n === n);
	if (at < 0) return;
	const row = keptCopy(ws.doc.visit.records[at]!);
	await ws.session.edit(removeRecord(n));
	if (!landed(ws) || rowOf(ws, n)) return;
	ws.undo.make({ message: m['records.undoRow']({ n }), revert: restoreRecord(row, at) });
}

export async function removeJobOf(ws: Workspace, n: number, index: number): Promise<void> {
	const before = rowOf(ws, n)?.jobs;
	const job = before?.[index];
	if (!before || !job) return;
	const copy = keptCopy(job);
	const count = before.length;
	await ws.session.edit(removeJob(n, index));
	if (!landed(ws) || rowOf(ws, n)?.jobs.length !== count - 1) return;
	ws.undo.make({ message: m['records.undoJob']({ n, j: index + 1 }), revert: addJob(n, copy, index) });
}

export async function removeContactOf(ws: Workspace, n: number, date: string, shown: string): Promise<void> {
	await ws.session.edit(removeContact(n, date));
	if (!landed(ws) || rowOf(ws, n)?.followAlong.includes(date)) return;
	ws.undo.make({ message: m['records.removeContact']({ date: shown }), revert: addContact(n, date) });
}
