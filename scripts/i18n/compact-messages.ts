import { resolve } from 'node:path';
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
// `const fi_x = /** @type {…} */ () => {\n\treturn /** @type {LocalizedString} */ (`text`)\n};`
const PLAIN = (locale: string, name: string) =>
	new RegExp(`^const ${locale}_${name} = /\\*\\* @type [^\\n]*? \\*/ \\(\\) => \\{\\n\\treturn /\\*\\* @type \\{LocalizedString\\} \\*/ \\((\`(?:[^\`\\\\$]|\\\\.|\\$(?!\\{))*\`)\\)\\n\\};\\n`, 'm');
const DISPATCH = /^const (\w+) = \/\*\* @type [^\n]*? \*\/ \(\((?:inputs = \{\}|inputs), options = \{\}\) => \{\n\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n((?:\tif \(locale === "\w+"\) return \w+\(inputs\)\n)*)\treturn (\w+)\(inputs\)\n\}\);$/m;

/** The compact form of one compiled message module, for locales in `locales` order. */
export function compactMessage(code: string, locales: readonly string[], byLocalePath = BY_LOCALE): string {
	const dispatch = DISPATCH.exec(code);
	if (!dispatch || !code.includes(RUNTIME_IMPORT)) throw new Error('compact-messages: not the message module shape of Paraglide 2.25; see scripts/i18n/README.md');
	const name = dispatch[1]!;
	// The dispatcher must name exactly one function per locale, `<locale>_<name>`.
	const named = [...dispatch[2]!.matchAll(/return (\w+)\(inputs\)/g)].map((m) => m[1]!).concat(dispatch[3]!);
	const expected = locales.map((l) => `${l}_${name}`);
	if (named.length !== expected.length || !expected.every((f) => named.includes(f))) throw new Error(`compact-messages: ${name} does not dispatch to ${expected.join(', ')}`);

	let out = code;
	const args = locales.map((locale) => {
		const plain = PLAIN(locale, name).exec(out);
		if (!plain) return `${locale}_${name}`;
		out = out.replace(plain[0], '');
		return plain[1]!;
	});
	out = out.replace(dispatch[0], `const ${name} = /* @__PURE__ */ byLocale(${args.join(', ')});`);
	return out.replace(RUNTIME_IMPORT, `import { byLocale } from ${JSON.stringify(byLocalePath)};`);
}

/** The Vite plugin: every compiled message module, in `build`, `dev` and vitest alike. */
export function compactMessages(locales: readonly string[]): Plugin {
	return {
		name: 'laatuarvio:compact-messages',
		transform(code, id) {
			if (!MESSAGE_MODULE.test(id.split('?')[0]!)) return null;
			return { code: compactMessage(code, locales), map: null };
		}
	};
}
