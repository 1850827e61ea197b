/**
 * How much of the precache is UI messages, per file and per language (issue 15). Paraglide
 * compiles each message into one module holding all three languages, so every screen's chunk
 * carries the Swedish and English text of its messages beside the Finnish.
 *
 * Reads a build made with source maps, attributes each precached script's minified bytes to
 * the language block of a message module they came from (fi / sv / en, or the dispatcher that
 * picks one), and prices a category in gzip as what the file shrinks by without those bytes.
 * For deciding whether a per-language split pays; not a budget of its own.
 *
 *   SOURCEMAP=1 BUILD_DIR=/tmp/sm KIT_OUT_DIR=.svelte-kit-sm npx vite build
 *   npx tsx scripts/bench/precache-messages.ts /tmp/sm
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { precacheFiles } from './sizes';

type Kind = 'fi' | 'sv' | 'en' | 'dispatch' | 'other';
const KINDS: Kind[] = ['fi', 'sv', 'en', 'dispatch', 'other'];
const MESSAGE_SOURCE = /paraglide\/messages\/(?!_index)[^/]+\.js$/;

/** Per original line of a compiled message module: which language block it is in. */
function lineKinds(source: string): Kind[] {
	let kind: Kind = 'dispatch';
	return source.split('\n').map((line) => {
		const block = /^const (fi|sv|en)_\w+ =/.exec(line);
		if (block) kind = block[1] as Kind;
		else if (/^(const \w+ = |export )/.test(line)) kind = 'dispatch';
		return kind;
	});
}

/** Which precached files each source module ended up in: more than one is code shipped twice. */
const sourcesIn = new Map<string, Set<string>>();

const gz = (text: string) => gzipSync(text, { level: 9 }).length;

/** Bytes of one file by kind, and its gzip size without each kind (and without sv + en together). */
function attribute(file: string) {
	const code = readFileSync(file, 'utf8');
	const raw = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
	const mask: Kind[] = new Array<Kind>(code.length).fill('other');
	if (existsSync(`${file}.map`)) {
		const json = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
		const kindsBySource = new Map(json.sources.map((s, i) => [s, MESSAGE_SOURCE.test(s) && json.sourcesContent?.[i] ? lineKinds(json.sourcesContent[i]!) : null]));
		const lineStart = [0];
		for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStart.push(i + 1);
		const segments: { at: number; kind: Kind }[] = [];
		new SourceMapConsumer(json as never).eachMapping((m) => {
			const kinds = m.source ? kindsBySource.get(m.source) : null;
			segments.push({ at: lineStart[m.generatedLine - 1]! + m.generatedColumn, kind: kinds && m.originalLine ? (kinds[m.originalLine - 1] ?? 'dispatch') : 'other' });
		});
		segments.sort((a, b) => a.at - b.at);
		segments.forEach((s, i) => mask.fill(s.kind, s.at, segments[i + 1]?.at ?? code.length));
		for (const source of json.sources) (sourcesIn.get(source) ?? sourcesIn.set(source, new Set()).get(source)!).add(file);
	}
	for (const k of mask) raw[k]++;
	// By UTF-16 unit, as the mask is indexed.
	const without = (drop: Kind[]) => {
		const kept: string[] = [];
		for (let i = 0; i < code.length; i++) if (!drop.includes(mask[i]!)) kept.push(code[i]!);
		return gz(kept.join(''));
	};
	const whole = gz(code);
	return {
		whole,
		raw,
		gzOf: {
			messages: whole - without(['fi', 'sv', 'en', 'dispatch']),
			svEn: whole - without(['sv', 'en']),
			sv: whole - without(['sv']),
			en: whole - without(['en'])
		}
	};
}

const dir = process.argv[2] ?? 'build';
const kb = (n: number) => (n / 1024).toFixed(1);
const rows = precacheFiles(dir)
	.filter((f) => f.endsWith('.js'))
	.map((f) => ({ f, ...attribute(join(dir, f)) }))
	.filter((r) => r.gzOf.messages > 0)
	.sort((a, b) => b.gzOf.messages - a.gzOf.messages);
const total = { whole: 0, messages: 0, svEn: 0, sv: 0, en: 0, rawMsg: 0 };
console.log('file | gzip | messages gzip | of which sv+en | raw message bytes fi/sv/en/dispatch');
for (const r of rows) {
	total.whole += r.whole;
	total.messages += r.gzOf.messages;
	total.svEn += r.gzOf.svEn;
	total.sv += r.gzOf.sv;
	total.en += r.gzOf.en;
	total.rawMsg += r.raw.fi + r.raw.sv + r.raw.en + r.raw.dispatch;
	console.log(`${r.f} | ${kb(r.whole)} | ${kb(r.gzOf.messages)} | ${kb(r.gzOf.svEn)} | ${r.raw.fi}/${r.raw.sv}/${r.raw.en}/${r.raw.dispatch}`);
}
console.log(`\n${rows.length} precached scripts hold messages: ${kb(total.whole)} KB gzip together; messages ${kb(total.messages)} KB gzip (${kb(total.rawMsg)} KB raw).`);
console.log(`Swedish + English: ${kb(total.svEn)} KB gzip (Swedish alone ${kb(total.sv)}, English alone ${kb(total.en)}).`);

const twice = [...sourcesIn].filter(([, files]) => files.size > 1).map(([source, files]) => `${source.replace(/^(\.\.\/)+/, '')} in ${files.size} files`);
console.log(twice.length ? `\nModules in more than one precached file:\n${twice.join('\n')}` : '\nNo module is in more than one precached file.');
