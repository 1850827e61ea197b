/**
 * The precache by language (issue 15, decision "per-language messages"): what a Finnish device
 * installs, and what a device using Swedish or English adds once it has fetched that language's
 * message module (`locale-<locale>.<hash>.js`, runtime-cached, never precached). Also checks that
 * no precached script carries another language's texts: a sample of each locale module's texts is
 * looked for in every precached script.
 *
 *   npx tsx scripts/bench/precache-messages.ts [build]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gz, localeModules, precacheFiles } from './sizes';

const dir = process.argv[2] ?? 'build';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const precache = precacheFiles(dir);
const precacheGz = precache.reduce((s, f) => s + gz(join(dir, f)), 0);
const locales = localeModules(dir);
console.log(`precache as a Finnish device installs it: ${kb(precacheGz)} gzip in ${precache.length} files`);
for (const m of locales) {
	const inPrecache = precache.some((f) => join(dir, f) === m.file);
	console.log(`+ ${m.locale}: ${kb(m.gzip)} gzip (${kb(m.raw)} raw) on a device that uses it → ${kb(precacheGz + m.gzip)}${inPrecache ? '  (WRONG: it is in the precache manifest)' : ''}`);
}

// Texts of 30+ characters from each locale module, looked for in the precached scripts.
const scripts = precache.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(dir, f), 'utf8'));
for (const m of locales) {
	const texts = [...readFileSync(m.file, 'utf8').matchAll(/`([^`$\\]{30,})`/g)].map((t) => t[1]!);
	const leaked = texts.filter((t) => scripts.some((s) => s.includes(t)));
	console.log(`${m.locale}: ${leaked.length} of ${texts.length} long texts also in a precached script${leaked.length ? `, e.g. ${JSON.stringify(leaked[0])}` : ''}`);
}
