// The per-locale message modules the build makes (scripts/i18n/compact-messages.ts).
declare module 'virtual:laatuarvio-locale/*' {
	const texts: readonly (string | ((inputs: Record<string, unknown>) => string))[];
	export default texts;
	export const url: string;
	/** The scoring rules' texts in this language, keyed by their Finnish (src/lib/scoring/texts). */
	export const ruleTexts: Readonly<Record<string, string>>;
}
