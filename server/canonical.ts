import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted at every depth, so two serialisations of the
 * same document (key order, whitespace) hash alike. Array order is meaning
 * (items, notes) and is kept.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value === null || typeof value !== 'object') return value;
	// A null-prototype target keeps a "__proto__" key from the wire as plain data.
	const sorted: Record<string, unknown> = Object.create(null);
	for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
	return sorted;
}
