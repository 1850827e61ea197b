import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** gzip size of a built file, as a static host with compression would send it. */
export function gz(file: string): number {
	return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Files the service worker precaches, read from the generated sw.js manifest. */
export function precacheFiles(buildDir: string): string[] {
	const sw = readFileSync(join(buildDir, 'sw.js'), 'utf8');
	const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
	return urls.map((u) => (u === '/' ? 'index.html' : u.replace(/^\//, '')));
}

export function allFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		return statSync(p).isDirectory() ? allFiles(p) : [p];
	});
}

/**
 * The message modules of the other languages (scripts/i18n: `locale-<locale>.<hash>.js`), which the
 * precache leaves out and a device fetches once that language is chosen or is the device's own.
 */
export function localeModules(buildDir: string): { locale: string; file: string; gzip: number; raw: number }[] {
	return allFiles(join(buildDir, '_app/immutable/chunks'))
		.flatMap((file) => {
			const locale = /[\\/]locale-(\w+)\.[\w-]+\.js$/.exec(file)?.[1];
			return locale ? [{ locale, file, gzip: gz(file), raw: statSync(file).size }] : [];
		})
		.sort((a, b) => a.locale.localeCompare(b.locale));
}

/** Bench rows beside the precache: what a Swedish or English device adds to it. */
export function localeModuleRows(buildDir: string): { figure: string; value: string; budget: string; ok: null }[] {
	return localeModules(buildDir).map((m) => ({ figure: `+ ${m.locale} messages on a device that uses ${m.locale} (runtime-cached, gzip)`, value: `${(m.gzip / 1024).toFixed(1)} KB`, budget: '—', ok: null }));
}
