import type { FigureOutcome, Figures, RuleText } from '../types';
import { REASON } from './text';

/**
 * Reads raw figures for a rule and collects what is wrong with them, so that a
 * rule can read all its inputs first and then stop once with one outcome.
 * Every number must be finite and non-negative; the rule adds the rest.
 * A number that is missing or refused reads as NaN (a flag as false, a choice
 * as its first option): comparisons with NaN are false, so no relation check
 * fires on a placeholder, and the rule calls `stop()` before it computes.
 */
export type NumberRule = { whole?: boolean; positive?: boolean; max?: number };

export type Reader = ReturnType<typeof reader>;

/** Field names in outcomes: `key`, `key[i]` (0-based list entry) or `key[i].column`. */
export function reader(figures: Figures) {
	const missing: string[] = [];
	let invalid: { field: string; reason: RuleText } | null = null;

	function reject(field: string, reason: RuleText): void {
		// The first problem is the one to fix; later ones may be its consequence.
		invalid ??= { field, reason };
	}

	function check(field: string, value: unknown, rule: NumberRule): number {
		if (value === null || value === undefined) {
			missing.push(field);
			return NaN;
		}
		if (typeof value !== 'number' || !Number.isFinite(value)) reject(field, REASON.notNumber);
		else if (value < 0) reject(field, REASON.negative);
		else if (rule.positive && value === 0) reject(field, REASON.zero);
		else if (rule.whole && !Number.isInteger(value)) reject(field, REASON.whole);
		else if (rule.max !== undefined && value > rule.max) reject(field, REASON.max(rule.max));
		else return value;
		return NaN;
	}

	/** An empty list or table counts as not entered. */
	function entries(key: string, notKind: RuleText): unknown[] {
		const value = figures[key];
		if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) {
			missing.push(key);
			return [];
		}
		if (!Array.isArray(value)) {
			reject(key, notKind);
			return [];
		}
		return value;
	}

	return {
		number: (key: string, rule: NumberRule = {}): number => check(key, figures[key], rule),

		list: (key: string, rule: NumberRule = {}): number[] =>
			entries(key, REASON.notList).map((cell, i) => check(`${key}[${i}]`, cell, rule)),

		rows<C extends string>(key: string, columns: Record<C, NumberRule>): Record<C, number>[] {
			return entries(key, REASON.notRows).map((row, i) => {
				const cells: Partial<Record<C, number>> = {};
				const isRow = typeof row === 'object' && row !== null && !Array.isArray(row);
				if (!isRow) reject(`${key}[${i}]`, REASON.notRows);
				for (const column of Object.keys(columns) as C[]) {
					cells[column] = isRow
						? check(`${key}[${i}].${column}`, (row as Record<string, unknown>)[column], columns[column])
						: NaN;
				}
				return cells as Record<C, number>;
			});
		},

		flag(key: string): boolean {
			const value = figures[key];
			if (value === null || value === undefined) missing.push(key);
			else if (typeof value !== 'boolean') reject(key, REASON.notYesNo);
			else return value;
			return false;
		},

		choice<T extends string>(key: string, options: readonly [T, ...T[]]): T {
			const value = figures[key];
			if (value === null || value === undefined || value === '') missing.push(key);
			else if (typeof value !== 'string' || !(options as readonly string[]).includes(value))
				reject(key, REASON.unknownOption);
			else return value as T;
			return options[0];
		},

		/** Relations between fields, e.g. a part larger than its whole. */
		reject,

		/** The outcome to return now, if the figures cannot be scored yet. Invalid beats incomplete. */
		stop(): FigureOutcome | null {
			if (invalid) return { kind: 'invalid', field: invalid.field, reason: invalid.reason };
			if (missing.length > 0) return { kind: 'incomplete', missing: [...missing] };
			return null;
		}
	};
}
