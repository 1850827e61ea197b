/**
 * The criteria of a plan entry as the reviewer types them: "1, 2, 7" or "5 8 10".
 * Returns the numbers sorted and each once, or null when something is not a number
 * of the edition (the field then shows a message and nothing is saved).
 */
export function parseCriteria(text: string, known: readonly number[]): number[] | null {
	const parts = text.split(/[\s,;]+/).filter((p) => p !== '');
	const numbers = parts.map((p) => (/^\d{1,2}$/.test(p) ? Number(p) : NaN));
	if (numbers.some((n) => !known.includes(n))) return null;
	return [...new Set(numbers)].sort((a, b) => a - b);
}

export const criteriaText = (items: readonly number[]): string => items.join(', ');
