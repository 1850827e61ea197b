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
