import type { FigureField, RuleText } from '$lib/scoring';
import { translate } from '$lib/scoring/texts/index';
import { formatNumber } from '$lib/i18n/format';
import { ruleTexts } from '$lib/i18n/rule-texts';

/**
 * The scoring rules write their own labels in Finnish; their Swedish and English come with
 * the language's module (src/lib/scoring/texts). They are the app's words about the figures,
 * so unlike the criteria (which have no Swedish edition) they exist in Swedish too. Anything
 * that is neither Swedish nor English gets the Finnish, as the form is Finnish. A number in a
 * text is written the language's way (decimal comma in Finnish and Swedish).
 */
export function pick(text: RuleText, locale: string | null | undefined): string {
	const language = locale?.startsWith('sv') ? 'sv' : locale?.startsWith('en') ? 'en' : 'fi';
	return translate(text, ruleTexts(language), (n) => formatNumber(n, language));
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
