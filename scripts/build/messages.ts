import { resolve, sep } from 'node:path';
import type { ModuleInfo } from './item-chunk.ts';

/**
 * Paraglide compiles each message to its own module behind one barrel (`m`), so every screen's
 * static closure holds every message of the app, though a screen names a few. The chunk rules
 * therefore place a message by the code that NAMES it (`m['lock.screen.title']`, `m.app_name`),
 * not by the barrel's imports; Rolldown drops the messages nobody names.
 */
export const MESSAGES = resolve('src/lib/paraglide/messages') + sep;

export const isMessage = (id: string): boolean => id.startsWith(MESSAGES);

/** The key a message module exports its function under: `export { lock_screen_title as "lock.screen.title" }`. */
export function messageKey(code: string | null | undefined): string | null {
	const m = /export\s*\{\s*(\w+)(?:\s+as\s+["']([^"']+)["'])?\s*\}/.exec(code ?? '');
	return m ? (m[2] ?? m[1]!) : null;
}

/**
 * The message keys `code` names, the ways the app's code does: `m.key` and any quoted word
 * (`m['a.b']`, `m["a.b"]`). Read once per rule, so each message is a set look-up.
 */
export function namedKeys(code: string): Set<string> {
	const keys = new Set<string>();
	for (const [, key] of code.matchAll(/\bm\.(\w+)/g)) keys.add(key!);
	for (const [, , key] of code.matchAll(/(['"`])([^'"`\\\s]+)\1/g)) keys.add(key!);
	return keys;
}

/** The code of `modules` but the message modules, joined: what `namedKeys` reads. */
export function codeOf(modules: Iterable<string>, info: (id: string) => ModuleInfo | null): string {
	return [...modules]
		.filter((m) => !isMessage(m))
		.map((m) => info(m)?.code ?? '')
		.join('\n');
}

/** The message modules among `candidates` whose key is among `keys`. */
export function namedMessages(candidates: Iterable<string>, keys: ReadonlySet<string>, info: (id: string) => ModuleInfo | null): string[] {
	return [...candidates].filter((m) => {
		const key = isMessage(m) ? messageKey(info(m)?.code) : null;
		return key !== null && keys.has(key);
	});
}
