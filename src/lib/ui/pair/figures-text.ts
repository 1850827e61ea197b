import { formatNumber } from '../../i18n/format';
import type { AgreementFigures, Kappa } from '../../consensus/agreement';

/**
 * How agreement figures are written for people: shares as whole per cents, kappa with two
 * decimals in the UI language's number format. A figure that does not exist (no item both
 * scored) is a dash; an undefined kappa is worded by the caller, never shown as 0 or 1.
 */
export const percent = (share: number | null, locale: string): string =>
	share === null ? '–' : `${formatNumber(Math.round(share * 100), locale, { max: 0 })} %`;

export type KappaText = { kind: 'value'; text: string } | { kind: 'undefined' } | { kind: 'none' };

export function kappaText(kappa: Kappa | null, locale: string): KappaText {
	if (kappa === null) return { kind: 'none' };
	if (kappa.kind === 'undefined') return { kind: 'undefined' };
	return { kind: 'value', text: formatNumber(kappa.value, locale, { min: 2, max: 2 }) };
}

export type FiguresText = { exact: string; withinOne: string; kappa: KappaText };

export const figuresText = (f: AgreementFigures, locale: string): FiguresText => ({
	exact: percent(f.exact, locale),
	withinOne: percent(f.withinOne, locale),
	kappa: kappaText(f.kappa, locale)
});
