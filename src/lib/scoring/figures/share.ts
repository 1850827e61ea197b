import type { FigureField, RuleText } from '../types';
import { percent, sum } from './bands';
import type { NumberRule, Reader } from './read';
import { REASON, UNIT } from './text';

/**
 * The form states many measures as a percentage. The reviewer enters what they
 * counted — the part and the whole — and the rule divides, so the report shows
 * both counts behind every percentage.
 */
export function countShare(r: Reader, partKey: string, wholeKey: string): number {
	const whole = r.number(wholeKey, { whole: true, positive: true });
	const part = r.number(partKey, { whole: true });
	if (part > whole) r.reject(partKey, REASON.partOverWhole);
	return percent(part, whole);
}

/**
 * Share of working time, from each coach's hours a week. Summing hours before
 * dividing weights each coach by their working time, so a part-timer does not
 * count as much as a full-timer.
 */
export function hoursShare<P extends string>(r: Reader, key: string, partColumn: P): number {
	const columns = { [partColumn]: {}, workingHours: { positive: true } } as Record<P | 'workingHours', NumberRule>;
	const rows = r.rows(key, columns);
	rows.forEach((row, i) => {
		if (row[partColumn] > row.workingHours) r.reject(`${key}[${i}].${partColumn}`, REASON.partOverWhole);
	});
	return percent(sum(rows.map((row) => row[partColumn])), sum(rows.map((row) => row.workingHours)));
}

/** The per-coach hours table both working-time items use. */
export function hoursInput(key: string, partColumn: string, partLabel: RuleText, help: RuleText): FigureField {
	return {
		key,
		kind: 'rows',
		label: 'Työhönvalmentajien työaika viikossa',
		itemLabel: 'Työhönvalmentaja',
		columns: [
			{ key: partColumn, label: partLabel, unit: UNIT.hoursPerWeek, min: 0, step: 0.5 },
			{ key: 'workingHours', label: 'Työaika', unit: UNIT.hoursPerWeek, min: 0, step: 0.5 }
		],
		help
	};
}
