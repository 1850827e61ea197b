import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSED_ON, AXE_TAGS, SCREENS } from '$lib/a11y/statement';
import { STATEMENT_TEXT } from '$lib/a11y/statement-text';
import { todayIso } from '$lib/ui/home/format';

const ROOT = join(import.meta.dirname, '../../..');
const DATA = ['src/lib/a11y/statement.ts', 'src/lib/a11y/statement-text.ts'];

/** Every screen under src/routes, as its route ("/review/[id]/item/[n]"). */
function routes(dir = join(ROOT, 'src/routes')): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		if (entry.isDirectory()) return routes(join(dir, entry.name));
		if (entry.name !== '+page.svelte') return [];
		const path = relative(join(ROOT, 'src/routes'), dir).split(sep).filter(Boolean).join('/');
		return [`/${path}`];
	});
}

/**
 * The day the statement's data last changed: today if it has uncommitted changes,
 * else the date of the newest commit that touched it.
 */
function lastChanged(): string | null {
	try {
		const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
		if (git('status', '--porcelain', '--', ...DATA) !== '') return todayIso();
		return git('log', '-1', '--format=%cs', '--', ...DATA) || todayIso();
	} catch {
		return null; // not a git checkout (e.g. an unpacked release): nothing to compare with
	}
}

describe('the accessibility statement', () => {
	it('lists every screen of the app, so each is assessed', () => {
		expect(SCREENS.map((s) => s.route).sort()).toEqual(routes().sort());
	});

	it('is dated on a real day, not in the future', () => {
		expect(ASSESSED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(new Date(`${ASSESSED_ON}T00:00:00`).toString()).not.toBe('Invalid Date');
		expect(ASSESSED_ON <= todayIso()).toBe(true);
	});

	it('is re-dated whenever what it claims changes', () => {
		const changed = lastChanged();
		if (changed === null) return;
		expect(ASSESSED_ON >= changed, `the statement changed on ${changed}, after it was assessed (${ASSESSED_ON}): reassess and re-date it`).toBe(true);
	});

	it('names the WCAG 2.1 A and AA rule sets the tests run', () => {
		expect([...AXE_TAGS]).toEqual(expect.arrayContaining(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']));
	});

	it('says the same in every language', () => {
		const [fi, ...others] = Object.values(STATEMENT_TEXT);
		for (const other of others) {
			expect(Object.keys(other).sort()).toEqual(Object.keys(fi!).sort());
			expect(other.shortcomings).toHaveLength(fi!.shortcomings.length);
		}
	});
});
