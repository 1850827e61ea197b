// The per-locale message modules the build makes (scripts/i18n/compact-messages.ts).
declare module 'virtual:laatuarvio-locale/*' {
	const texts: readonly (string | ((inputs: Record<string, unknown>) => string))[];
	export default texts;
	export const url: string;
}
