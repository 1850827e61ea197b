/**
 * JSON with object keys sorted at every depth, so two serialisations of the
 * same content (key order, whitespace) hash alike. Array order is meaning
 * (items, notes) and is kept. Shared by the rating lock (src/lib/consensus/lock.ts)
 * and the receiver's document hash (server/canonical.ts).
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value === null || typeof value !== 'object') return value;
	// A null-prototype target keeps a "__proto__" key from the wire as plain data.
	const sorted: Record<string, unknown> = Object.create(null);
	for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
	return sorted;
}
