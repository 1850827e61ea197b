import { resolve } from 'node:path';
import MagicString, { type SourceMap } from 'magic-string';
import type { Plugin } from 'vite';

/**
 * Paraglide 2.25 compiles every message into a module with one function per locale and a
 * dispatcher that picks one. Minified, the dispatcher and the three wrappers of a plain text
 * cost ≈ 80 bytes a message, ≈ 79 KB raw over the precached screens (issue 15,
 * scripts/bench/precache-messages.ts) — more than any one language's text. This rewrites each
 * compiled message module, in the bundler only (the files on disk and their types stay
 * Paraglide's), into one call of `byLocale` (src/lib/i18n/by-locale.ts): plain texts become
 * string arguments, texts with inputs or plural variants keep Paraglide's own function.
 *
 * The rewrite accepts only the exact shape Paraglide 2.25 emits and throws otherwise, so a new
 * Paraglide that emits something else stops the build instead of shipping a half-rewritten
 * message. `experimentalStaticLocale` (one build per language) is not used by this app, and
 * the rewritten dispatcher does not read it.
 */

const BY_LOCALE = resolve('src/lib/i18n/by-locale.ts');
export const MESSAGE_MODULE = /[\\/]src[\\/]lib[\\/]paraglide[\\/]messages[\\/](?!_index\.js)[^\\/]+\.js$/;

const RUNTIME_IMPORT = "import { getLocale, experimentalStaticLocale } from '../runtime.js';";
// `const fi_x = /** @type {…} */ () => {\n\treturn /** @type {LocalizedString} */ (`text`)\n};`: groups are
// the head to drop, the literal, and the tail to drop.
const PLAIN = (fn: string) =>
	new RegExp(`^const ${fn} = (/\\*\\* @type [^\\n]*? \\*/ \\(\\) => \\{\\n\\treturn /\\*\\* @type \\{LocalizedString\\} \\*/ \\()(\`(?:[^\`\\\\$]|\\\\.|\\$(?!\\{))*\`)(\\)\\n\\});$`, 'm');
const DISPATCH = /^const (\w+) = \/\*\* @type [^\n]*? \*\/ \(\((?:inputs = \{\}|inputs), options = \{\}\) => \{\n\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n((?:\tif \(locale === "\w+"\) return \w+\(inputs\)\n)*)\treturn (\w+)\(inputs\)\n\}\);$/m;

/**
 * The compact form of one compiled message module, for locales in `locales` order. Only whole
 * wrappers are cut and the dispatcher replaced; every text stays where it was, so the source map
 * (magic-string) still points each text at its locale's line (scripts/bench/precache-messages.ts).
 */
export function compactMessage(code: string, locales: readonly string[], byLocalePath = BY_LOCALE): { code: string; map: SourceMap } {
	const dispatch = DISPATCH.exec(code);
	const runtimeAt = code.indexOf(RUNTIME_IMPORT);
	if (!dispatch || runtimeAt < 0) throw new Error('compact-messages: not the message module shape of Paraglide 2.25; see scripts/i18n/README.md');
	const name = dispatch[1]!;
	// The dispatcher must name exactly one function per locale, `<locale>_<name>`.
	const named = [...dispatch[2]!.matchAll(/return (\w+)\(inputs\)/g)].map((m) => m[1]!).concat(dispatch[3]!);
	const fns = locales.map((l) => `${l}_${name}`);
	if (named.length !== fns.length || !fns.every((f) => named.includes(f))) throw new Error(`compact-messages: ${name} does not dispatch to ${fns.join(', ')}`);

	const out = new MagicString(code);
	out.overwrite(runtimeAt, runtimeAt + RUNTIME_IMPORT.length, `import { byLocale } from ${JSON.stringify(byLocalePath)};`);
	for (const fn of fns) {
		// A plain text: the constant is the text itself, not a function returning it.
		const plain = PLAIN(fn).exec(code);
		if (!plain) continue;
		const head = plain.index + `const ${fn} = `.length;
		const tail = head + plain[1]!.length + plain[2]!.length;
		out.remove(head, head + plain[1]!.length);
		out.remove(tail, tail + plain[3]!.length);
	}
	out.overwrite(dispatch.index, dispatch.index + dispatch[0].length, `const ${name} = /* @__PURE__ */ byLocale(${fns.join(', ')});`);
	return { code: out.toString(), map: out.generateMap({ hires: true }) };
}

/** The Vite plugin: every compiled message module, in `build`, `dev` and vitest alike. */
export function compactMessages(locales: readonly string[]): Plugin {
	return {
		name: 'laatuarvio:compact-messages',
		transform(code, id) {
			if (!MESSAGE_MODULE.test(id.split('?')[0]!)) return null;
			return compactMessage(code, locales);
		}
	};
}
