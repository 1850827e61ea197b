import type { FigureField, Localized } from '$lib/scoring';

/**
 * The scoring rules carry their own labels in Finnish, Swedish and English; the UI
 * picks the one for its language. They are the app's words about the figures, so
 * unlike the criteria (which have no Swedish edition) they exist in Swedish too.
 * Anything that is neither Swedish nor English gets the Finnish, as the form is Finnish.
 */
export function pick(text: Localized, locale: string | null | undefined): string {
	if (locale?.startsWith('sv')) return text.sv;
	return locale?.startsWith('en') ? text.en : text.fi;
}

// Numbers and times follow the app's one format per language.
export { formatDateTime, formatNumber } from '$lib/i18n/format';

/**
 * A rule names a problem field as `key`, `key[i]` or `key[i].column` (0-based).
 * This turns that into what the reviewer sees on screen ("Työhönvalmentaja 2: Työaika").
 */
export function fieldLabel(inputs: readonly FigureField[], path: string, locale: string | null | undefined): string {
	const match = /^([^[.]+)(?:\[(\d+)\])?(?:\.(.+))?$/.exec(path);
	const field = match && inputs.find((f) => f.key === match[1]);
	if (!match || !field) return path;
	const parts = [pick(field.label, locale)];
	if (match[2] !== undefined && (field.kind === 'list' || field.kind === 'rows')) {
		parts.push(`${pick(field.itemLabel, locale)} ${Number(match[2]) + 1}`);
	}
	if (match[3] !== undefined && field.kind === 'rows') {
		const column = field.columns.find((c) => c.key === match[3]);
		parts.push(column ? pick(column.label, locale) : match[3]);
	}
	return parts.join(': ');
}

/** The input key a problem path belongs to, so the field can be marked. */
export const fieldKey = (path: string): string => path.split(/[[.]/)[0] ?? path;
