import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import MagicString, { type SourceMap } from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Paraglide 2.25 compiles every message into a module with one function per locale and a
 * dispatcher that picks one. This plugin rewrites those modules in the bundler only (the files
 * on disk and their types stay Paraglide's) so that (decisions 37 and "per-language messages"):
 *
 * - a message module keeps only the base locale's text (Finnish) and becomes one call of
 *   `byLocale(index, text)` (src/lib/i18n/by-locale.ts): the screens' chunks carry Finnish only;
 * - every other locale becomes ONE module of its own, `virtual:laatuarvio-locale/<locale>`, whose
 *   default export is that locale's texts in message-index order (plain texts as strings, texts
 *   with inputs or plural variants as Paraglide's own functions), loaded with `import()` when the
 *   language is chosen (src/lib/i18n/locale-modules.ts).
 *
 * A message's index is its file's place in the sorted list of compiled message modules, read from
 * the same directory for both sides within one build. The rewrite accepts only the exact shape
 * Paraglide 2.25 emits and throws otherwise, so a new Paraglide that emits something else stops
 * the build instead of shipping a half-rewritten message.
 */

const BY_LOCALE = resolve('src/lib/i18n/by-locale.ts');
const MESSAGES_DIR = resolve('src/lib/paraglide/messages');
export const MESSAGE_MODULE = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!_index\.js)[^\\/]+\.js$/;
/** The id screens import a locale's module by; the chunk is named `locale-<locale>` (the service worker's rule). */
export const LOCALE_MODULE_ID = 'virtual:laatuarvio-locale/';
/** The locale modules' chunks are named `locale-<locale>.<hash>.js` (the service worker's rules key on it). */
export const LOCALE_CHUNK = 'locale-';
const RESOLVED_PREFIX = '\0locale-';

const RUNTIME_IMPORT = "import { getLocale, experimentalStaticLocale } from '../runtime.js';";
const REGISTRY_IMPORT = "import * as registry from '../registry.js'";
// `const fi_x = /** @type {…} */ () => {\n\treturn /** @type {LocalizedString} */ (`text`)\n};`: group 1 is the literal.
const PLAIN = (fn: string) =>
	new RegExp(`^const ${fn} = /\\*\\* @type [^\\n]*? \\*/ \\(\\) => \\{\\n\\treturn /\\*\\* @type \\{LocalizedString\\} \\*/ \\((\`(?:[^\`\\\\$]|\\\\.|\\$(?!\\{))*\`)\\)\\n\\};$`, 'm');
// Any locale function: group 1 is the arrow function, from its parameters to its closing brace.
const FUNCTION = (fn: string) => new RegExp(`^const ${fn} = /\\*\\* @type [^\\n]*? \\*/ (\\(i?\\) => \\{[\\s\\S]*?\\n\\});$`, 'm');
const DISPATCH = /^const (\w+) = \/\*\* @type [^\n]*? \*\/ \(\((?:inputs = \{\}|inputs), options = \{\}\) => \{\n\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n((?:\tif \(locale === "\w+"\) return \w+\(inputs\)\n)*)\treturn (\w+)\(inputs\)\n\}\);$/m;

const fail = (why: string): never => {
	throw new Error(`compact-messages: ${why}; see scripts/i18n/README.md`);
};

/** The message's name (its dispatcher's), checked to dispatch to exactly `<locale>_<name>` for every locale. */
function dispatcher(code: string, locales: readonly string[]) {
	const dispatch = DISPATCH.exec(code);
	if (!dispatch || !code.includes(RUNTIME_IMPORT)) fail('not the message module shape of Paraglide 2.25');
	const name = dispatch![1]!;
	const named = [...dispatch![2]!.matchAll(/return (\w+)\(inputs\)/g)].map((m) => m[1]!).concat(dispatch![3]!);
	const fns = locales.map((l) => `${l}_${name}`);
	if (named.length !== fns.length || !fns.every((f) => named.includes(f))) fail(`${name} does not dispatch to ${fns.join(', ')}`);
	return { name, at: dispatch!.index, length: dispatch![0].length };
}

/** One locale's text of a compiled message, as JavaScript source: a string literal or Paraglide's function. */
export function localeText(code: string, fn: string): string {
	const plain = PLAIN(fn).exec(code);
	if (plain) return plain[1]!;
	const full = FUNCTION(fn).exec(code);
	if (!full) fail(`no function ${fn}`);
	return full![1]!;
}

/**
 * The base-locale form of one compiled message module: the other locales' functions are cut, the
 * dispatcher becomes `byLocale(index, <base text>)`. Only whole pieces are cut with magic-string, so
 * the source map still points the Finnish text at its line.
 */
