import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The page as Chromium prints it (A4, print CSS, the page's own `@page` rules),
 * read back as text with poppler's `pdftotext -layout`, one string per page.
 * No header/footer templates: the running line comes from the page's CSS, the
 * same as in the browser's print dialog. pdftotext is installed by
 * scripts/ensure-poppler.sh; without it this fails loudly rather than skipping.
 */
export async function printedPages(page: Page): Promise<string[]> {
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	const dir = mkdtempSync(join(tmpdir(), 'laatuarvio-pdf-'));
	try {
		const file = join(dir, 'report.pdf');
		writeFileSync(file, pdf);
		// For looking at the pages by eye during development (pdftoppm -png), never in a test's verdict.
		if (process.env.PDF_DUMP) writeFileSync(process.env.PDF_DUMP, pdf);
		let text: string;
		try {
			text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		} catch (error) {
			throw new Error(`pdftotext failed (run scripts/ensure-poppler.sh to install poppler-utils): ${String(error)}`);
		}
		// pdftotext ends every page with a form feed.
		return text.split('\f').slice(0, -1);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Every occurrence of a pattern, with its position in the joined text. */
export function positions(text: string, pattern: RegExp): number[] {
	const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
	return [...text.matchAll(new RegExp(pattern.source, flags))].map((m) => m.index ?? -1);
}