export function compactMessage(code: string, locales: readonly string[], index: number, byLocalePath = BY_LOCALE): { code: string; map: SourceMap } {
	const { name, at, length } = dispatcher(code, locales);
	const [base] = locales;
	const out = new MagicString(code);
	const runtimeAt = code.indexOf(RUNTIME_IMPORT);
	out.overwrite(runtimeAt, runtimeAt + RUNTIME_IMPORT.length, `import { byLocale } from ${JSON.stringify(byLocalePath)};`);
	for (const locale of locales.slice(1)) {
		const fn = FUNCTION(`${locale}_${name}`).exec(code);
		if (!fn) fail(`no function ${locale}_${name}`);
		out.remove(fn!.index, fn!.index + fn![0].length);
	}
	const baseFn = `${base}_${name}`;
	// A plain text: the constant is the text itself, not a function returning it.
	const plain = PLAIN(baseFn).exec(code);
	if (plain) {
		const literalAt = code.indexOf(plain[1]!, plain.index);
		out.overwrite(plain.index, literalAt, `const ${baseFn} = `);
		out.overwrite(literalAt + plain[1]!.length, plain.index + plain[0].length, ';');
	}
	// The registry (plural rules) stays imported only if the base text still uses it.
	const registryAt = code.indexOf(REGISTRY_IMPORT);
	if (registryAt >= 0 && !localeText(code, baseFn).includes('registry.')) out.remove(registryAt, registryAt + REGISTRY_IMPORT.length);
	out.overwrite(at, at + length, `const ${name} = /* @__PURE__ */ byLocale(${index}, ${baseFn});`);
	return { code: out.toString(), map: out.generateMap({ hires: true }) };
}

/**
 * Other modules a locale's module re-exports, by export name: each path has `<locale>` where the
 * locale goes (e.g. the scoring rules' texts, `ruleTexts`). Only the locale module imports them, so
 * they land in its chunk: loaded with the language, never precached.
 */
export type Alongside = Readonly<Record<string, string>>;

/**
 * The module of one non-base locale: every message's text in index order. `url` is the chunk's own
 * address, so the app can ask the service worker to cache it once it controls the page.
 */
export function localeModule(locale: string, locales: readonly string[], modules: readonly { name: string; code: string }[], registryPath: string, alongside: Alongside = {}): string {
	const texts = modules.map(({ name, code }) => {
		dispatcher(code, locales);
		return localeText(code, `${locale}_${name}`);
	});
	const registry = texts.some((t) => t.includes('registry.')) ? `import * as registry from ${JSON.stringify(registryPath)};\n` : '';
	const reexports = Object.entries(alongside).map(([name, path]) => `export { default as ${name} } from ${JSON.stringify(path.replaceAll('<locale>', locale))};\n`);
	return `${registry}${reexports.join('')}export const url = import.meta.url;\nexport default [\n${texts.join(',\n')}\n];\n`;
}

/** The compiled message modules, sorted by name: a message's place here is its index on both sides. */
function readMessages(dir: string): { name: string; code: string }[] {
	return readdirSync(dir)
		.filter((f) => MESSAGE_MODULE.test(join(dir, f)))
		.sort()
		.map((f) => ({ name: f.slice(0, -3), code: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * The Vite plugin: every compiled message module and the locale modules, in `build`, `dev` and vitest
 * alike. `alongside`'s paths are resolved from the working directory, as the defaults here are.
 */
export function compactMessages(locales: readonly string[], { dir = MESSAGES_DIR, alongside = {} }: { dir?: string; alongside?: Alongside } = {}): Plugin {
	const withModules: Alongside = Object.fromEntries(Object.entries(alongside).map(([name, path]) => [name, resolve(path)]));
	let indexOf: Map<string, number> | null = null;
	const index = (name: string) => {
		indexOf ??= new Map(readMessages(dir).map((m, i) => [m.name, i]));
		return indexOf.get(name) ?? fail(`${name} is not in ${dir}`);
	};
	const others = new Set(locales.slice(1));
	return {
		name: 'laatuarvio:compact-messages',
		// Paraglide compiles (again) at the start of a build and on a change in dev: read the list afresh.
		buildStart() {
			indexOf = null;
		},
		watchChange(id) {
			if (MESSAGE_MODULE.test(id)) indexOf = null;
		},
		resolveId(id) {
			if (!id.startsWith(LOCALE_MODULE_ID)) return null;
			const locale = id.slice(LOCALE_MODULE_ID.length);
			if (!others.has(locale)) fail(`no locale module for ${JSON.stringify(locale)}`);
			return RESOLVED_PREFIX + locale;
		},
		load(id) {
			if (!id.startsWith(RESOLVED_PREFIX)) return null;
			const messages = readMessages(dir);
			indexOf = new Map(messages.map((m, i) => [m.name, i]));
			return localeModule(id.slice(RESOLVED_PREFIX.length), locales, messages, join(dir, '../registry.js'), withModules);
		},
		// Kit names chunks by their hash alone; a locale module's chunk keeps `locale-<locale>` in front
		// of it in the same folder, so the service worker can leave it out of the precache and keep it
		// once fetched (vite.config.ts).
		outputOptions(options) {
			const named = options.chunkFileNames;
			if (named === undefined) return null;
			return {
				...options,
				chunkFileNames: (chunk) => {
					const pattern = typeof named === 'function' ? named(chunk) : named;
					const locale = chunk.facadeModuleId?.startsWith(RESOLVED_PREFIX) ? chunk.facadeModuleId.slice(RESOLVED_PREFIX.length) : null;
					return locale ? pattern.replace(/[^/]*$/, `${LOCALE_CHUNK}${locale}.[hash].js`) : pattern;
				}
			};
		},
		transform(code, id) {
			const file = id.split('?')[0]!;
			if (!MESSAGE_MODULE.test(file)) return null;
			const name = file.replace(/^.*[\\/]/, '').slice(0, -3);
			return compactMessage(code, locales, index(name));
		}
	};
}
